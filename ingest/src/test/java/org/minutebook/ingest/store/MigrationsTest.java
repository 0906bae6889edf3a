package org.minutebook.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
    assertEquals(6, Archive.schemaVersion());
  }

  /** An archive at schema version n, made by running the first n migrations. */
  private static void schema(Connection c, int n) throws Exception {
    try (Statement s = c.createStatement()) {
      for (String file : Migrations.FILES.subList(0, n)) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + file)) {
          for (String statement : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
            s.execute(statement);
          }
        }
      }
      s.execute("PRAGMA user_version = " + n);
    }
  }

  @Test
  void schemaThreesOwnersAreStoredOnceWithTheirKindReadFromTheOldWords(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("three.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      schema(c, 3);
      s.execute("INSERT INTO documents (id, sha256, path, file_name, status, extractor_version, ingested_at)"
          + " VALUES (1, 'abc', 'a.pdf', 'a.pdf', 'INGESTED', '3', '2021-01-01T00:00:00Z')");
      s.execute("INSERT INTO meetings (id, document_id, ordinal, body, date, extractor_version, body_key)"
          + " VALUES (1, 1, 0, 'Riverside Board', '2021-04-01', '3', 'riversideboard')");
      s.execute("INSERT INTO items (id, meeting_id, ordinal, number, text) VALUES (1, 1, 0, '1', '')");
      s.execute("INSERT INTO decisions (id, item_id, ordinal, kind, meeting_date, text, actions)"
          + " VALUES (1, 1, 0, 'RESOLVED', '2021-04-01', 'RESOLVED that the benches be repaired.', '[\"KS\",\"AB\",\"CD\"]')");
      // the cross-meeting step of schema 3 updated the decision's owner, not the entry beside it
      s.execute("INSERT INTO decision_owners (decision_id, ordinal, initials, name, evidence, candidates) VALUES"
          + " (1, 0, 'KS', 'Kit Someone', 'resolved at the body''s meeting of 2021-03-04', '[]'),"
          + " (1, 1, 'AB', NULL, 'several attendees have these initials', '[\"Ann Bee\",\"Al Bow\"]'),"
          + " (1, 2, 'CD', NULL, 'no attendee or name in item 1 has these initials', '[]')");
      s.execute("INSERT INTO action_entries (id, item_id, row_ordinal, ordinal, initials, decision_id, person, evidence, candidates)"
          + " VALUES (1, 1, 0, 0, 'KS', 1, NULL, 'no attendee or name in item 1 has these initials', '[]'),"
          + " (2, 1, 1, 0, 'EF', NULL, 'Eve Fox', 'the only attendee with these initials', '[]')");
    }
    try (Archive archive = Archive.open(db, null); Statement s = archive.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT w.initials, w.name, w.kind FROM owners w ORDER BY w.id")) {
      List<String> owners = new ArrayList<>();
      while (r.next()) {
        owners.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
      }
      assertEquals(List.of("KS Kit Someone body", "AB null candidates", "CD null none", "EF Eve Fox meeting"), owners,
          "the entry beside the decision is its owner, stored once");
      ArchiveQueries q = new ArchiveQueries(archive);
      assertEquals("Kit Someone", q.actions("KS", ArchiveQueries.Filter.all(), 10).get(0).owner(), "actions and decisions agree");
      assertEquals("Kit Someone", q.decision(1).orElseThrow().owners().get(0).name());
      assertFalse(archive.linksPending(), "an archive linked before the migration has nothing pending");
    }
  }

  @Test
  void aCommentAfterAStatementEndsItAndQuotedDashesStay() {
    assertEquals(java.util.List.of("ALTER TABLE t ADD COLUMN a TEXT;  -- the first", "UPDATE t SET a = '--';"),
        Migrations.statements("ALTER TABLE t ADD COLUMN a TEXT;  -- the first\nUPDATE t SET a = '--';\n"));
  }
}
