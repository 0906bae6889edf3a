package org.minutebook.ingest.store;

import java.util.List;
import java.util.Objects;
import org.minutebook.model.IngestStatus;

/**
 * A document to be stored: its identity, what became of it, and its bytes (kept so that a newer
 * extractor can re-derive its rows).
 */
public record DocumentRecord(
    String sha256, String path, String fileName, String format, Integer pages, String kind, IngestStatus status,
    String refusalReason, String refusalDetail, List<String> warnings, String extractorVersion, byte[] content) {
  public DocumentRecord {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
    warnings = List.copyOf(warnings);
  }
}
