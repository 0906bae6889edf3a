package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.QueryResults.SearchHit;

/**
 * Full-text search through the PostgreSQL archive's generated tsvector columns (pg/001-schema.sql,
 * text search configuration {@code minutebook}: Snowball's English stemmer, no stop words, as
 * SQLite's porter tokenizer keeps every word).
 *
 * <p>A user's query, in the syntax FTS5 reads (see {@link FullTextQuery}), is parsed here into a
 * tree of phrases joined by AND, OR and NOT; each phrase is turned into lexemes by the server
 * ({@code phraseto_tsquery}, so that words are stemmed as the indexed text was), marked as a prefix
 * ({@code word*}) or restricted to a column ({@code title:word}, by the weight the column's
 * lexemes carry), and the tree written as a tsquery, which the server then reads once more as the
 * check. Ranking is ts_rank with the weights that give a title four times the text's weight, as
 * SQLite's bm25(4.0, 1.0); as there, only the {@value #CANDIDATES} most recently stored matches are
 * ranked, so that a common word costs no more than a rare one.
 */
final class PostgresTextSearch implements TextSearch {
  /** The text search configuration of the schema's tsvector columns. */
  static final String CONFIG = "minutebook";
  /** How many matching items a search ranks, newest first (as SearchQuery's CANDIDATES). */
  static final int CANDIDATES = SearchQuery.CANDIDATES;
  /** ts_rank's weights for D, C, B (an item's text) and A (its title). */
  private static final String WEIGHTS = "'{0, 0, 0.25, 1}'";
  /**
   * ts_rank's normalization: the rank divided by 1 + the logarithm of the item's length, so that a
   * long item does not outrank a short one by its length alone (bm25 weighs length too; without it,
   * a common word's best twenty were all items of many pages).
   */
  private static final int NORMALIZATION = 1;
  /** ts_headline's options for a snippet like SQLite's snippet(..., '[', ']', ' … ', 16). */
  private static final String HEADLINE = "'StartSel=[, StopSel=], MaxWords=16, MinWords=6, ShortWord=0'";
  /** Text as the index reads it: punctuation as spaces (the same expression as pg/001-schema.sql's). */
  static String words(String sql) {
    return "regexp_replace(" + sql + ", '[[:punct:]\\u00A0-\\u00BF\\u2000-\\u206F]', ' ', 'g')";
  }

  /** A lexeme in a tsquery's text: quoted, a quote inside doubled. */
  private static final Pattern LEXEME = Pattern.compile("'(?:[^']|'')*'");

