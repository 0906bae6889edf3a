package org.minutebook.ingest.segment;

/**
 * One set of minutes inside a document: rows [start, end) of its {@link
 * org.minutebook.ingest.layout.Layout}.
 *
 * @param start first row (the minutes heading, or the first row of the document)
 * @param end one past the last row
 * @param marker the row that names the meeting ("Minutes of the meeting held ..."), or -1
 */
public record Span(int start, int end, int marker) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
