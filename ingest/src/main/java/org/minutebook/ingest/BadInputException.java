package org.minutebook.ingest;

import java.nio.file.Path;
import java.util.Objects;
import org.minutebook.model.RefusalReason;

/**
 * A file minutebook cannot read as minutes, with the reason why. This is the checked,
 * expected failure of the pipeline: a bad file is refused and the rest of a batch goes on.
 * Library exceptions are translated where the library is called and kept as the cause.
 */
public final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final RefusalReason reason;

  public BadInputException(Path file, RefusalReason reason, String detail, Throwable cause) {
    super(message(file, reason, detail), cause);
    this.file = Objects.requireNonNull(file, "file");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public BadInputException(Path file, RefusalReason reason, String detail) {
    this(file, reason, detail, null);
  }

  public Path file() {
    return file;
  }

  public RefusalReason reason() {
    return reason;
  }

  private static String message(Path file, RefusalReason reason, String detail) {
    String base = reason.description();
    return detail == null || detail.isBlank() ? base : base + " (" + detail + ")";
  }
}