  @Override
  public String checked(Connection c, FullTextQuery.Index index, String query) throws QuerySyntaxException, SQLException {
    Node tree = new Parser(query, index).parse();
    List<Leaf> leaves = new ArrayList<>();
    tree.leaves(leaves);
    List<String> lexemes = new ArrayList<>();
    if (!leaves.isEmpty()) {
      StringBuilder sql = new StringBuilder("SELECT ");
      for (int i = 0; i < leaves.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("phraseto_tsquery('" + CONFIG + "', " + words("?") + ")::text");
      }
      try (PreparedStatement p = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < leaves.size(); i++) {
          p.setString(i + 1, leaves.get(i).text);
        }
        try (ResultSet r = p.executeQuery()) {
          r.next();
          for (int i = 0; i < leaves.size(); i++) {
            lexemes.add(r.getString(i + 1));
          }
        }
      }
    }
    String tsquery = tree.write(leaves, lexemes);
    try (PreparedStatement p = c.prepareStatement("SELECT ?::tsquery::text")) {
      p.setString(1, tsquery == null ? "" : tsquery);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    } catch (SQLException e) {
      throw new QuerySyntaxException(query, "cannot be read as a search (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public String matchingIds(FullTextQuery.Index index) {
    return "SELECT id FROM " + table(index) + " WHERE fts @@ ?::tsquery";
  }

  private static String table(FullTextQuery.Index index) {
    return switch (index) {
      case ITEMS -> "items";
      case DECISIONS -> "decisions";
      case DOCUMENT_PARTS -> "document_parts";
    };
  }

  /** Texts longer than this are cut to it for their snippet first (ts_headline's cost grows with the text). */
  static final int HEADLINE_WINDOW = 4000;

  @Override
  public List<SearchHit> searchItems(ArchiveQueries q, String match, Filter f, int limit) throws ArchiveException {
    List<Long> candidates = candidates(q, match, f, CANDIDATES, FIRST_WINDOW);
    if (candidates.isEmpty()) {
      return List.of();
    }
    String ids = "'{" + String.join(",", candidates.stream().map(String::valueOf).toList()) + "}'::bigint[]";
    // in the order they are written: the whole text's snippet, the rank, the limit, the window's snippet
    List<Object> params = List.of(match, match, limit, match);
    String sql = "SELECT m.id, m.date, m.body, i.number, i.title, i.page, " + headline("i.text", "s.h", "?::tsquery") + ", b.score FROM"
        + " (SELECT i.id, ts_rank(" + WEIGHTS + ", i.fts, ?::tsquery, " + NORMALIZATION + ") AS score FROM items i WHERE i.id = ANY(" + ids + ")"
        + " ORDER BY score DESC, i.id DESC LIMIT ?) b"
        + " JOIN items i ON i.id = b.id JOIN meetings m ON m.id = i.meeting_id"
        + " CROSS JOIN LATERAL (SELECT " + headlineOf("left(i.text, " + HEADLINE_WINDOW + ")", "?::tsquery") + " AS h) s"
        + " ORDER BY b.score DESC, b.id DESC";
    // lower is better, as bm25's scores are
    return q.query("search", sql, params, r -> new SearchHit(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
        r.getString(5), (Integer) r.getObject(6), r.getString(7), -r.getDouble(8)));
  }

  /**
   * The ids of the {@code wanted} (in a search, {@value #CANDIDATES}) newest items matching in the
   * filter's meetings, newest first: looked for among the newest {@code firstWindow} ids first,
   * then in the ids below, each further range as wide as the density found so far says the missing
   * candidates need (and a fifth more), and at least as wide as all the ranges before it (all that
   * is left when none was found). Each look intersects the full-text index's matches with a range
   * of the id index, in bitmaps, reading only the rows of the range's matches, and no range is
   * read twice (before, each look read again the ranges of the looks before it).
   *
   * <p>A body or a date filter is read first, into the ids of its meetings (when they are at most
   * {@value #MEETINGS_READ_FIRST}): their items are then a third bitmap, from the index of items
   * by meeting, so that a look reads no row of another meeting, and the first range is widened by
   * the share of meetings the filter keeps (a filter keeping a few meetings is one look at all
   * ids). Before, each look joined every matching item in its range to the meetings, and tested
   * them: a common word with one body and a date took four looks of 8 to 15 ms each.
   *
   * <p>Random reads are costed as they are for an archive in memory or on SSD ({@value
   * #RANDOM_PAGE_COST}, not the default 4): at the default, the planner reads a common word's
   * range by the id index alone and tests each row's tsvector, which costs three times the
   * intersection (85 against 27 ms for a word in every other item, a range of 48,000 items, one
   * body's). Plain index scans are off for it: the planner would read the id index backwards and
   * test each row's tsvector, which it costs as nothing but which PostgreSQL must fetch and
   * decompress, row by row (a word in one item of twenty took 400 ms so at 10,000 meetings).
   */
  static List<Long> candidates(ArchiveQueries q, String match, Filter f, int wanted, long firstWindow) throws ArchiveException {
    long newest = q.query("search", "SELECT coalesce(max(id), 0) FROM items", List.of(), r -> r.getLong(1)).get(0);
    List<Object> filterParams = new ArrayList<>();
    String filter = q.given(f, "m.date", filterParams);
    String join = " JOIN meetings m ON m.id = i.meeting_id";
    long window = firstWindow;
    if (!f.equals(Filter.all())) {
      List<Long> meetings = q.query("search", "SELECT m.id FROM meetings m WHERE " + filter + " LIMIT " + (MEETINGS_READ_FIRST + 1),
          filterParams, r -> r.getLong(1));
      if (meetings.isEmpty()) {
        return List.of();
      }
      if (meetings.size() <= MEETINGS_READ_FIRST) {
        long all = q.query("search", "SELECT count(*) FROM meetings m WHERE m.is_primary = 1", List.of(), r -> r.getLong(1)).get(0);
        window = Math.min(newest, firstWindow * Math.max(1, all) / meetings.size());
        join = "";
        filter = "i.meeting_id = ANY('{" + String.join(",", meetings.stream().map(String::valueOf).toList()) + "}'::bigint[])";
        filterParams = List.of();
      }
    }
    try (Statement s = q.connection().createStatement()) {
      s.execute("SET enable_indexscan = off");
      s.execute("SET random_page_cost = " + RANDOM_PAGE_COST);
      try {
        List<Long> found = new ArrayList<>();
        long top = newest;
        while (true) {
          long floor = Math.max(0, top - window);
          List<Object> params = new ArrayList<>();
          params.add(match);
          params.addAll(filterParams);
          params.add(floor);
          params.add(top);
          params.add(wanted - found.size());
          found.addAll(q.query("search", "SELECT i.id FROM items i" + join + " WHERE i.fts @@ ?::tsquery AND " + filter
              + " AND i.id > ? AND i.id <= ? ORDER BY i.id DESC LIMIT ?", params, r -> r.getLong(1)));
          if (found.size() >= wanted || floor == 0) {
            return found;
          }
          top = floor;
          double density = found.size() / (double) (newest - floor);
          // at least as wide as all read so far, so that a density rising with age costs few looks
          window = found.isEmpty() ? top : Math.max(newest - floor, (long) ((wanted - found.size()) * 1.2 / density));
        }
      } finally {
        s.execute("RESET enable_indexscan");
        s.execute("RESET random_page_cost");
      }
    } catch (SQLException e) {
      throw q.archive().failure("search", e);
    }
  }

  /** The most meetings a filter may keep and be read first (their ids are then written into the query). */
  static final int MEETINGS_READ_FIRST = 20_000;

  /** random_page_cost for finding candidates: pages read from memory or SSD. */
  private static final String RANDOM_PAGE_COST = "1.1";
  /** The newest ids a search first looks among for its candidates: enough when one item in two matches. */
  private static final long FIRST_WINDOW = 2L * CANDIDATES;

  /** ts_headline of text for a tsquery (an expression: a parameter {@code ?::tsquery} or a column). */
  private static String headlineOf(String text, String query) {
    return "ts_headline('" + CONFIG + "', " + text + ", " + query + ", " + HEADLINE + ")";
  }

  /**
   * The snippet of text: its first window's (short, the snippet already made of it), unless the
   * text is longer and no match was marked there; then the whole text's.
   */
  private static String headline(String text, String short_, String query) {
    return "CASE WHEN length(" + text + ") <= " + HEADLINE_WINDOW + " OR strpos(" + short_ + ", '[') > 0 THEN " + short_
        + " ELSE " + headlineOf(text, query) + " END";
  }

  @Override
  public String rankedParts(String columns, String scope) {
    return "WITH q AS (SELECT ?::tsquery AS q), best AS (SELECT p.id, ts_rank(p.fts, q.q) AS score FROM q, document_parts p"
        + " WHERE p.fts @@ q.q AND p.kind <> 'MINUTES'" + scope + " ORDER BY score DESC, p.id LIMIT ?)"
        + " SELECT " + columns + ", " + headline("p.text", "s.h", "q.q") + " FROM q, best b"
        + " JOIN document_parts p ON p.id = b.id JOIN documents doc ON doc.id = p.document_id"
        + " CROSS JOIN LATERAL (SELECT " + headlineOf("left(p.text, " + HEADLINE_WINDOW + ")", "q.q")
        + " AS h) s ORDER BY b.score DESC, p.id";
  }

  @Override
  public void prepareActionTexts(Connection c) {
    // read from the rows themselves: a line or two each, no index needed
  }

  @Override
  public String actionTextMatch(boolean logRow) {
    return "to_tsvector('" + CONFIG + "', " + words("coalesce(" + (logRow ? "l.action" : "a.beside") + ", '')") + ") @@ ?::tsquery";
  }

  /** A query's tree: phrases joined by operators. */
  private interface Node {
    void leaves(List<Leaf> out);

    /** The tsquery text, given each leaf's lexemes; null when nothing of it has a word. */
    String write(List<Leaf> leaves, List<String> lexemes);
  }

  /** A phrase (or a word), optionally a prefix, optionally of one weight (column). */
  private static final class Leaf implements Node {
    final String text;
    final boolean prefix;
    final String weight;

    Leaf(String text, boolean prefix, String weight) {
      this.text = text;
      this.prefix = prefix;
      this.weight = weight;
    }

    @Override
    public void leaves(List<Leaf> out) {
      out.add(this);
    }

    @Override
    public String write(List<Leaf> leaves, List<String> lexemes) {
      String tsquery = lexemes.get(leaves.indexOf(this));
      if (tsquery == null || tsquery.isBlank()) {
        return null;
      }
      Matcher m = LEXEME.matcher(tsquery);
      List<int[]> spans = new ArrayList<>();
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
      }
      StringBuilder out = new StringBuilder(tsquery);
      for (int i = spans.size() - 1; i >= 0; i--) {
        String mark = (prefix && i == spans.size() - 1 ? "*" : "") + (weight == null ? "" : weight);
        if (!mark.isEmpty()) {
          out.insert(spans.get(i)[1], ":" + mark);
        }
      }
      return "(" + out + ")";
    }
  }

