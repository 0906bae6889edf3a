package org.minutebook.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.QueryResults.SearchHit;

/** Both ways a filtered search ranks: through the items of a few meetings, and along the newest matches. */
class SearchQueryTest {
  /** 40 meetings of two bodies a week apart, each with an item titled Benches and one that mentions them. */
  private static Archive archive(Path dir) throws Exception {
    Archive a = Archive.open(dir.resolve("a.db"), null);
    try (Statement s = a.connection().createStatement()) {
      s.execute("INSERT INTO documents (id, sha256, path, file_name, status, extractor_version, ingested_at)"
          + " VALUES (1, 'abc', 'a.pdf', 'a.pdf', 'INGESTED', 't', '2021-01-01T00:00:00Z')");
      s.execute("WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 40)"
          + " INSERT INTO meetings (id, document_id, ordinal, body, date, extractor_version, body_key)"
          + " SELECT k, 1, k, CASE WHEN k % 2 = 0 THEN 'Riverside Board' ELSE 'Hill Parish Council' END,"
          + " date('2020-01-01', '+' || (7 * k) || ' days'), 't', CASE WHEN k % 2 = 0 THEN 'riversideboard' ELSE 'hillparishcouncil' END FROM n");
      s.execute("INSERT INTO items (meeting_id, ordinal, number, title, text) SELECT id, 0, '1', 'Benches', 'Benches were discussed.' FROM meetings");
      s.execute("INSERT INTO items (meeting_id, ordinal, number, title, text) SELECT id, 1, '2', 'Paths', 'Paths, and benches beside them.'"
          + " FROM meetings");
    }
    return a;
  }

  @Test
  void aFilterLeavingFewMeetingsFindsTheirItemsBestFirst(@TempDir Path dir) throws Exception {
    try (Archive a = archive(dir)) {
      // one meeting of 40 (under SearchQuery.SCOPED_SHARE): searched through its items
      LocalDate day = LocalDate.parse("2020-01-01").plusDays(7 * 6);
      List<SearchHit> hits = new ArchiveQueries(a).search("bench", new Filter("Riverside", day, day), 10);
      assertEquals(List.of("Benches", "Paths"), hits.stream().map(SearchHit::itemTitle).toList(), "the title weighs more");
      assertTrue(hits.stream().allMatch(h -> h.meetingId() == 6 && h.date().equals(day.toString())), hits.toString());
      assertEquals(List.of(), new ArchiveQueries(a).search("bench", new Filter("Nowhere", null, null), 10));
      assertEquals(List.of(), new ArchiveQueries(a).search("oak", new Filter("Riverside", day, day), 10));
    }
  }

  @Test
  void aFilterLeavingManyMeetingsKeepsOnlyThem(@TempDir Path dir) throws Exception {
    try (Archive a = archive(dir)) {
      List<SearchHit> hits = new ArchiveQueries(a).search("bench", new Filter("riverside", null, null), 100);
      assertEquals(40, hits.size(), "two items at each of the 20 meetings of the body");
      assertTrue(hits.stream().allMatch(h -> h.body().equals("Riverside Board")), hits.toString());
      assertEquals("Benches", hits.get(0).itemTitle());
      assertEquals("Paths", hits.get(hits.size() - 1).itemTitle());
    }
  }
}
