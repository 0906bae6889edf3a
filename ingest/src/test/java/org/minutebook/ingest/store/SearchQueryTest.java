package org.minutebook.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.QueryResults.SearchHit;

/**
 * Both ways a filtered search ranks (through the items of a few meetings, and along the newest
 * matches), and that each returns what ranking every match would, where there are fewer matches
 * than a search ranks at first.
 */
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

  /**
   * 60 meetings of three bodies a week apart (Riverside Board, Hill Parish Council, Vale Trust in
   * turn), twelve items each, and six second readings (not primary) of the first six. Item n has
   * "bench" 1 + n % 3 times and "plank" n / 3 times, so no two items score alike; it is titled
   * Benches n for every tenth n, else Item n. The second readings' items would rank first were they searched.
   */
  private static Archive manyItems(Path dir) throws Exception {
    Archive a = Archive.open(dir.resolve("many.db"), null);
    try (Statement s = a.connection().createStatement()) {
      s.execute("INSERT INTO documents (id, sha256, path, file_name, status, extractor_version, ingested_at)"
          + " VALUES (1, 'abc', 'a.pdf', 'a.pdf', 'INGESTED', 't', '2021-01-01T00:00:00Z'),"
          + " (2, 'def', 'pack.pdf', 'pack.pdf', 'INGESTED', 't', '2021-01-01T00:00:00Z')");
      s.execute("WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 60)"
          + " INSERT INTO meetings (id, document_id, ordinal, body, date, extractor_version, body_key)"
          + " SELECT k, 1, k, CASE k % 3 WHEN 0 THEN 'Riverside Board' WHEN 1 THEN 'Hill Parish Council' ELSE 'Vale Trust' END,"
          + " date('2020-01-01', '+' || (7 * k) || ' days'), 't', 'body' || (k % 3) FROM n");
      s.execute("INSERT INTO meetings (id, document_id, ordinal, body, date, extractor_version, body_key, is_primary)"
          + " SELECT 100 + id, 2, id, body, date, 't', body_key, 0 FROM meetings WHERE id <= 6");
      s.execute("WITH RECURSIVE j(o) AS (SELECT 0 UNION ALL SELECT o + 1 FROM j WHERE o < 11)"
          + " INSERT INTO items (meeting_id, ordinal, number, title, page, text)"
          + " SELECT m.id, j.o, j.o + 1, CASE WHEN ((m.id - 1) * 12 + j.o) % 10 = 0 THEN 'Benches ' ELSE 'Item ' END || ((m.id - 1) * 12 + j.o),"
          + " j.o + 1, replace(hex(zeroblob(1 + ((m.id - 1) * 12 + j.o) % 3)), '00', 'bench ')"
          + " || replace(hex(zeroblob(((m.id - 1) * 12 + j.o) / 3)), '00', 'plank ') FROM meetings m, j WHERE m.is_primary = 1"
          + " ORDER BY m.id, j.o");
      s.execute("INSERT INTO items (meeting_id, ordinal, number, title, page, text)"
          + " SELECT id, 0, '1', 'Benches', 1, 'bench bench bench bench' FROM meetings WHERE is_primary = 0");
    }
    return a;
  }

  /**
   * Every primary match of query that the filter keeps, ranked by bm25 (title four times the text),
   * with its snippet: what search returns when it ranks all matches.
   */
  private static List<SearchHit> everyMatchRanked(Archive a, String query, Filter f, int limit) throws Exception {
    List<SearchHit> all = new ArrayList<>();
    try (PreparedStatement p = a.connection().prepareStatement("SELECT m.id, m.date, m.body, i.number, i.title, i.page,"
        + " snippet(items_fts, 1, '[', ']', ' … ', 16), bm25(items_fts, 4.0, 1.0) FROM items_fts"
        + " JOIN items i ON i.id = items_fts.rowid JOIN meetings m ON m.id = i.meeting_id WHERE items_fts MATCH ? AND m.is_primary = 1")) {
      p.setString(1, FullTextQuery.expression(query));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          all.add(new SearchHit(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
              (Integer) r.getObject(6), r.getString(7), r.getDouble(8)));
        }
      }
    }
    List<SearchHit> kept = all.stream()
        .filter(h -> f.body() == null || h.body().toLowerCase(Locale.ROOT).contains(f.body().toLowerCase(Locale.ROOT)))
        .filter(h -> f.from() == null || h.date().compareTo(f.from().toString()) >= 0)
        .filter(h -> f.to() == null || h.date().compareTo(f.to().toString()) <= 0)
        .sorted(Comparator.comparingDouble(SearchHit::score)).toList();
    // the order asked for is the only one: no two of the hits, nor the first left out, score alike
    List<Double> scores = kept.stream().limit(limit + 1L).map(SearchHit::score).toList();
    assertEquals(scores.size(), new HashSet<>(scores).size(), "no two hits score alike: " + query + " " + f);
    return kept.subList(0, Math.min(limit, kept.size()));
  }

  private static LocalDate week(int k) {
    return LocalDate.parse("2020-01-01").plusDays(7L * k);
  }

  @Test
  void eachWayOfRankingReturnsWhatRankingEveryMatchWould(@TempDir Path dir) throws Exception {
    try (Archive a = manyItems(dir)) {
      ArchiveQueries q = new ArchiveQueries(a);
      // of the 66 meetings: none and 20 and 41 (more than SearchQuery.SCOPED_SHARE, along the newest
      // matches), 3 and 1 and 6 (searched through their items)
      List<Filter> filters = List.of(Filter.all(), new Filter("vale", null, null), new Filter(null, week(10), week(50)),
          new Filter("Riverside", week(30), week(36)), new Filter(null, week(12), week(12)), new Filter(null, week(55), null),
          new Filter("VALE", week(20), null));
      for (Filter f : filters) {
        for (String query : List.of("bench", "plank", "bench plank", "benches OR planks")) {
          // 600 hits: their snippets are read in more than one statement (of two words' scores, some
          // among the first 600 are alike)
          for (int limit : query.contains(" ") ? List.of(1, 20) : List.of(1, 20, 600)) {
            List<SearchHit> expected = everyMatchRanked(a, query, f, limit);
            assertEquals(expected, q.search(query, f, limit), query + " " + f + " " + limit);
          }
        }
      }
      assertEquals(600, q.search("bench", Filter.all(), 600).size());
    }
  }

  @Test
  void theFilteredMeetingsAreReadFromTheIndexAlone(@TempDir Path dir) throws Exception {
    try (Archive a = manyItems(dir); Statement s = a.connection().createStatement()) {
      for (Filter f : List.of(new Filter("vale", null, null), new Filter(null, week(10), null), new Filter("vale", week(10), week(20)))) {
        List<Object> params = new ArrayList<>();
        String sql = SearchQuery.scope(f, params);
        try (PreparedStatement p = a.connection().prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
          Rows.bind(p, params);
          try (ResultSet r = p.executeQuery()) {
            assertTrue(r.next());
            assertEquals("SCAN m USING COVERING INDEX meetings_body_date", r.getString(4), f.toString());
          }
        }
      }
    }
  }
}
