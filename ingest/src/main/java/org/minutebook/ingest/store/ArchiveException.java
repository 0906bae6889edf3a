package org.minutebook.ingest.store;

import java.nio.file.Path;

/**
 * The archive cannot be used: it cannot be created or opened where asked, it was written by a
 * newer minutebook, or the database failed. An environment problem, not bad input: the command
 * line reports it in one line and exits 3.
 */
public final class ArchiveException extends Exception {
  private static final long serialVersionUID = 1L;

  public ArchiveException(Path db, String reason, Throwable cause) {
    this(String.valueOf(db), reason, cause);
  }

  /** An archive that is not a file: archive names it as a user would (a PostgreSQL URL without its parameters). */
  public ArchiveException(String archive, String reason, Throwable cause) {
    super("archive " + archive + ": " + reason, cause);
  }

  public ArchiveException(Path db, String reason) {
    this(db, reason, null);
  }
}