  /** Two operands joined by {@code &}, {@code |} or {@code & !} (FTS5's binary NOT). */
  private record Op(String op, Node left, Node right) implements Node {
    @Override
    public void leaves(List<Leaf> out) {
      left.leaves(out);
      right.leaves(out);
    }

    @Override
    public String write(List<Leaf> leaves, List<String> lexemes) {
      String l = left.write(leaves, lexemes);
      String r = right.write(leaves, lexemes);
      if (r == null) {
        return l;
      }
      if (l == null) {
        return op.equals("&!") ? null : r;
      }
      return "(" + l + (op.equals("&!") ? " & !" : " " + op + " ") + r + ")";
    }
  }

  /**
   * FTS5's query syntax, read by recursive descent: OR binds loosest, then AND (written, or two
   * terms side by side), then NOT; a term is a phrase in quotes, a bare word, a parenthesised
   * query, or either after {@code column:}; a {@code *} after a phrase makes its last word a prefix.
   */
  private static final class Parser {
    private final String query;
    private final FullTextQuery.Index index;
    private final List<String> tokens = new ArrayList<>();
    private int at;

    Parser(String query, FullTextQuery.Index index) throws QuerySyntaxException {
      this.query = query;
      this.index = index;
      tokenize();
    }

    Node parse() throws QuerySyntaxException {
      if (tokens.isEmpty()) {
        throw new QuerySyntaxException(query, "there are no words to search for", null);
      }
      Node n = or();
      if (at < tokens.size()) {
        throw new QuerySyntaxException(query, "syntax error near \"" + tokens.get(at) + "\"", null);
      }
      return n;
    }

