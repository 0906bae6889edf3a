package org.minutebook.cli;

import picocli.CommandLine.Command;

/** The top-level command: it only groups the subcommands. */
@Command(
    name = "minutebook",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns published meeting minutes (PDF, web pages) into structured meetings you can query.",
    subcommands = {ParseCommand.class, IngestCommand.class, MeetingsCommand.class, ShowCommand.class, SearchCommand.class,
      DecisionsCommand.class, DecisionCommand.class, DocumentsCommand.class, ActionsCommand.class, PeopleCommand.class, ExportCommand.class, ImportCommand.class, SyncCommand.class, WatchCommand.class, StatsCommand.class, CheckCommand.class,
      BenchCommand.class, BenchArchiveCommand.class, LayoutCommand.class, ScanCopiesCommand.class},
    footer = {ExitCode.HELP, LibraryLog.HELP})
final class MinutebookCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** Whether the error writer is a terminal: set by {@link Main}, read by commands that show progress. */
  boolean terminal;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
