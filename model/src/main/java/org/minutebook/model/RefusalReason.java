package org.minutebook.model;

/** Why an input file was refused, each with the sentence shown to users. */
public enum RefusalReason {
  NOT_FOUND("file not found"),
  UNREADABLE("file cannot be read"),
  EMPTY_FILE("empty file"),
  NOT_A_PDF("not a PDF or a web page"),
  ENCRYPTED("encrypted PDF: needs a password"),
  DAMAGED("damaged PDF"),
  NO_TEXT_LAYER("no text layer: needs OCR"),
  /**
   * Reading it failed with an error of minutebook's own (a bug, not the file's fault), in a batch
   * that records each document's failure rather than stop: the Spark backfill. The detail names the
   * error, so that a newer version can be asked to read it again.
   */
  INTERNAL_ERROR("minutebook failed to read it (an internal error)"),
  /**
   * Recorded by extractor versions before 3, which refused readable files holding no minutes; they
   * are now stored as documents of their kind. Kept so archives written then still read.
   */
  NOT_MINUTES("not minutes");

  private final String description;

  RefusalReason(String description) {
    this.description = description;
  }

  /** A short lower-case sentence for users, e.g. "no text layer: needs OCR". */
  public String description() {
    return description;
  }
}
