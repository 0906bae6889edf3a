package org.minutebook.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.SQLException;

/** {@link BackfillKillScenario} on a SQLite file: the file the kill interrupted passes SQLite's integrity check. */
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
  }

  private Path db() {
    return work.resolve("archive.db");
  }
}
