package org.minutebook.ingest.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.QueryResults.SearchHit;

/**
 * Full-text search over items with bounded ranking: see {@link ArchiveQueries#search} for what
 * is ranked when. One instance per search.
 */
final class SearchQuery {
  private final ArchiveQueries q;

  SearchQuery(ArchiveQueries q) {
    this.q = q;
  }

  /** The best hits for match, an FTS5 expression already checked ({@link FullTextQuery}). */
  List<SearchHit> run(String match, Filter f, int limit) throws ArchiveException {
    boolean filtered = f.body() != null || f.from() != null || f.to() != null;
    List<long[]> scored;
    if (filtered) {
      // the filtered meetings, read once from the index by body and date, which holds every column
      // the filter reads (migration 009): the body is matched by LIKE, so every entry is read, but
      // no meeting's row. Named, because the planner would take a date bound to the date index and
      // look up the row of every meeting in the range, three times slower for "since 2012".
      update("CREATE TEMP TABLE IF NOT EXISTS search_meetings (id INTEGER PRIMARY KEY)", List.of());
      update("DELETE FROM temp.search_meetings", List.of());
      List<Object> params = new ArrayList<>();
      int inScope = update("INSERT INTO temp.search_meetings " + scope(f, params), params);
      int all = q.query("search", "SELECT count(*) FROM meetings", List.of(), r -> r.getInt(1)).get(0);
      if (inScope == 0) {
        return List.of();
      }
      if (inScope <= all * SCOPED_SHARE) {
        scored = scoreScoped(match, limit);
      } else {
        scored = scoreRecent(match, f, limit);
      }
    } else {
      scored = scoreRecent(match, f, limit);
    }
    return hits(match, scored.subList(0, Math.min(limit, scored.size())));
  }

  /** The ids of the meetings the filter keeps, read from the index alone; its values added to params. */
  static String scope(Filter f, List<Object> params) {
    return "SELECT m.id FROM meetings m INDEXED BY meetings_body_date WHERE " + ArchiveQueries.given(SqliteDialect.INSTANCE, f, "m.date", params);
  }

  /** The most ids one statement reads snippets for (SQLite allows 32,766 parameters). */
  private static final int SNIPPET_BATCH = 500;

  /**
   * The hits for scored ([rowid, bm25 as double bits], best first), in that order, each with its
   * snippet: computed for these rows only, a batch of them in one statement.
   */
  private List<SearchHit> hits(String match, List<long[]> scored) throws ArchiveException {
    Map<Long, SearchHit> byRow = new HashMap<>();
    for (int from = 0; from < scored.size(); from += SNIPPET_BATCH) {
      List<long[]> batch = scored.subList(from, Math.min(scored.size(), from + SNIPPET_BATCH));
      Map<Long, Double> scores = new HashMap<>();
      List<Object> params = new ArrayList<>();
      params.add(match);
      for (long[] hit : batch) {
        scores.put(hit[0], Double.longBitsToDouble(hit[1]));
        params.add(hit[0]);
      }
      String sql = "SELECT items_fts.rowid, m.id, m.date, m.body, i.number, i.title, i.page,"
          + " snippet(items_fts, 1, '[', ']', ' … ', 16) FROM items_fts JOIN items i ON i.id = items_fts.rowid"
          + " JOIN meetings m ON m.id = i.meeting_id WHERE items_fts MATCH ? AND items_fts.rowid IN ("
          + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")";
      q.query("search", sql, params, r -> byRow.put(r.getLong(1), new SearchHit(r.getLong(2), r.getString(3), r.getString(4),
          r.getString(5), r.getString(6), (Integer) r.getObject(7), r.getString(8), scores.get(r.getLong(1)))));
    }
    List<SearchHit> hits = new ArrayList<>();
    for (long[] hit : scored) {
      SearchHit h = byRow.get(hit[0]);
      if (h != null) {
        hits.add(h);
      }
    }
    return hits;
  }

  /** How many matching items a search ranks at first when it cannot rank them all. */
  static final int CANDIDATES = 3000;
  /** Filters leaving at most this share of the meetings are searched through a temporary scope. */
  static final double SCOPED_SHARE = 0.1;

  /**
   * [rowid, bm25 as double bits] of the best among the {@value #CANDIDATES} most recently stored
   * matches in the items of the meetings in temp.search_meetings.
   */
  private List<long[]> scoreScoped(String match, int limit) throws ArchiveException {
    update("CREATE TEMP TABLE IF NOT EXISTS search_scope (id INTEGER PRIMARY KEY)", List.of());
    update("DELETE FROM temp.search_scope", List.of());
    // the items of the filtered meetings, by index
    update("INSERT INTO temp.search_scope SELECT i.id FROM temp.search_meetings s CROSS JOIN items i ON i.meeting_id = s.id",
        List.of());
    // the scope's first and last item: the index scan reads the matches between them only
    long[] span = q.query("search", "SELECT min(id), max(id) FROM temp.search_scope", List.of(),
        r -> r.getObject(1) == null ? null : new long[] {r.getLong(1), r.getLong(2)}).get(0);
    if (span == null) {
      return List.of();
    }
    List<Object> params = new ArrayList<>();
    params.add(match);
    params.add(span[0]);
    params.add(span[1]);
    params.add(CANDIDATES);
    params.add(limit);
    // CROSS JOIN keeps the index scan outside: each match, newest first, is checked against the small
    // scope, and bm25 (the costly part: a common word has tens of thousands of matches in scope) is
    // computed for the first CANDIDATES only
    return q.query("search", "SELECT rowid, score FROM (SELECT f.rowid, bm25(items_fts, 4.0, 1.0) AS score FROM items_fts f"
        + " CROSS JOIN temp.search_scope s ON s.id = f.rowid WHERE items_fts MATCH ? AND f.rowid BETWEEN ? AND ?"
        + " ORDER BY f.rowid DESC LIMIT ?) ORDER BY score LIMIT ?", params,
        r -> new long[] {r.getLong(1), Double.doubleToLongBits(r.getDouble(2))});
  }

  /** Runs a statement on the connection's temporary tables; the rows it changed. */
  private int update(String sql, List<Object> params) throws ArchiveException {
    try (PreparedStatement p = q.connection().prepareStatement(sql)) {
      Rows.bind(p, params);
      return p.executeUpdate();
    } catch (SQLException e) {
      throw q.archive().failure("search", e);
    }
  }

  /** [rowid, score] of the best matches among the most recently stored, widening the window as needed. */
  private List<long[]> scoreRecent(String match, Filter f, int limit) throws ArchiveException {
    for (int window = CANDIDATES; ; window *= 4) {
      List<Long> floor = q.query("search", "SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
          List.of(match, window - 1), r -> r.getLong(1));
      long from = floor.isEmpty() ? 0 : floor.get(0);
      List<Object> params = new ArrayList<>();
      params.add(match);
      params.add(from);
      String filter = q.given(f, "m.date", params);
      params.add(limit);
      // bm25() in ORDER BY is computed only for the rows that pass the filter
      List<long[]> out = q.query("search", "SELECT items_fts.rowid, bm25(items_fts, 4.0, 1.0) AS score FROM items_fts"
          + " JOIN items i ON i.id = items_fts.rowid JOIN meetings m ON m.id = i.meeting_id"
          + " WHERE items_fts MATCH ? AND items_fts.rowid >= ? AND " + filter + " ORDER BY score LIMIT ?", params,
          r -> new long[] {r.getLong(1), Double.doubleToLongBits(r.getDouble(2))});
      if (out.size() >= limit || floor.isEmpty()) {
        return new ArrayList<>(out);
      }
    }
  }
}
