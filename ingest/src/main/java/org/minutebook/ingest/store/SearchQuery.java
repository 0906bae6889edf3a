package org.minutebook.ingest.store;

import static org.minutebook.ingest.store.ArchiveQueries.params;
import static org.minutebook.ingest.store.ArchiveQueries.where;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
      int inScope = q.query("search", "SELECT count(*) FROM meetings m WHERE " + where(f, "m"), params(f), r -> r.getInt(1)).get(0);
      int all = q.query("search", "SELECT count(*) FROM meetings", List.of(), r -> r.getInt(1)).get(0);
      if (inScope == 0) {
        return List.of();
      }
      if (inScope <= all * SCOPED_SHARE) {
        scored = scoreScoped(match, f, limit);
      } else {
        scored = scoreRecent(match, f, limit);
      }
    } else {
      scored = scoreRecent(match, f, limit);
    }
    List<SearchHit> hits = new ArrayList<>();
    String sql = "SELECT m.id, m.date, m.body, i.number, i.title, i.page, snippet(items_fts, 1, '[', ']', ' … ', 16)"
        + " FROM items_fts JOIN items i ON i.id = items_fts.rowid JOIN meetings m ON m.id = i.meeting_id"
        + " WHERE items_fts MATCH ? AND items_fts.rowid = ?";
    for (long[] hit : scored.subList(0, Math.min(limit, scored.size()))) {
      double score = Double.longBitsToDouble(hit[1]);
      hits.addAll(q.query("search", sql, List.of(match, hit[0]), r -> new SearchHit(r.getLong(1), r.getString(2), r.getString(3),
          r.getString(4), r.getString(5), (Integer) r.getObject(6), r.getString(7), score)));
    }
    return hits;
  }

  /** How many matching items a search ranks at first when it cannot rank them all. */
  static final int CANDIDATES = 3000;
  /** Filters leaving at most this share of the meetings are searched through a temporary scope. */
  static final double SCOPED_SHARE = 0.1;

  /** [rowid, bm25 as double bits] of the best matches among the items of the filtered meetings. */
  private List<long[]> scoreScoped(String match, Filter f, int limit) throws ArchiveException {
    try (Statement s = q.connection().createStatement()) {
      s.execute("CREATE TEMP TABLE IF NOT EXISTS search_scope (id INTEGER PRIMARY KEY)");
      s.execute("DELETE FROM temp.search_scope");
    } catch (SQLException e) {
      throw q.archive().failure("search", e);
    }
    // meetings outside: the filter is read once per meeting, then its items by index
    q.query("search", "INSERT INTO temp.search_scope SELECT i.id FROM meetings m CROSS JOIN items i ON i.meeting_id = m.id WHERE "
        + where(f, "m") + " RETURNING id", params(f), r -> r.getLong(1));
    List<Object> params = new ArrayList<>();
    params.add(match);
    params.add(limit);
    // CROSS JOIN keeps the index scan outside: each match is checked against the small scope
    return q.query("search", "SELECT f.rowid, bm25(items_fts, 4.0, 1.0) AS score FROM items_fts f CROSS JOIN temp.search_scope s"
        + " ON s.id = f.rowid WHERE items_fts MATCH ? ORDER BY score LIMIT ?", params,
        r -> new long[] {r.getLong(1), Double.doubleToLongBits(r.getDouble(2))});
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
      params.addAll(params(f));
      params.add(limit);
      // bm25() in ORDER BY is computed only for the rows that pass the filter
      List<long[]> out = q.query("search", "SELECT items_fts.rowid, bm25(items_fts, 4.0, 1.0) AS score FROM items_fts"
          + " JOIN items i ON i.id = items_fts.rowid JOIN meetings m ON m.id = i.meeting_id"
          + " WHERE items_fts MATCH ? AND items_fts.rowid >= ? AND " + where(f, "m") + " ORDER BY score LIMIT ?", params,
          r -> new long[] {r.getLong(1), Double.doubleToLongBits(r.getDouble(2))});
      if (out.size() >= limit || floor.isEmpty()) {
        return new ArrayList<>(out);
      }
    }
  }
}
