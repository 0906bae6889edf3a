package org.minutebook.spark;

import java.io.Serializable;
import java.util.Objects;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.RefusalReason;

/**
 * What became of one document of the backfill, small enough to send to the driver.
 *
 * @param path the document as the archive names it (a local file's path, else its URI)
 * @param status INGESTED (or with warnings) when this task stored it, UNCHANGED when the archive
 *     already had its bytes, REFUSED when it was refused now
 * @param meetings the meetings it holds
 * @param reason why it was refused, now or when it was stored before; else null
 * @param detail more about the reason, or null
 * @param replaced whether it replaced an earlier version read from the same path
 */
record DocumentOutcome(String path, IngestStatus status, int meetings, RefusalReason reason, String detail, boolean replaced)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  DocumentOutcome {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
  }

  static DocumentOutcome refused(String path, RefusalReason reason, String detail) {
    return new DocumentOutcome(path, IngestStatus.REFUSED, 0, reason, detail, false);
  }

  /** Refused now, or found refused in the archive. */
  boolean refused() {
    return status == IngestStatus.REFUSED || reason != null;
  }

  /** Stored by this run (a refused document is stored too, with its reason, but is not counted here). */
  boolean stored() {
    return status == IngestStatus.INGESTED || status == IngestStatus.INGESTED_WITH_WARNINGS;
  }

  /** The line on stderr for a refused document, as {@code minutebook ingest} prints it. */
  String refusalLine() {
    String more = detail == null ? "" : " (" + detail + ")";
    String again = status == IngestStatus.UNCHANGED ? " [refused before; unchanged]" : "";
    return "minutebook: " + path + ": refused: " + reason.description() + more + again;
  }
}
