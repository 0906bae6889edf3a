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
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(archive.path())) {
      err.println("minutebook: no archive at " + archive.path() + " (create one with: minutebook ingest FILE...)");
      return ExitCode.ENVIRONMENT;
    }
    try (Archive a = archive.open(err)) {
      return run(new ArchiveQueries(a), out, err);
    } catch (ArchiveException e) {
      err.println("minutebook: " + e.getMessage());
      return ExitCode.ENVIRONMENT;
    } catch (QuerySyntaxException e) {
      err.println("minutebook: " + e.getMessage());
      return ExitCode.USAGE;
    }
  }
}
