package org.minutebook.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.minutebook.model.Meeting;

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
    assertEquals(13, Archive.schemaVersion());
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
  void schemaFivesRebuiltTablesKeepEveryRowThatRefersToThem(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("five.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      schema(c, 5);
      s.execute("PRAGMA foreign_keys = ON");
      s.execute("INSERT INTO documents (id, sha256, path, file_name, status, extractor_version, ingested_at)"
          + " VALUES (1, 'abc', 'a.pdf', 'a.pdf', 'INGESTED', '5', '2021-01-01T00:00:00Z')");
      s.execute("INSERT INTO meetings (id, document_id, ordinal, body, date, extractor_version, body_key)"
          + " VALUES (1, 1, 0, 'Riverside Board', '2021-04-01', '5', 'riversideboard')");
      s.execute("INSERT INTO people (id, name, key) VALUES (1, 'Kit Someone', 'kit someone')");
      s.execute("INSERT INTO attendance (meeting_id, list, ordinal, person_id, name, role) VALUES (1, 'present', 0, 1, 'Kit Someone', 'Chair')");
      s.execute("INSERT INTO items (id, meeting_id, ordinal, number, title, text) VALUES (1, 1, 0, '1', 'Benches', 'The benches.')");
      s.execute("INSERT INTO decisions (id, item_id, ordinal, kind, meeting_date, text, actions, vote_for, vote_against, vote_abstain,"
          + " deadline_text) VALUES (7, 1, 0, 'RESOLVED', '2021-04-01', 'RESOLVED that the benches be repaired.', '[\"KS\"]',"
          + " '[\"Kit Someone\"]', '[]', '[]', 'by May')");
      s.execute("INSERT INTO decision_parts (decision_id, ordinal, label, text) VALUES (7, 0, '(a)', 'the benches be repaired')");
      s.execute("INSERT INTO owners (id, item_id, initials, name, kind) VALUES (3, 1, 'KS', 'Kit Someone', 'meeting')");
      s.execute("INSERT INTO decision_owners (decision_id, ordinal, initials, owner_id) VALUES (7, 0, 'KS', 3)");
      s.execute("INSERT INTO action_entries (id, item_id, row_ordinal, ordinal, initials, decision_id, owner_id)"
          + " VALUES (1, 1, 0, 0, 'KS', 7, 3)");
      s.execute("INSERT INTO follow_ups (id, document_id, ordinal, resolution, update_text, decision_id)"
          + " VALUES (1, 1, 0, 'the benches be repaired', 'Done.', 7)");
    }
    try (Archive archive = Archive.open(db, null); Statement s = archive.connection().createStatement()) {
      assertEquals(1, one(s, "SELECT count(*) FROM decision_parts WHERE decision_id = 7"), "parts survive the rebuild");
      assertEquals(1, one(s, "SELECT count(*) FROM decision_owners WHERE decision_id = 7"), "owners survive");
      assertEquals(1, one(s, "SELECT count(*) FROM action_entries WHERE decision_id = 7"), "entries keep their decision");
      assertEquals(1, one(s, "SELECT count(*) FROM follow_ups WHERE decision_id = 7"), "follow-ups keep their link");
      assertEquals(1, one(s, "SELECT count(*) FROM attendance WHERE person_id = 1"), "attendance survives its rebuild");
      assertEquals(1, one(s, "PRAGMA foreign_keys"), "foreign keys are enforced again");
      ArchiveQueries q = new ArchiveQueries(archive);
      Meeting m = q.meeting(1).orElseThrow();
      assertEquals(List.of("Kit Someone"), m.items().get(0).decisions().get(0).vote().inFavour());
      assertEquals(List.of(), m.items().get(0).decisions().get(0).vote().absent(), "a vote stored before absent was kept has none");
      assertEquals("by May", m.items().get(0).decisions().get(0).deadline().text());
      assertEquals(1, q.decisions("benches", null, ArchiveQueries.Filter.all(), 10).size(), "the full-text index still finds it");
      // the new kinds and lists are allowed, and the recreated triggers keep the index current
      s.execute("INSERT INTO decisions (id, item_id, ordinal, kind, meeting_date, text) VALUES (8, 1, 1, 'MOTION', '2021-04-01',"
          + " 'Motion to plant an oak. Motion carried.')");
      s.execute("INSERT INTO attendance (meeting_id, list, ordinal, person_id, name) VALUES (1, 'absent', 0, 1, 'Kit Someone')");
      assertEquals(1, q.decisions("oak", null, ArchiveQueries.Filter.all(), 10).size());
      // and the rebuilt tables still cascade: removing the document removes everything it produced
      s.execute("DELETE FROM documents WHERE id = 1");
      for (String table : List.of("decisions", "decision_parts", "decision_owners", "action_entries", "attendance", "owners")) {
        assertEquals(0, one(s, "SELECT count(*) FROM " + table), table);
      }
      assertEquals(0, q.decisions("benches", null, ArchiveQueries.Filter.all(), 10).size());
    }
  }

  /**
   * The tables whose full-text index sqlite-utils and datasette find for table: their detection
   * query (datasette's detect_fts_sql, sqlite-utils' Table.detect_fts), as they run it.
   */
  static List<String> detectedFts(Statement s, String table) throws Exception {
    String sql = "select name from sqlite_master where rootpage = 0 and ("
        + " sql like '%VIRTUAL TABLE%USING FTS%content=\"" + table + "\"%'"
        + " or sql like '%VIRTUAL TABLE%USING FTS%content=[" + table + "]%'"
        + " or (tbl_name = \"" + table + "\" and sql like '%VIRTUAL TABLE%USING FTS%'))";
    List<String> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  private static void assertIndexesFound(Statement s) throws Exception {
    assertEquals(List.of("items_fts"), detectedFts(s, "items"));
    assertEquals(List.of("decisions_fts"), detectedFts(s, "decisions"));
    assertEquals(List.of("document_parts_fts"), detectedFts(s, "document_parts"));
    assertEquals(0, one(s, "SELECT count(*) FROM sqlite_master WHERE name = 'parts_fts'"), "the old index is gone");
    assertEquals(1, one(s, "SELECT count(*) FROM items_fts_config WHERE k = 'rank' AND v = 'bm25(4.0, 1.0)'"),
        "an item's title still weighs four times its text");
  }

  @Test
  void aNewArchivesFullTextIndexesAreFoundBySqliteUtilsAndDatasette(@TempDir Path dir) throws Exception {
    try (Archive archive = Archive.open(dir.resolve("new.db"), null); Statement s = archive.connection().createStatement()) {
      assertIndexesFound(s);
    }
  }

  @Test
  void schemaSevensFullTextIndexesAreDeclaredAgainAndStillFindTheirRows(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("seven.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      schema(c, 7);
      assertEquals(List.of(), detectedFts(s, "items"), "version 7 declared content = 'items', which neither tool finds");
      s.execute("INSERT INTO documents (id, sha256, path, file_name, status, extractor_version, ingested_at)"
          + " VALUES (1, 'abc', 'a.pdf', 'a.pdf', 'INGESTED', '7', '2021-01-01T00:00:00Z')");
      s.execute("INSERT INTO meetings (id, document_id, ordinal, body, date, extractor_version, body_key)"
          + " VALUES (1, 1, 0, 'Riverside Board', '2021-04-01', '7', 'riversideboard')");
      s.execute("INSERT INTO items (id, meeting_id, ordinal, number, title, text) VALUES (1, 1, 0, '1', 'Benches', 'The benches were discussed.'),"
          + " (2, 1, 1, '2', 'Paths', 'Some benches stand beside the paths.')");
      s.execute("INSERT INTO decisions (id, item_id, ordinal, kind, meeting_date, text) VALUES (7, 1, 0, 'RESOLVED', '2021-04-01',"
          + " 'RESOLVED that the benches be repaired.')");
      s.execute("INSERT INTO document_parts (id, document_id, ordinal, kind, title, text) VALUES (3, 1, 1, 'REPORT', 'Playgrounds',"
          + " 'The swings are worn.')");
    }
    try (Archive archive = Archive.open(db, null); Statement s = archive.connection().createStatement()) {
      assertEquals(Archive.schemaVersion(), one(s, "PRAGMA user_version"));
      assertIndexesFound(s);
      ArchiveQueries q = new ArchiveQueries(archive);
      ArchiveQueries.Filter all = ArchiveQueries.Filter.all();
      assertEquals(List.of("Benches", "Paths"), q.search("bench", all, 10).stream().map(h -> h.itemTitle()).toList(),
          "the rebuilt index finds both, the one with the word in its title first");
      assertEquals(1, q.decisions("repaired", null, all, 10).size());
      assertEquals(1, q.searchDocuments("swing", all, 10).size());
      // the recreated triggers keep the indexes current
      s.execute("INSERT INTO items (id, meeting_id, ordinal, number, title, text) VALUES (4, 1, 2, '3', 'Oaks', 'An oak was planted.')");
      s.execute("UPDATE document_parts SET text = 'The slide is new.' WHERE id = 3");
      assertEquals(1, q.search("oak", all, 10).size());
      assertEquals(0, q.searchDocuments("swing", all, 10).size());
      assertEquals(1, q.searchDocuments("slide", all, 10).size());
      s.execute("DELETE FROM documents WHERE id = 1");
      assertEquals(0, q.search("bench OR oak", all, 10).size());
      assertEquals(0, q.decisions("repaired", null, all, 10).size());
      assertEquals(0, q.searchDocuments("slide", all, 10).size());
    }
  }

  @Test
  void aMigrationThatWouldBreakAForeignKeyIsRolledBack(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("broken.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      schema(c, 5);
      // a part whose decision is gone: foreign keys were off when it was written
      s.execute("INSERT INTO decision_parts (decision_id, ordinal, label, text) VALUES (99, 0, '(a)', 'orphan')");
    }
    ArchiveException e = assertThrows(ArchiveException.class, () -> Archive.open(db, null).close());
    assertTrue(e.getMessage().contains("decision_parts"), e.getMessage());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      assertEquals(5, one(s, "PRAGMA user_version"), "left at the version it had");
      assertEquals(0, one(s, "SELECT count(*) FROM sqlite_master WHERE name IN ('divisions', 'decisions_new')"));
      assertEquals(1, one(s, "SELECT count(*) FROM decision_parts"));
    }
  }

  @Test
  void schemaEightsIndexOfMeetingsByBodyAndDateAlsoHoldsWhetherEachIsPrimary(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("eight.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      schema(c, 8);
      assertEquals(List.of("body", "date"), strings(s, "SELECT name FROM pragma_index_info('meetings_body_date') ORDER BY seqno"));
    }
    try (Archive archive = Archive.open(db, null); Statement s = archive.connection().createStatement()) {
      assertEquals(Archive.schemaVersion(), one(s, "PRAGMA user_version"));
      assertEquals(List.of("body", "date", "is_primary"),
          strings(s, "SELECT name FROM pragma_index_info('meetings_body_date') ORDER BY seqno"));
      assertEquals(List.of("NOCASE", "BINARY", "BINARY"),
          strings(s, "SELECT coll FROM pragma_index_xinfo('meetings_body_date') WHERE key = 1 ORDER BY seqno"),
          "bodies still ordered regardless of case");
    }
  }

  private static List<String> strings(Statement s, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  private static int one(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }

  @Test
  void aCommentAfterAStatementEndsItAndQuotedDashesStay() {
    assertEquals(java.util.List.of("ALTER TABLE t ADD COLUMN a TEXT;  -- the first", "UPDATE t SET a = '--';"),
        Migrations.statements("ALTER TABLE t ADD COLUMN a TEXT;  -- the first\nUPDATE t SET a = '--';\n"));
  }
}
