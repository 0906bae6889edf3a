package org.minutebook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code minutebook import SOURCE}: the documents of another archive (a file, or a PostgreSQL URL)
 * copied into this one with everything read from them, as ingest stored them; the inverse of
 * {@code export --into}. Documents this archive has already are left as they are, so it is safe
 * to run again.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Copy another archive's documents, with all that was read from them, into this one (--db).",
        "SOURCE is a file or a PostgreSQL URL (postgresql://user@host/db); with --body/--from/--to, only the files",
        "holding a meeting they keep come. Documents already here are left as they are: it is safe to run again."},
    footer = ExitCode.HELP)
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveOptions archive;
  @Mixin FilterOptions filter;
  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "SOURCE", description = "The archive to copy from: a file, or a PostgreSQL URL.")
  String source;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Archive.isServer(source) && !Files.isRegularFile(Path.of(source))) {
      err.println("minutebook: no archive at " + source + " to import from");
      return ExitCode.ENVIRONMENT;
    }
    try (Archive from = Archive.open(source, ArchiveOptions.waiting(err))) {
      return CopyRun.copy(from, archive.location(), filter.filter(), output.json, out, err);
    } catch (ArchiveException e) {
      err.println("minutebook: " + e.getMessage());
      return ExitCode.ENVIRONMENT;
    }
  }
}