    private Node or() throws QuerySyntaxException {
      Node n = and();
      while (peek("OR")) {
        at++;
        n = new Op("|", n, and());
      }
      return n;
    }

    private Node and() throws QuerySyntaxException {
      Node n = not();
      while (at < tokens.size() && !peek("OR") && !peek(")")) {
        if (peek("AND")) {
          at++;
        }
        n = new Op("&", n, not());
      }
      return n;
    }

    private Node not() throws QuerySyntaxException {
      Node n = term(null);
      while (peek("NOT")) {
        at++;
        n = new Op("&!", n, term(null));
      }
      return n;
    }

    private Node term(String weight) throws QuerySyntaxException {
      if (at >= tokens.size()) {
        throw new QuerySyntaxException(query, "syntax error: the query ends where a word was expected", null);
      }
      String t = tokens.get(at++);
      if (t.equals("(")) {
        Node n = or();
        if (!peek(")")) {
          throw new QuerySyntaxException(query, "syntax error: a \"(\" is not closed", null);
        }
        at++;
        if (weight != null) {
          throw new QuerySyntaxException(query, "a column filter before parentheses is not supported on a PostgreSQL archive", null);
        }
        return n;
      }
      if (t.equals(")") || t.equals("AND") || t.equals("OR") || t.equals("NOT")) {
        throw new QuerySyntaxException(query, "syntax error near \"" + t + "\"", null);
      }
      if (t.startsWith("^") || t.startsWith("NEAR(")) {
        throw new QuerySyntaxException(query, "\"" + t + "\" is not supported on a PostgreSQL archive", null);
      }
      if (t.startsWith(":")) { // column prefix, read by tokenize as ":name"
        String column = t.substring(1).toLowerCase(Locale.ROOT);
        return term(weightOf(column));
      }
      boolean prefix = t.endsWith("*");
      String text = prefix ? t.substring(0, t.length() - 1) : t;
      if (text.startsWith("\"")) {
        text = text.substring(1, text.length() - 1).replace("\"\"", "\"");
      }
      return new Leaf(text, prefix, weight);
    }

