package org.minutebook.ingest.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings an archive's schema up to date. The schema version is SQLite's {@code PRAGMA
 * user_version}; migration {@code n} is the resource {@code migrations/00n-*.sql} and moves the
 * archive from version n-1 to n, in one transaction. An archive newer than this code is refused,
 * never touched.
 *
 * <p>Migrations run with foreign keys off, so that one may rebuild a table the way SQLite documents
 * (create, copy, drop, rename: https://www.sqlite.org/lang_altertable.html) without the drop
 * deleting the rows that refer to it. The pragma cannot change inside a transaction, so it is set
 * around each one; before a migration commits, {@code PRAGMA foreign_key_check} must find nothing
 * broken, or it is rolled back. Foreign keys are on again afterwards, whatever happened.
 */
final class Migrations {
  /** The migrations in order; the schema version is their count. */
  static final List<String> FILES = List.of("001-initial.sql", "002-packs-follow-ups.sql", "003-owner-evidence.sql",
      "004-model-gaps.sql", "005-owners-once-pending-links.sql", "006-motions-votes-action-logs.sql",
      "007-self-checks.sql", "008-fts-as-sqlite-utils-finds-them.sql", "009-meetings-body-date-primary.sql",
      "010-ocr.sql",
      "011-ocr-confidence-per-fact.sql", "012-sync.sql", "013-watches.sql");

  private Migrations() {}

  static int current() {
    return FILES.size();
  }

  static void apply(Connection c, Path db) throws ArchiveException, SQLException {
    if (version(c, db) == current()) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = OFF");
      try {
        // each step re-reads the version under the write lock: another process may be migrating
        // (or creating) the same archive at the same moment
        while (step(s, c, db)) {
          // next migration
        }
      } finally {
        s.execute("PRAGMA foreign_keys = ON");
      }
    }
  }

  /** Applies the next migration, if any, in one transaction; whether there was one. */
  private static boolean step(Statement s, Connection c, Path db) throws ArchiveException, SQLException {
    s.execute("BEGIN IMMEDIATE");
    try {
      int v = version(c, db);
      if (v >= current()) {
        s.execute("COMMIT");
        return false;
      }
      for (String statement : statements(resource(FILES.get(v)))) {
        s.execute(statement);
      }
      try (ResultSet broken = s.executeQuery("PRAGMA foreign_key_check")) {
        if (broken.next()) {
          throw new ArchiveException(db, "migration " + FILES.get(v) + " would leave a row of " + broken.getString(1)
              + " referring to a missing row of " + broken.getString(3) + "; the archive is left at schema version " + v);
        }
      }
      s.execute("PRAGMA user_version = " + (v + 1));
      s.execute("COMMIT");
      return true;
    } catch (SQLException | ArchiveException | RuntimeException e) {
      s.execute("ROLLBACK");
      throw e;
    }
  }

  private static int version(Connection c, Path db) throws ArchiveException, SQLException {
    int version;
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
      version = r.next() ? r.getInt(1) : 0;
    }
    if (version > current()) {
      throw new ArchiveException(db, "schema version " + version + " is newer than this minutebook understands ("
          + current() + "); use a newer minutebook");
    }
    return version;
  }

  /** Splits a migration into statements; trigger bodies keep their inner semicolons. */
  static List<String> statements(String sql) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inTrigger = false;
    for (String line : sql.split("\n")) {
      String t = line.strip();
      if (t.startsWith("--") || t.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (t.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER")) {
        inTrigger = true;
      }
      String code = withoutComment(t);
      boolean ends = inTrigger ? code.equalsIgnoreCase("END;") : code.endsWith(";");
      if (ends) {
        out.add(current.toString().strip());
        current.setLength(0);
        inTrigger = false;
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  /** A line without the comment that ends it ("... TEXT;  -- note"), quotes respected. */
  static String withoutComment(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '-' && i + 1 < line.length() && line.charAt(i + 1) == '-') {
        return line.substring(0, i).strip();
      }
    }
    return line;
  }

  private static String resource(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
      if (in == null) {
        throw new IllegalStateException("migration missing from the build: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + name, e);
    }
  }
}
