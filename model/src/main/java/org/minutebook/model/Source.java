package org.minutebook.model;

import java.util.Objects;

/**
 * The file a meeting was read from.
 *
 * @param file the file name (no folders)
 * @param sha256 hex SHA-256 of the file's bytes: the document's identity in the archive
 * @param pages pages in the file, or null for formats without pages
 * @param firstPage first page of the minutes within the file (1-based), or null
 * @param lastPage last page of the minutes within the file, or null
 * @param ocr how much of the file was read by OCR, or null when none of it was
 */
public record Source(String file, String sha256, Integer pages, Integer firstPage, Integer lastPage, Ocr ocr) {
  public Source {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** A source read from its text layer alone. */
  public Source(String file, String sha256, Integer pages, Integer firstPage, Integer lastPage) {
    this(file, sha256, pages, firstPage, lastPage, null);
  }

  /** The same source narrowed to the pages of one document inside it. */
  public Source withPages(Integer first, Integer last) {
    return new Source(file, sha256, pages, first, last, ocr);
  }
}
