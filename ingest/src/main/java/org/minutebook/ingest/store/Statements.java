package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The writer's prepared statements, kept for the life of the archive's connection. A batch runs
 * the same few inserts for every item of every document, and SQLite's prepare costs about as much
 * as the insert itself: preparing afresh was a seventh of the writer's time on realworld.
 *
 * <p>Statements handed out are owned here: callers bind, execute and close their result sets, but
 * never close the statement. One thread at a time, as the connection.
 */
final class Statements implements AutoCloseable {
  private final Connection c;
  private final Dialect dialect;
  private final Map<String, PreparedStatement> plain = new HashMap<>();
  private final Map<String, PreparedStatement> keyed = new HashMap<>();

  Statements(Connection c, Dialect dialect) {
    this.c = c;
    this.dialect = dialect;
  }

  /** The statement for sql, prepared on first use. */
  PreparedStatement get(String sql) throws SQLException {
    PreparedStatement p = plain.get(sql);
    if (p == null) {
      p = c.prepareStatement(sql);
      plain.put(sql, p);
    }
    return p;
  }

  /** The statement for an insert whose generated key is read back. */
  PreparedStatement withKeys(String sql) throws SQLException {
    PreparedStatement p = keyed.get(sql);
    if (p == null) {
      p = dialect.prepareWithKey(c, sql);
      keyed.put(sql, p);
    }
    return p;
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (Map<String, PreparedStatement> m : java.util.List.of(plain, keyed)) {
      for (PreparedStatement p : m.values()) {
        try {
          p.close();
        } catch (SQLException e) {
          first = first == null ? e : first;
        }
      }
      m.clear();
    }
    if (first != null) {
      throw first;
    }
  }
}
