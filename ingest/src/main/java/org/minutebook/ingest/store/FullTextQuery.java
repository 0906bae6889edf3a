package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A user's words as an FTS5 MATCH expression for one of the archive's full-text indexes, checked
 * before it is run, so that a query FTS5 cannot read is told apart from an archive fault.
 *
 * <p>The check runs the expression against an empty FTS5 table in the connection's temporary
 * schema with the index's columns and tokenizer: FTS5 parses the expression before it reads any
 * row, so the same errors arise there as on the archive, and nothing of the archive is involved.
 * Any error from that table is therefore the query's ({@link QuerySyntaxException}).
 */
final class FullTextQuery {
  /** The archive's full-text indexes (migration 008), with the columns a query may name. */
  enum Index {
    ITEMS("items_fts", "title, text"),
    DECISIONS("decisions_fts", "text"),
    DOCUMENT_PARTS("document_parts_fts", "title, text");

    final String table;
    final String columns;

    Index(String table, String columns) {
      this.table = table;
      this.columns = columns;
    }

    /** The empty table in temp that has this index's columns, for checking queries. */
    String checkTable() {
      return table + "_query_check";
    }
  }

  private static final Pattern FTS_SYNTAX = Pattern.compile("\"|\\*|\\bAND\\b|\\bOR\\b|\\bNOT\\b|\\bNEAR\\b|[()^:]");
  /** sqlite-jdbc's wrapping of SQLite's message: "[SQLITE_ERROR] SQL error or missing database (...)". */
  private static final Pattern WRAPPED = Pattern.compile("^\\[SQLITE_[A-Z_]+\\][^(]*\\((.*)\\)$", Pattern.DOTALL);

  private FullTextQuery() {}

  /**
   * The user's words as an FTS5 query: kept as written when they use FTS5 syntax (quotes, AND,
   * OR, NOT, *), else each word quoted so that punctuation ("VAWG/MOPAC", "co-ordinator") is
   * matched as text rather than read as syntax.
   */
  static String expression(String query) {
    if (FTS_SYNTAX.matcher(query).find()) {
      return query;
    }
    Set<String> words = new LinkedHashSet<>();
    for (String w : query.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add("\"" + w.replace("\"", "") + "\"");
      }
    }
    return String.join(" ", words);
  }

  /**
   * The expression for query on index, checked.
   *
   * @throws QuerySyntaxException when FTS5 cannot read it
   * @throws SQLException when the check table cannot be made (an environment fault)
   */
  static String checked(Connection c, Index index, String query) throws QuerySyntaxException, SQLException {
    String expression = expression(query);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp." + index.checkTable() + " USING fts5 (" + index.columns
          + ", tokenize = 'porter unicode61')");
    }
    try (PreparedStatement p = c.prepareStatement("SELECT rowid FROM temp." + index.checkTable() + " WHERE "
        + index.checkTable() + " MATCH ?")) {
      p.setString(1, expression);
      try (ResultSet r = p.executeQuery()) {
        r.next();
      } catch (SQLException e) {
        throw new QuerySyntaxException(query, problem(e, index), e);
      }
    }
    return expression;
  }

  /** FTS5's own words for what is wrong, without the driver's wrapping, and which columns there are. */
  static String problem(SQLException e, Index index) {
    String m = e.getMessage() == null ? "" : e.getMessage().strip();
    var wrapped = WRAPPED.matcher(m);
    if (wrapped.matches()) {
      m = wrapped.group(1);
    }
    if (m.startsWith("fts5: ")) {
      m = m.substring("fts5: ".length());
    }
    if (m.startsWith("no such column")) {
      m += " (a word before a colon names a column to search; the columns are " + index.columns + ")";
    }
    return m;
  }
}
