package org.minutebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;
import picocli.CommandLine.Option;

/** {@code --db}: where the archive is. Shared by every command that uses one. */
final class ArchiveOptions {
  static final String ENV = "MINUTEBOOK_DB";

  @Option(names = "--db", paramLabel = "FILE",
      description = "The archive (SQLite). Default: $" + ENV + ", else minutebook.db in the working directory.")
  Path db;

  Path path() {
    if (db != null) {
      return db;
    }
    String env = System.getenv(ENV);
    return Path.of(env == null || env.isBlank() ? "minutebook.db" : env);
  }

  /** Opens the archive; a wait for another writer is announced on err. */
  Archive open(PrintWriter err) throws ArchiveException {
    return Archive.open(path(), p -> {
      err.println("minutebook: " + p + " is being written by another minutebook; waiting for it to finish...");
      err.flush();
    });
  }
}
