package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.QueryResults.SearchHit;

/**
 * Full-text search as one engine does it: SQLite's FTS5 tables ({@link SqliteTextSearch}) or
 * PostgreSQL's tsvector columns with GIN indexes ({@link PostgresTextSearch}). A user's query is
 * written in the one syntax the CLI documents (words; "phrases"; AND, OR, NOT; parentheses;
 * word*; column:word) and {@link #checked checked} into the engine's form, which every other
 * method takes as its parameter {@code ?}.
 */
interface TextSearch {
  /**
   * The user's query in the engine's form for index.
   *
   * @throws QuerySyntaxException when it cannot be read
   * @throws SQLException when the check cannot be run (an environment fault)
   */
  String checked(Connection c, FullTextQuery.Index index, String query) throws QuerySyntaxException, SQLException;

  /** A subquery of the ids of index's rows matching the parameter {@code ?}. */
  String matchingIds(FullTextQuery.Index index);

  /** The best items for match (ranked, each with a snippet), in the filter's meetings. */
  List<SearchHit> searchItems(ArchiveQueries q, String match, Filter f, int limit) throws ArchiveException;

  /**
   * A query of columns (of document_parts p and documents doc) then a snippet, of the parts other
   * than minutes matching the parameter {@code ?}, narrowed by scope (a condition starting with
   * AND, its own parameters following the match), best first, limited by a last parameter.
   */
  String rankedParts(String columns, String scope);

  /**
   * Readies the condition {@link #actionTextMatch} for the short texts of actions that the archive
   * does not index (what an Action entry is printed beside, an action-log row's action).
   */
  void prepareActionTexts(Connection c) throws SQLException;

  /**
   * A condition that the text of an Action entry (alias a, column beside) or of an action-log row
   * (alias l, column action) matches the parameter {@code ?}.
   */
  String actionTextMatch(boolean logRow);
}
