package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.QueryResults.SearchHit;

/** Full-text search through the SQLite archive's FTS5 tables (migration 008). */
final class SqliteTextSearch implements TextSearch {
  /**
   * The connection's temporary FTS5 index of the short texts of actions: what each entry is
   * printed beside (rowid: the entry's id) and each action-log row's action (rowid: minus the
   * row's id). Made again for each query that matches text, as search makes its scope: these
   * texts are a line or two each, so it is quick.
   */
  private static final String TEXTS = "action_texts_fts";

  @Override
  public String checked(Connection c, FullTextQuery.Index index, String query) throws QuerySyntaxException, SQLException {
    return FullTextQuery.checked(c, index, query);
  }

  @Override
  public String matchingIds(FullTextQuery.Index index) {
    return "SELECT rowid FROM " + index.table + " WHERE " + index.table + " MATCH ?";
  }

  @Override
  public List<SearchHit> searchItems(ArchiveQueries q, String match, Filter f, int limit) throws ArchiveException {
    return new SearchQuery(q).run(match, f, limit);
  }

  @Override
  public String rankedParts(String columns, String scope) {
    return "SELECT " + columns + ", snippet(document_parts_fts, 1, '[', ']', ' … ', 16) FROM document_parts_fts"
        + " JOIN document_parts p ON p.id = document_parts_fts.rowid JOIN documents doc ON doc.id = p.document_id"
        + " WHERE document_parts_fts MATCH ? AND p.kind <> 'MINUTES'" + scope + " ORDER BY rank LIMIT ?";
  }

  @Override
  public void prepareActionTexts(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      // the tokenizer of the archive's indexes (migration 008), so a query matches here as there
      s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp." + TEXTS + " USING fts5 (text, tokenize = 'porter unicode61')");
      s.execute("DELETE FROM temp." + TEXTS);
      s.execute("INSERT INTO temp." + TEXTS + " (rowid, text) SELECT id, beside FROM action_entries WHERE beside IS NOT NULL");
      s.execute("INSERT INTO temp." + TEXTS + " (rowid, text) SELECT -id, action FROM action_log WHERE action IS NOT NULL");
    }
  }

  @Override
  public String actionTextMatch(boolean logRow) {
    return (logRow ? "-l.id" : "a.id") + " IN (SELECT rowid FROM temp." + TEXTS + " WHERE " + TEXTS + " MATCH ?)";
  }
}
