package org.minutebook.ingest.store.pg;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.store.Archive;

/**
 * The PostgreSQL schema is the SQLite archive's, so that the two cannot drift: a fresh SQLite
 * archive (every migration applied) and a fresh PostgreSQL one are described in the same lines
 * (tables, columns with type, NOT NULL, primary keys, foreign keys with their ON DELETE, full-text
 * indexes with the columns they cover) and must give the same set. A column added to one and not
 * the other fails here, listed. Types compare by family: INTEGER is integer or bigint, REAL is
 * double precision, BLOB is bytea; an FTS5 table over T's columns is a generated tsvector column
 * of T over the same columns with a GIN index. PostgreSQL's schema_version is PRAGMA user_version's
 * counterpart and is left out.
 */
class PgSchemaTest {
  private static final Pattern FTS5 = Pattern.compile("USING\\s+fts5\\s*\\((.*)\\)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern CONTENT = Pattern.compile("^content\\s*=\\s*[\"'\\[]?(\\w+)", Pattern.CASE_INSENSITIVE);

  @Test
  void thePostgresSchemaHasTheSqliteArchivesTablesColumnsAndKeys(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("fresh.db");
    Archive.open(db, null).close();
    TreeSet<String> sqlite;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      sqlite = describeSqlite(c);
    }
    TreeSet<String> postgres;
    try (TestPostgres pg = TestPostgres.start(dir); Connection c = pg.connect()) {
      PgMigrations.apply(c);
      postgres = describePostgres(c);
    }
    assertTrue(sqlite.size() > 200, "the SQLite archive was described: " + sqlite.size() + " lines");
    TreeSet<String> onlySqlite = new TreeSet<>(sqlite);
    onlySqlite.removeAll(postgres);
    TreeSet<String> onlyPostgres = new TreeSet<>(postgres);
    onlyPostgres.removeAll(sqlite);
    if (!onlySqlite.isEmpty() || !onlyPostgres.isEmpty()) {
      fail("the schemas differ (store/migrations vs store/pg/001-schema.sql):\n"
          + "only in SQLite:\n  " + String.join("\n  ", onlySqlite)
          + "\nonly in PostgreSQL:\n  " + String.join("\n  ", onlyPostgres));
    }
  }

