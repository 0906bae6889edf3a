package org.minutebook.cli;

/** The exit codes of every command, as listed in {@code --help}. */
public final class ExitCode {
  /** All went well (a query with no hits is fine). */
  public static final int OK = 0;
  /** Some inputs were refused; the others were processed. */
  public static final int REFUSED = 1;
  /** The command line was wrong. */
  public static final int USAGE = 2;
  /** The archive or environment is unusable: locked, newer schema, missing path. */
  public static final int ENVIRONMENT = 3;
  /** A bug: an internal error (stack trace only with --stacktrace). */
  public static final int INTERNAL = 4;

  static final String HELP = "%nExit codes:%n"
      + "  0  ok (a query with no hits is ok)%n"
      + "  1  some inputs were refused (each named on stderr with its reason)%n"
      + "  2  usage error%n"
      + "  3  archive or environment problem (locked, newer schema, missing path)%n"
      + "  4  internal error (stack trace with --stacktrace)%n";

  private ExitCode() {}
}
