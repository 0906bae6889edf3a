package org.minutebook.ingest.text;

import java.util.List;
import java.util.Objects;
import org.minutebook.model.Ocr;

/**
 * A file read into positioned text: what every later stage works on.
 *
 * @param fileName the file's name without folders
 * @param sha256 hex SHA-256 of the file's bytes
 * @param format what the file was
 * @param pages its pages; a web page is read as one page
 * @param ocr how much of it OCR read, or null when none of it
 */
public record TextDocument(String fileName, String sha256, Format format, List<Page> pages, Ocr ocr) {
  /** The formats minutebook reads. */
  public enum Format {
    PDF,
    HTML
  }

  public TextDocument {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(format, "format");
    pages = List.copyOf(pages);
  }

  /** A document read from its text alone. */
  public TextDocument(String fileName, String sha256, Format format, List<Page> pages) {
    this(fileName, sha256, format, pages, null);
  }
}
