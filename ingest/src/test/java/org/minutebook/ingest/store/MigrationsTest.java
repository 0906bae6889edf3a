package org.minutebook.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  @Test
  void anArchiveOfSchemaOneIsBroughtUpToDateKeepingItsMeetings(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("old.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        InputStream in = Migrations.class.getResourceAsStream("migrations/001-initial.sql");
        Statement s = c.createStatement()) {
      for (String statement : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
        s.execute(statement);
      }
      s.execute("PRAGMA user_version = 1");
      s.execute("INSERT INTO documents (id, sha256, path, file_name, status, extractor_version, ingested_at)"
          + " VALUES (1, 'abc', 'a.pdf', 'a.pdf', 'INGESTED', '3', '2021-01-01T00:00:00Z')");
      s.execute("INSERT INTO meetings (document_id, ordinal, body, date, extractor_version)"
          + " VALUES (1, 0, 'Riverside Parks-Board', '2021-03-04', '3'), (1, 1, '', '2021-03-04', '3')");
    }
    try (Archive archive = Archive.open(db, null); Statement s = archive.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT body_key, is_primary, approves FROM meetings ORDER BY ordinal")) {
      r.next();
      assertEquals("riversideparksboard", r.getString(1));
      assertEquals(Sources.bodyKey("Riverside Parks-Board"), r.getString(1), "the SQL and the Java keys agree");
      assertEquals(1, r.getInt(2));
      assertEquals(0, r.getInt(3));
      r.next();
      assertEquals("?1.1", r.getString(1), "a meeting of no known body keeps a key of its own");
    }
    assertEquals(4, Archive.schemaVersion());
  }

  @Test
  void aCommentAfterAStatementEndsItAndQuotedDashesStay() {
    assertEquals(java.util.List.of("ALTER TABLE t ADD COLUMN a TEXT;  -- the first", "UPDATE t SET a = '--';"),
        Migrations.statements("ALTER TABLE t ADD COLUMN a TEXT;  -- the first\nUPDATE t SET a = '--';\n"));
  }
}
