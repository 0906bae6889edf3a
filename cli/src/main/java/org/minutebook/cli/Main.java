package org.minutebook.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Entry point: {@link #run} does the work and is what tests call; {@code main} only exits. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, Terminal.stderr(), args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line, printing results to out and messages to err; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, false, args);
  }

  /** {@link #run(PrintWriter, PrintWriter, String...)}, saying whether err is a terminal (progress bars go only there). */
  static int run(PrintWriter out, PrintWriter err, boolean terminal, String... args) {
    MinutebookCommand top = new MinutebookCommand();
    top.terminal = terminal;
    CommandLine cli = new CommandLine(top);
    RunOptions.addTo(cli); // --quiet, --verbose, --stacktrace on every command, read here
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
    cli.setCaseInsensitiveEnumValuesAllowed(true); // --kind motion as well as --kind MOTION
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("minutebook: " + ex.getMessage());
      ex.getCommandLine().usage(err);
      return ExitCode.USAGE;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      boolean trace = RunOptions.given(parseResult, "--stacktrace");
      err.println("minutebook: internal error: " + ex);
      if (trace) {
        ex.printStackTrace(err);
      } else {
        err.println("(run again with --stacktrace for details)");
      }
      return ExitCode.INTERNAL;
    });
    cli.setExecutionStrategy(parseResult -> {
      boolean quiet = RunOptions.given(parseResult, "--quiet");
      boolean verbose = RunOptions.given(parseResult, "--verbose");
      if (quiet && verbose) {
        ParseResult last = parseResult;
        while (last.subcommand() != null) {
          last = last.subcommand();
        }
        throw new CommandLine.ParameterException(last.commandSpec().commandLine(), "--quiet and --verbose cannot be used together");
      }
      Path archive = quiet ? null : RunOptions.archiveOf(parseResult);
      LibraryLog log = LibraryLog.open(archive == null ? null : LibraryLog.fileFor(archive), verbose, err);
      try {
        return new CommandLine.RunLast().execute(parseResult);
      } finally {
        log.close();
      }
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
