package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** The SQLite archive's SQL (see {@link Dialect}); the embedded default. */
final class SqliteDialect implements Dialect {
  /** How long a write waits for another process's write lock. */
  static final int WAIT_MILLIS = 10 * 60 * 1000;

  static final SqliteDialect INSTANCE = new SqliteDialect();

  private final TextSearch text = new SqliteTextSearch();

  private SqliteDialect() {}

  @Override
  public String engine() {
    return "SQLite";
  }

  @Override
  public String equalsIgnoreCase(String column) {
    return column + " = ? COLLATE NOCASE";
  }

  @Override
  public String foldCase(String expression) {
    return expression + " COLLATE NOCASE";
  }

  @Override
  public String containsIgnoreCase(String column) {
    // LIKE folds ASCII case in SQLite
    return column + " LIKE '%' || ? || '%'";
  }

  @Override
  public String jsonElements(String json, String alias) {
    return "json_each(" + json + ") " + alias;
  }

  @Override
  public String leftJoinJsonElements(String json, String alias) {
    return "LEFT JOIN json_each(" + json + ") " + alias;
  }

  @Override
  public String daysBetween(String later, String earlier) {
    return "(julianday(" + later + ") - julianday(" + earlier + "))";
  }

  @Override
  public String joinDistinct(String expression) {
    return "group_concat(DISTINCT " + expression + ")";
  }

  @Override
  public String indexedBy(String index) {
    return " INDEXED BY " + index;
  }

  @Override
  public PreparedStatement prepareWithKey(Connection c, String sql) throws SQLException {
    return c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
  }

  @Override
  public void begin(Connection c, Runnable waiting) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 0");
      try {
        s.execute("BEGIN IMMEDIATE");
        return;
      } catch (SQLiteException e) {
        if (e.getResultCode() != SQLiteErrorCode.SQLITE_BUSY && e.getResultCode().code != SQLiteErrorCode.SQLITE_BUSY.code) {
          throw e;
        }
      } finally {
        s.execute("PRAGMA busy_timeout = " + WAIT_MILLIS);
      }
      waiting.run();
      s.execute("BEGIN IMMEDIATE");
    }
  }

  @Override
  public void commit(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("COMMIT");
    }
  }

  @Override
  public void rollback(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("ROLLBACK");
    }
  }

  @Override
  public void analyze(Connection c) {
    // the queries name the indexes they need where the planner would choose worse without statistics
  }

  @Override
  public void prepareSession(Connection c) {
    // the connection's pragmas are set when it is made (Archive.open)
  }

  @Override
  public int schemaVersion() {
    return Migrations.current();
  }

  @Override
  public long bytes(Connection c) {
    try {
      java.nio.file.Path file = java.nio.file.Path.of(c.getMetaData().getURL().substring("jdbc:sqlite:".length()));
      java.nio.file.Path wal = java.nio.file.Path.of(file + "-wal");
      return java.nio.file.Files.size(file) + (java.nio.file.Files.exists(wal) ? java.nio.file.Files.size(wal) : 0);
    } catch (java.io.IOException | SQLException | RuntimeException e) {
      return -1;
    }
  }

  @Override
  public TextSearch text() {
    return text;
  }
}
