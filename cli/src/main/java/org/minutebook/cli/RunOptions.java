package org.minutebook.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * {@code --quiet}, {@code --verbose}, {@code --stacktrace}: how a run reports on itself rather than
 * what it does. Every command has them, before or after its name ({@code minutebook --verbose ingest}
 * or {@code minutebook ingest --verbose}): {@link #addTo} gives them to each command that does not
 * declare them itself, so a new command cannot forget them, and {@link Main} reads them from the
 * parse result, so no command needs to.
 */
final class RunOptions {
  @Option(names = "--quiet", description = "Write no library log (by default it goes to <archive>.log beside the archive).")
  boolean quiet;

  @Option(names = "--verbose", description = "Also print the library log (PDFBox, Tika, CoreNLP) on stderr.")
  boolean verbose;

  @Option(names = "--stacktrace", description = "Print a stack trace on internal errors.")
  boolean stacktrace;

  /** Adds the options this command and its subcommands lack (parse declares --stacktrace itself). */
  static void addTo(CommandLine line) {
    CommandSpec spec = line.getCommandSpec();
    for (OptionSpec option : CommandSpec.forAnnotatedObject(new RunOptions()).options()) {
      if (spec.findOption(option.longestName()) == null) {
        spec.addOption(option);
      }
    }
    line.getSubcommands().values().forEach(RunOptions::addTo);
  }

  /** Whether the option was given to the top command or to any subcommand on the way. */
  static boolean given(ParseResult top, String name) {
    for (ParseResult p = top; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The archive the command that runs uses, for its log file: its {@code --db} (or the default,
   * {@code $MINUTEBOOK_DB} or {@code minutebook.db}) for a command that reads or writes one, the
   * {@code --db} given to one that may make its own (bench-archive); else null.
   */
  static Path archiveOf(ParseResult top) {
    ParseResult last = top;
    while (last.subcommand() != null) {
      last = last.subcommand();
    }
    for (CommandSpec mixin : last.commandSpec().mixins().values()) {
      if (mixin.userObject() instanceof ArchiveOptions archive) {
        return archive.path();
      }
    }
    if (!last.hasMatchedOption("--db")) {
      return null;
    }
    String db = String.valueOf((Object) last.matchedOption("--db").getValue());
    return org.minutebook.ingest.store.Archive.isServer(db) ? null : Path.of(db);
  }
}
