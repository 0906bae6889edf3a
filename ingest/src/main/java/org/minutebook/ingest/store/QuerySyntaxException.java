package org.minutebook.ingest.store;

/**
 * A full-text query that FTS5 cannot read: an unclosed quote, an operator with nothing beside it
 * ({@code AND}, {@code x OR}), a word before a colon that names no column ({@code a:b}). Bad
 * input from the user, not an archive fault: the command line reports it as a usage error
 * (exit 2), with how to quote words so that they are read as text.
 */
public final class QuerySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  /** How to write words as text, for every message. */
  static final String HINT = "to search for words as written, put them in double quotes, \"like this\", and double a quote"
      + " inside them (\"the \"\"green\"\" plan\"); outside quotes, AND, OR, NOT and NEAR in capitals, * ^ : ( ) and + are"
      + " search syntax";

  private final String query;
  private final String problem;

  QuerySyntaxException(String query, String problem, Throwable cause) {
    super("cannot read the search query " + query + ": " + problem + "; " + HINT, cause);
    this.query = query;
    this.problem = problem;
  }

  /** The query as the user gave it. */
  public String query() {
    return query;
  }

  /** What FTS5 found wrong, in its words ("unterminated string", "syntax error near \"AND\""). */
  public String problem() {
    return problem;
  }
}
