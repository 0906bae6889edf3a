package org.minutebook.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * {@link BackfillKillScenario} on a SQLite file: the file the kill interrupted passes SQLite's
 * integrity check and its foreign key check.
 */
class BackfillKillIT extends BackfillKillScenario {
  @Override
  String location() {
    return db().toString();
  }

  @Override
  int count(String sql) throws SQLException {
    return TestArchives.count(db(), sql);
  }

  @Override
  void assertSound() throws SQLException {
    assertEquals("ok", TestArchives.string(db(), "PRAGMA integrity_check"));
    assertNull(TestArchives.string(db(), "PRAGMA foreign_key_check"), "no row refers to one that is missing; this table has one");
  }

  private Path db() {
    return work.resolve("archive.db");
  }
}