  private static TreeSet<String> describeSqlite(Connection c) throws SQLException {
    TreeSet<String> out = new TreeSet<>();
    Map<String, String> virtual = new TreeMap<>();
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
      while (r.next()) {
        String sql = r.getString(2);
        if (sql.toUpperCase(Locale.ROOT).startsWith("CREATE VIRTUAL TABLE")) {
          virtual.put(r.getString(1), sql);
        } else {
          tables.add(r.getString(1));
        }
      }
    }
    // an FTS5 table's shadow tables (_data, _idx, _docsize, _config, _content) are named after it
    tables.removeIf(t -> virtual.keySet().stream().anyMatch(v -> t.startsWith(v + "_")));
    for (String t : tables) {
      out.add("table " + t);
      List<String> key = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA table_info(\"" + t + "\")")) {
        while (r.next()) {
          boolean pk = r.getInt("pk") > 0;
          if (pk) {
            key.add(r.getInt("pk") + ":" + r.getString("name"));
          }
          out.add(column(t, r.getString("name"), family(r.getString("type")), pk || r.getInt("notnull") == 1));
        }
      }
      if (!key.isEmpty()) {
        key.sort(null);
        out.add("primary key " + t + " (" + key.stream().map(k -> k.substring(k.indexOf(':') + 1))
            .collect(Collectors.joining(", ")) + ")");
      }
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA foreign_key_list(\"" + t + "\")")) {
        while (r.next()) {
          out.add(foreignKey(t, r.getString("from"), r.getString("table"), r.getString("to"), r.getString("on_delete")));
        }
      }
    }
    for (Map.Entry<String, String> v : virtual.entrySet()) {
      Matcher m = FTS5.matcher(v.getValue());
      if (!m.find()) {
        out.add("virtual table not FTS5: " + v.getKey());
        continue;
      }
      String content = null;
      TreeSet<String> columns = new TreeSet<>();
      for (String arg : Arrays.stream(m.group(1).split(",")).map(String::strip).toList()) {
        Matcher cm = CONTENT.matcher(arg);
        if (cm.find()) {
          content = cm.group(1);
        } else if (!arg.contains("=")) {
          columns.add(arg);
        }
      }
      out.add("full-text " + (content == null ? v.getKey() + " (its own content)" : content) + " " + columns);
    }
    return out;
  }

  private static TreeSet<String> describePostgres(Connection c) throws SQLException {
    TreeSet<String> out = new TreeSet<>();
    String skip = " AND table_name <> 'schema_version'";
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables"
        + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'" + skip)) {
      while (r.next()) {
        out.add("table " + r.getString(1));
      }
    }
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name, column_name, data_type, is_nullable"
        + " FROM information_schema.columns WHERE table_schema = 'public' AND data_type <> 'tsvector'" + skip)) {
      while (r.next()) {
        out.add(column(r.getString(1), r.getString(2), family(r.getString(3)), "NO".equals(r.getString(4))));
      }
    }
    String rel = "c.conrelid = t.oid AND t.relnamespace = 'public'::regnamespace AND t.relname <> 'schema_version'";
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT t.relname,"
        + " (SELECT string_agg(a.attname, ', ' ORDER BY k.i) FROM unnest(c.conkey) WITH ORDINALITY k(n, i)"
        + "  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n)"
        + " FROM pg_constraint c JOIN pg_class t ON " + rel + " WHERE c.contype = 'p'")) {
      while (r.next()) {
        out.add("primary key " + r.getString(1) + " (" + r.getString(2) + ")");
      }
    }
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT t.relname, a.attname, ft.relname, fa.attname,"
        + " c.confdeltype, cardinality(c.conkey) FROM pg_constraint c JOIN pg_class t ON " + rel
        + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = c.conkey[1]"
        + " JOIN pg_class ft ON ft.oid = c.confrelid JOIN pg_attribute fa ON fa.attrelid = ft.oid AND fa.attnum = c.confkey[1]"
        + " WHERE c.contype = 'f'")) {
      while (r.next()) {
        String onDelete = switch (r.getString(5)) {
          case "c" -> "CASCADE";
          case "n" -> "SET NULL";
          case "d" -> "SET DEFAULT";
          case "r" -> "RESTRICT";
          default -> "NO ACTION";
        };
        String from = r.getInt(6) == 1 ? r.getString(2) : r.getString(2) + " (and more: compare by hand)";
        out.add(foreignKey(r.getString(1), from, r.getString(3), r.getString(4), onDelete));
      }
    }
    // a generated column's expression (in pg_attrdef) depends on the columns it is made of; a GIN index makes it searchable
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT t.relname, a.attname,"
        + " (SELECT string_agg(ra.attname, ',') FROM pg_attrdef ad JOIN pg_depend d ON d.classid = 'pg_attrdef'::regclass"
        + "   AND d.objid = ad.oid AND d.refobjid = t.oid AND d.refobjsubid > 0 AND d.refobjsubid <> a.attnum"
        + "   JOIN pg_attribute ra ON ra.attrelid = t.oid AND ra.attnum = d.refobjsubid"
        + "   WHERE ad.adrelid = t.oid AND ad.adnum = a.attnum),"
        + " a.attgenerated = 's', EXISTS (SELECT 1 FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
        + "   JOIN pg_am am ON am.oid = ic.relam WHERE i.indrelid = t.oid AND am.amname = 'gin'"
        + "   AND a.attnum = ANY (i.indkey::int2[]))"
        + " FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid AND t.relnamespace = 'public'::regnamespace"
        + " WHERE a.atttypid = 'tsvector'::regtype AND a.attnum > 0 AND NOT a.attisdropped")) {
      while (r.next()) {
        TreeSet<String> columns = new TreeSet<>(r.getString(3) == null ? List.of() : List.of(r.getString(3).split(",")));
        String line = "full-text " + r.getString(1) + " " + columns;
        if (!r.getBoolean(4)) {
          line += " (" + r.getString(2) + " is not a generated column)";
        }
        if (!r.getBoolean(5)) {
          line += " (" + r.getString(2) + " has no GIN index)";
        }
        out.add(line);
      }
    }
    return out;
  }

  private static String column(String table, String name, String family, boolean notNull) {
    return "column " + table + "." + name + " " + family + (notNull ? " NOT NULL" : "");
  }

  private static String foreignKey(String table, String from, String toTable, String to, String onDelete) {
    return "foreign key " + table + "." + from + " -> " + toTable + "." + to + " ON DELETE " + onDelete.toUpperCase(Locale.ROOT);
  }

  /** A declared type's family: what both databases store, whatever each calls it. */
  private static String family(String type) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "integer", "bigint", "smallint" -> "INTEGER";
      case "real", "double precision" -> "REAL";
      case "blob", "bytea" -> "BLOB";
      case "text" -> "TEXT";
      default -> "type " + type;
    };
  }
}
