package org.minutebook.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.store.ArchiveQueries.Filter;

/** Queries FTS5 cannot read are told apart from archive faults, for every index a user's words reach. */
class FullTextQueryTest {
  @TempDir Path dir;
  private Archive archive;
  private ArchiveQueries q;

  @BeforeEach
  void archiveWithOneOfEach() throws Exception {
    archive = Archive.open(dir.resolve("a.db"), null);
    q = new ArchiveQueries(archive);
    try (Statement s = archive.connection().createStatement()) {
      s.execute("INSERT INTO documents (id, sha256, path, file_name, status, extractor_version, ingested_at)"
          + " VALUES (1, 'abc', 'a.pdf', 'a.pdf', 'INGESTED', 't', '2021-01-01T00:00:00Z')");
      s.execute("INSERT INTO meetings (id, document_id, ordinal, body, date, extractor_version, body_key)"
          + " VALUES (1, 1, 0, 'Riverside Board', '2021-04-01', 't', 'riversideboard')");
      s.execute("INSERT INTO items (id, meeting_id, ordinal, number, title, text) VALUES (1, 1, 0, '1', 'Benches',"
          + " 'The \"green\" benches were discussed.')");
      s.execute("INSERT INTO decisions (id, item_id, ordinal, kind, meeting_date, text) VALUES (1, 1, 0, 'RESOLVED', '2021-04-01',"
          + " 'RESOLVED that the benches be repaired.')");
      s.execute("INSERT INTO document_parts (id, document_id, ordinal, kind, title, text) VALUES (1, 1, 1, 'REPORT', 'Benches',"
          + " 'A report on the benches.')");
    }
  }

  @AfterEach
  void close() throws Exception {
    archive.close();
  }

  private static final List<String> UNREADABLE = List.of("\"unbalanced", "AND", "a:b", "benches OR", "(benches", "NEAR(a b, x)");

  @Test
  void aQueryFts5CannotReadIsASyntaxErrorInEverySearch() {
    for (String bad : UNREADABLE) {
      QuerySyntaxException items = assertThrows(QuerySyntaxException.class, () -> q.search(bad, Filter.all(), 10), bad);
      assertEquals(bad, items.query());
      assertTrue(items.getMessage().contains("double quotes") && items.getMessage().contains("\"like this\""), items.getMessage());
      assertThrows(QuerySyntaxException.class, () -> q.decisions(bad, null, Filter.all(), 10), bad);
      assertThrows(QuerySyntaxException.class, () -> q.searchDocuments(bad, Filter.all(), 10), bad);
    }
  }

  @Test
  void theMessageNamesTheProblemInFts5sWords() {
    assertEquals("unterminated string", assertThrows(QuerySyntaxException.class,
        () -> q.search("\"unbalanced", Filter.all(), 10)).problem());
    assertEquals("syntax error near \"AND\"", assertThrows(QuerySyntaxException.class,
        () -> q.search("AND", Filter.all(), 10)).problem());
    String column = assertThrows(QuerySyntaxException.class, () -> q.decisions("a:b", null, Filter.all(), 10)).problem();
    assertTrue(column.startsWith("no such column: a") && column.contains("the columns are text"), column);
  }

  @Test
  void validSyntaxStillWorksAndColumnsAreTheIndexs() throws Exception {
    assertEquals(1, q.search("\"green\" benches", Filter.all(), 10).size());
    assertEquals(1, q.search("title:bench*", Filter.all(), 10).size());
    assertEquals(1, q.search("\"the \"\"green\"\" benches\"", Filter.all(), 10).size(), "a doubled quote is a quote");
    assertEquals(1, q.decisions("text:repaired", null, Filter.all(), 10).size());
    assertThrows(QuerySyntaxException.class, () -> q.decisions("title:repaired", null, Filter.all(), 10),
        "decisions have no title column");
    assertEquals(1, q.searchDocuments("title:benches", Filter.all(), 10).size());
    // plain words with punctuation are quoted, never read as syntax
    assertEquals(0, q.search("a.b -x 'y'", Filter.all(), 10).size());
  }

  @Test
  void anArchiveFaultIsNotASyntaxError() throws Exception {
    try (Statement s = archive.connection().createStatement()) {
      s.execute("DROP TABLE items_fts");
    }
    ArchiveException e = assertThrows(ArchiveException.class, () -> q.search("benches", Filter.all(), 10));
    assertTrue(e.getMessage().contains("items_fts"), e.getMessage());
    assertThrows(ArchiveException.class, () -> q.search("\"benches\"", Filter.all(), 10), "valid syntax, broken archive");
  }

  @Test
  void theCheckLeavesNothingInTheArchive() throws Exception {
    q.search("benches", Filter.all(), 10);
    try (Statement s = archive.connection().createStatement();
        var r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name LIKE '%query_check%'")) {
      r.next();
      assertEquals(0, r.getInt(1), "the check table is temporary");
    }
    assertFalse(archive.linksPending());
  }
}
