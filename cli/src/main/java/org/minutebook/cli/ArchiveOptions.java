package org.minutebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;
import picocli.CommandLine.Option;

/**
 * {@code --db}: where the archive is, a SQLite file or a PostgreSQL server. Shared by every
 * command that uses one; no command knows which engine it talks to.
 */
final class ArchiveOptions {
  static final String ENV = "MINUTEBOOK_DB";

  @Option(names = "--db", paramLabel = "FILE|URL",
      description = "The archive: a SQLite file, or a PostgreSQL server as postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE"
          + " (password also from $PGPASSWORD). Default: $" + ENV + ", else minutebook.db in the working directory.")
  String db;

  /** The archive as given: a file's path or a server's URL. */
  String location() {
    if (db != null) {
      return db;
    }
    String env = System.getenv(ENV);
    return env == null || env.isBlank() ? "minutebook.db" : env;
  }

  /** Whether the archive is on a server rather than in a file. */
  boolean onServer() {
    return Archive.isServer(location());
  }

  /** The archive's file; null when it is on a server. */
  Path path() {
    return onServer() ? null : Path.of(location());
  }

  /** Opens the archive; a wait for another writer is announced on err. */
  Archive open(PrintWriter err) throws ArchiveException {
    return Archive.open(location(), waiting(err));
  }

  /** Announces on err a wait for another writer. */
  static Archive.LockListener waiting(PrintWriter err) {
    return p -> {
      err.println("minutebook: " + p + " is being written by another minutebook; waiting for it to finish...");
      err.flush();
    };
  }
}
