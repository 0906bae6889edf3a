package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL on the archive's connection: parameters bound and rows mapped the same way for the
 * queries of the CLI ({@link ArchiveQueries}) and of the link stage ({@link LinkSession}). The
 * caller translates the {@link SQLException} into what failed.
 */
final class Rows {
  /** Reads one row of a result. */
  @FunctionalInterface
  interface Reader<T> {
    T read(ResultSet r) throws SQLException;
  }

  /** A null that JDBC binds as SQL NULL, for parameter lists that refuse nulls ({@code List.of}). */
  static final Object NULL = new Object();

  private Rows() {}

  /** The rows sql selects with these parameters, each mapped by reader, in order. */
  static <T> List<T> list(Connection c, String sql, List<?> params, Reader<T> reader) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params);
      List<T> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(reader.read(r));
        }
      }
      return out;
    }
  }

  /** Binds parameters in order; null and {@link #NULL} bind as SQL NULL. */
  static void bind(PreparedStatement p, List<?> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object v = params.get(i);
      if (v == null || v == NULL) {
        p.setNull(i + 1, Types.VARCHAR);
      } else {
        p.setObject(i + 1, v);
      }
    }
  }
}
