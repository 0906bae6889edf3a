package org.minutebook.ingest.store.pg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.minutebook.ingest.store.ArchiveException;

/**
 * Brings a PostgreSQL archive's schema up to date. Migration n is the resource {@code 00n-*.sql}
 * beside this class and moves the archive from version n-1 to n in one transaction (PostgreSQL's
 * DDL is transactional: a failed migration leaves nothing behind). The version is the highest row
 * of the table {@code schema_version}, one row per migration applied, which this class creates.
 *
 * <p>Each transaction first takes a transaction-scoped advisory lock, then reads the version: two
 * processes opening the same new database at once apply each migration once, the second waiting
 * for the first and then finding nothing to do. An archive newer than this code is refused, never
 * touched.
 */
public final class PgMigrations {
  /** The migrations in order; the schema version is their count. */
  static final List<String> FILES = List.of("001-schema.sql", "002-fts-inline.sql");

  /** The advisory lock's key, the same in every minutebook: "mbschema" in ASCII. */
  private static final long LOCK = 0x6d62736368656d61L;

  private PgMigrations() {}

  /** The schema version this code writes. */
  public static int current() {
    return FILES.size();
  }

  /**
   * Applies the migrations the connection's database lacks, each in a transaction of its own; the
   * connection's auto-commit is as it was afterwards. The caller keeps and closes the connection.
   *
   * @return the number of migrations applied (0 when the schema was up to date)
   * @throws ArchiveException when the archive is newer than this code, or a migration fails (it
   *     is rolled back, and the archive left at the version before it)
   */
  public static int apply(Connection c) throws ArchiveException {
    String archive = name(c);
    int applied = 0;
    try {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        while (step(c, archive)) {
          applied++;
        }
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new ArchiveException(archive, "cannot bring the schema up to date (" + e.getMessage() + ")", e);
    }
    return applied;
  }

  /** Applies the next migration, if any, in one transaction; whether there was one. */
  private static boolean step(Connection c, String archive) throws ArchiveException, SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, file TEXT NOT NULL,"
          + " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
      int v;
      try (ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
        r.next();
        v = r.getInt(1);
      }
      if (v > current()) {
        c.rollback();
        throw new ArchiveException(archive, "schema version " + v + " is newer than this minutebook understands ("
            + current() + "); use a newer minutebook", null);
      }
      if (v == current()) {
        c.commit();
        return false;
      }
      // the driver runs a script of several statements as they come, dollar quotes respected
      s.execute(resource(FILES.get(v)));
      try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, file) VALUES (?, ?)")) {
        p.setInt(1, v + 1);
        p.setString(2, FILES.get(v));
        p.executeUpdate();
      }
      c.commit();
      return true;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }

  /** The archive as a user would name it: the connection's URL without its parameters (a password may be one). */
  private static String name(Connection c) {
    try {
      String url = c.getMetaData().getURL();
      int q = url == null ? -1 : url.indexOf('?');
      return q < 0 ? String.valueOf(url) : url.substring(0, q);
    } catch (SQLException e) {
      return "(PostgreSQL)";
    }
  }

  private static String resource(String name) {
    try (InputStream in = PgMigrations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("migration missing from the build: pg/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration pg/" + name, e);
    }
  }
}