    /** The weight that marks a column's lexemes: an item's title A, its text B. */
    private String weightOf(String column) throws QuerySyntaxException {
      List<String> columns = List.of(index.columns.split(",\\s*"));
      if (!columns.contains(column)) {
        throw new QuerySyntaxException(query, "no such column: " + column + " (a word before a colon names a column to search;"
            + " the columns are " + index.columns + ")", null);
      }
      if (index == FullTextQuery.Index.ITEMS) {
        return column.equals("title") ? "A" : "B";
      }
      if (columns.size() == 1) {
        return null;
      }
      throw new QuerySyntaxException(query, "a column filter on documents is not supported on a PostgreSQL archive", null);
    }

    private boolean peek(String token) {
      return at < tokens.size() && tokens.get(at).equals(token);
    }

    /** Quoted phrases (with an optional *), parentheses, "name:" as ":name", and bare words. */
    private void tokenize() throws QuerySyntaxException {
      int i = 0;
      int n = query.length();
      while (i < n) {
        char ch = query.charAt(i);
        if (Character.isWhitespace(ch)) {
          i++;
        } else if (ch == '(' || ch == ')') {
          tokens.add(String.valueOf(ch));
          i++;
        } else if (ch == '"') {
          int j = i + 1;
          while (true) {
            if (j >= n) {
              throw new QuerySyntaxException(query, "unterminated string", null);
            }
            if (query.charAt(j) == '"') {
              if (j + 1 < n && query.charAt(j + 1) == '"') {
                j += 2;
                continue;
              }
              break;
            }
            j++;
          }
          int end = j + 1;
          if (end < n && query.charAt(end) == '*') {
            end++;
          }
          tokens.add(query.substring(i, end));
          i = end;
        } else {
          int j = i;
          while (j < n && !Character.isWhitespace(query.charAt(j)) && "()\"".indexOf(query.charAt(j)) < 0) {
            if (query.charAt(j) == ':' && j > i && !query.substring(i, j).startsWith("NEAR")) {
              break;
            }
            j++;
          }
          if (j < n && query.charAt(j) == ':') {
            tokens.add(":" + query.substring(i, j));
            i = j + 1;
          } else if (query.startsWith("NEAR(", i)) {
            tokens.add("NEAR(");
            i += 5;
          } else {
            tokens.add(query.substring(i, j));
            i = j;
          }
        }
      }
    }
  }
}
