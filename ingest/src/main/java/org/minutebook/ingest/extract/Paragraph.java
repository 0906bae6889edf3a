package org.minutebook.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.minutebook.ingest.layout.Row;

/** Consecutive rows of text forming one paragraph, in order; may cross a page break. */
record Paragraph(List<Row> rows) {
  Paragraph {
    rows = List.copyOf(rows);
  }

  String text() {
    return join(rows);
  }

  int page() {
    return rows.get(0).page();
  }

  /** Rows grouped into paragraphs at their paragraph starts; rows without text are skipped. */
  static List<Paragraph> of(List<Row> rows) {
    List<Paragraph> out = new ArrayList<>();
    List<Row> current = new ArrayList<>();
    for (Row row : rows) {
      if (!row.hasText()) {
        continue;
      }
      if (row.paragraphStart() && !current.isEmpty()) {
        out.add(new Paragraph(current));
        current = new ArrayList<>();
      }
      current.add(row);
    }
    if (!current.isEmpty()) {
      out.add(new Paragraph(current));
    }
    return out;
  }

  /** Lines joined with one space; a line ending in a hyphen after a letter joins without one. */
  static String join(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    for (Row row : rows) {
      String t = row.text().strip();
      if (t.isEmpty()) {
        continue;
      }
      int n = sb.length();
      boolean hyphen = n > 1 && (sb.charAt(n - 1) == '-' || sb.charAt(n - 1) == '‐') && Character.isLetter(sb.charAt(n - 2));
      if (n > 0 && !hyphen) {
        sb.append(' ');
      }
      sb.append(t);
    }
    return collapse(sb.toString());
  }

  static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
