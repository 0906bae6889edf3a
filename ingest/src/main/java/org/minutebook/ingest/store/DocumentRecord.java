package org.minutebook.ingest.store;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.ModelGap;
import org.minutebook.model.Ocr;
import org.minutebook.model.SelfCheck;

/**
 * A document to be stored: its identity, what became of it, and its bytes (kept so that a newer
 * extractor can re-derive its rows).
 *
 * @param modelGaps the models its reading needed and could not use (so that a run with them reads it again)
 * @param check what its reading says about itself, or null (a refused document)
 * @param ocr how much of it OCR read, or null when none of it
 */
public record DocumentRecord(
    String sha256, String path, String fileName, String format, Integer pages, String kind, IngestStatus status,
    String refusalReason, String refusalDetail, List<String> warnings, String extractorVersion, byte[] content,
    Set<ModelGap> modelGaps, SelfCheck check, Ocr ocr) {
  public DocumentRecord {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
    warnings = List.copyOf(warnings);
    modelGaps = modelGaps.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(modelGaps));
  }

  /** A document read without OCR. */
  public DocumentRecord(
      String sha256, String path, String fileName, String format, Integer pages, String kind, IngestStatus status,
      String refusalReason, String refusalDetail, List<String> warnings, String extractorVersion, byte[] content,
      Set<ModelGap> modelGaps, SelfCheck check) {
    this(sha256, path, fileName, format, pages, kind, status, refusalReason, refusalDetail, warnings, extractorVersion, content,
        modelGaps, check, null);
  }

  /** A document without a self-check. */
  public DocumentRecord(
      String sha256, String path, String fileName, String format, Integer pages, String kind, IngestStatus status,
      String refusalReason, String refusalDetail, List<String> warnings, String extractorVersion, byte[] content,
      Set<ModelGap> modelGaps) {
    this(sha256, path, fileName, format, pages, kind, status, refusalReason, refusalDetail, warnings, extractorVersion, content,
        modelGaps, null);
  }

  /** A document whose reading lacked no model (or needed none: a refused one). */
  public DocumentRecord(
      String sha256, String path, String fileName, String format, Integer pages, String kind, IngestStatus status,
      String refusalReason, String refusalDetail, List<String> warnings, String extractorVersion, byte[] content) {
    this(sha256, path, fileName, format, pages, kind, status, refusalReason, refusalDetail, warnings, extractorVersion, content,
        Set.of(), null);
  }
}
