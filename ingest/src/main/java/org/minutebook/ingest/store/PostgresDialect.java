package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL archive's SQL (see {@link Dialect}), for an archive shared by many writers and
 * readers. Writers take turns through one transaction-scoped advisory lock, as SQLite's writers
 * do through its write lock: each document is one transaction, and the check that its bytes are
 * not stored yet and its rows' insertion cannot interleave with another writer's.
 */
final class PostgresDialect implements Dialect {
  static final PostgresDialect INSTANCE = new PostgresDialect();

  /** The write lock's advisory key, the same in every minutebook: "mbwrite" in ASCII. */
  private static final long WRITE_LOCK = 0x6d627772697465L;

  private final TextSearch text = new PostgresTextSearch();

  private PostgresDialect() {}

  @Override
  public String engine() {
    return "PostgreSQL";
  }

  @Override
  public String equalsIgnoreCase(String column) {
    // the schema's indexes for SQLite's NOCASE columns are on lower(column)
    return "lower(" + column + ") = lower(?)";
  }

  @Override
  public String foldCase(String expression) {
    return "lower(" + expression + ")";
  }

  @Override
  public String containsIgnoreCase(String column) {
    return column + " ILIKE '%' || ? || '%'";
  }

  @Override
  public String jsonElements(String json, String alias) {
    return "LATERAL (SELECT e.value, e.ord - 1 AS key FROM json_array_elements_text((" + json + ")::json)"
        + " WITH ORDINALITY e(value, ord)) " + alias;
  }

  @Override
  public String leftJoinJsonElements(String json, String alias) {
    return "LEFT JOIN " + jsonElements(json, alias) + " ON true";
  }

  @Override
  public String daysBetween(String later, String earlier) {
    return "((" + later + ")::date - (" + earlier + ")::date)";
  }

  @Override
  public String joinDistinct(String expression) {
    return "string_agg(DISTINCT " + expression + ", ',')";
  }

  @Override
  public String indexedBy(String index) {
    return "";
  }

  @Override
  public PreparedStatement prepareWithKey(Connection c, String sql) throws SQLException {
    return c.prepareStatement(sql, new String[] {"id"});
  }

  @Override
  public void begin(Connection c, Runnable waiting) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      boolean got;
      try (ResultSet r = s.executeQuery("SELECT pg_try_advisory_xact_lock(" + WRITE_LOCK + ")")) {
        got = r.next() && r.getBoolean(1);
      }
      if (!got) {
        waiting.run();
        s.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
      }
    } catch (SQLException | RuntimeException e) {
      rollback(c);
      throw e;
    }
  }

  @Override
  public void commit(Connection c) throws SQLException {
    try {
      c.commit();
    } finally {
      c.setAutoCommit(true);
    }
  }

  @Override
  public void rollback(Connection c) throws SQLException {
    try {
      c.rollback();
    } finally {
      c.setAutoCommit(true);
    }
  }

  @Override
  public void analyze(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      // VACUUM too: the rows just written are marked visible to all once, here, rather than by the
      // first queries reading them (setting hint bits row by row) or by an autovacuum run started
      // under them; at 10,000 new meetings the first search p95 was 39 ms so, and 30 once settled
      s.execute("VACUUM (ANALYZE)");
    }
  }

  @Override
  public void prepareSession(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      // a plan made for the values asked: a full-text query's selectivity (one word in two items,
      // or one in ten thousand) decides between the index on ids and the full-text index, and a
      // generic plan, which the driver's prepared statements get after five runs, cannot see it
      s.execute("SET plan_cache_mode = force_custom_plan");
    }
  }

  @Override
  public int schemaVersion() {
    return org.minutebook.ingest.store.pg.PgMigrations.current();
  }

  @Override
  public long bytes(Connection c) {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_database_size(current_database())")) {
      return r.next() ? r.getLong(1) : -1;
    } catch (SQLException e) {
      return -1;
    }
  }

  @Override
  public TextSearch text() {
    return text;
  }
}
