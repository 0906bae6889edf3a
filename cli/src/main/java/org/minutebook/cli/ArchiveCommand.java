package org.minutebook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.QuerySyntaxException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reads the archive: opens it (refusing, with exit 3, when there is none or it
 * cannot be used), runs the query, and closes it. Subclasses only ask and print. A full-text query
 * that cannot be read is a usage error (exit 2), whatever the command.
 */
abstract class ArchiveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveOptions archive;
  @Mixin OutputOptions output;

  /** Asks the archive and prints the answer; returns the exit code. */
  abstract int run(ArchiveQueries queries, PrintWriter out, PrintWriter err) throws ArchiveException, QuerySyntaxException;

  @Override
  public final Integer call() {
    return withArchive(spec, archive, this::run);
  }

  /** Runs the command on the open archive: by default, asks it through {@link ArchiveQueries}. */
  int run(Archive a, PrintWriter out, PrintWriter err) throws ArchiveException, QuerySyntaxException {
    return run(new ArchiveQueries(a), out, err);
  }

  /** What a command does with the open archive; returns the exit code. */
  @FunctionalInterface
  interface Work {
    int run(Archive archive, PrintWriter out, PrintWriter err) throws ArchiveException, QuerySyntaxException;
  }

  /**
   * Opens the archive of options for work, as every command that uses an existing archive does:
   * none there, or one that cannot be used, is exit 3; a query that cannot be read, exit 2.
   */
  static int withArchive(CommandSpec spec, ArchiveOptions options, Work work) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!options.onServer() && !Files.exists(options.path())) {
      err.println("minutebook: no archive at " + options.path() + " (create one with: minutebook ingest FILE...)");
      return ExitCode.ENVIRONMENT;
    }
    try (Archive a = options.open(err)) {
      return work.run(a, out, err);
    } catch (ArchiveException e) {
      err.println("minutebook: " + e.getMessage());
      return ExitCode.ENVIRONMENT;
    } catch (QuerySyntaxException e) {
      err.println("minutebook: " + e.getMessage());
      return ExitCode.USAGE;
    }
  }
}
