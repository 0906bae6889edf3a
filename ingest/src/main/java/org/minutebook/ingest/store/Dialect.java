package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * What the archive's SQL says differently on its two engines, SQLite ({@link SqliteDialect}) and
 * PostgreSQL ({@link PostgresDialect}). Every query of the store is written once, in the SQL both
 * read alike, and asks its dialect for the few fragments they spell differently: case-folded
 * comparison, JSON arrays as rows, days between two ISO dates, an index hint, the write lock, and
 * full-text search ({@link TextSearch}).
 *
 * <p>The schemas are the same table for table (PgSchemaTest): flags are INTEGER 0/1, dates ISO
 * text, lists JSON text, on both.
 */
interface Dialect {
  /** The engine's name, for messages. */
  String engine();

  /** {@code column = ?} with ASCII case folded on both sides. */
  String equalsIgnoreCase(String column);

  /** An expression's value with ASCII case folded, for grouping and DISTINCT. */
  String foldCase(String expression);

  /** {@code column} contains the parameter {@code ?}, case folded. */
  String containsIgnoreCase(String column);

  /**
   * A FROM item (after {@code FROM} or a comma) of the elements of the JSON array of text in
   * json as rows of {@code alias.value} (text) and {@code alias.key} (its 0-based position).
   */
  String jsonElements(String json, String alias);

  /** {@code LEFT JOIN} of the rows of {@link #jsonElements}, every row of the left side kept. */
  String leftJoinJsonElements(String json, String alias);

  /** The number of days from the ISO date earlier to the ISO date later (expressions). */
  String daysBetween(String later, String earlier);

  /** Distinct non-null values of an expression joined by commas, as an aggregate. */
  String joinDistinct(String expression);

  /** A hint after a table's alias to read it through this index; empty where the planner is left to choose. */
  String indexedBy(String index);

  /** Prepares an insert whose generated id is read back with {@link Archive#generatedKey}. */
  PreparedStatement prepareWithKey(Connection c, String sql) throws SQLException;

  /**
   * Begins a write transaction holding the archive's write lock, so that writers take turns as on
   * SQLite; waiting is run first when another writer holds it, then the lock is waited for.
   */
  void begin(Connection c, Runnable waiting) throws SQLException;

  void commit(Connection c) throws SQLException;

  void rollback(Connection c) throws SQLException;

  /**
   * Brings the planner's statistics up to date after many writes, where the engine's planner
   * needs them to choose between its indexes (PostgreSQL); nothing where it does not.
   */
  void analyze(Connection c) throws SQLException;

  /** Readies a new connection's session (planner settings). */
  void prepareSession(Connection c) throws SQLException;

  /** The schema version this code writes on this engine. */
  int schemaVersion();

  /** The archive's size on disk in bytes, -1 when unknown. */
  long bytes(Connection c);

  /** Full-text search on this engine. */
  TextSearch text();
}
