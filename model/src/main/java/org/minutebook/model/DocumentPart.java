package org.minutebook.model;

import java.util.Objects;

/**
 * One document inside a file: a pack holds several (an agenda, the last meeting's minutes, then
 * reports); a file of minutes alone is one.
 *
 * @param kind what it is
 * @param firstPage its first page in the file (1-based), or null for formats without pages
 * @param lastPage its last page, or null
 * @param title its title as printed ("Title: ..." or "Subject: ..." of a report, the minutes'
 *     heading), or null when it prints none
 * @param firstLine the first line printed, to recognise it by
 * @param reportNumber the report's number ("Report No. ABC19042"), or null
 * @param text its text, paragraphs separated by blank lines, for searching
 */
public record DocumentPart(DocumentKind kind, Integer firstPage, Integer lastPage, String title, String firstLine,
    String reportNumber, String text) {
  public DocumentPart {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
