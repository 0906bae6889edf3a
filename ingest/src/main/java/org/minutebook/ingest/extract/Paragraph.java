package org.minutebook.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.rules.DecisionOpening;
import org.minutebook.ingest.label.rules.Sentences;

/** Consecutive rows of text forming one paragraph, in order; may cross a page break. */
record Paragraph(List<LabelledRow> rows) {
  Paragraph {
    rows = List.copyOf(rows);
  }

  String text() {
    return join(rows);
  }

  int page() {
    return rows.get(0).page();
  }

  /**
   * Rows grouped into paragraphs at their paragraph starts; rows without text are skipped. A line
   * that opens a formal decision ("RESOLVED that ...") after a line that finished its sentence
   * starts a paragraph too: minutes that separate paragraphs by line breaks alone show no gap
   * before it, and the line above may have been full.
   */
  static List<Paragraph> of(List<LabelledRow> rows) {
    List<Paragraph> out = new ArrayList<>();
    List<LabelledRow> current = new ArrayList<>();
    for (LabelledRow row : rows) {
      if (!row.hasText()) {
        continue;
      }
      String before = current.isEmpty() ? "" : current.get(current.size() - 1).text().strip();
      // after a finished sentence, or after a heading-like line (a list entry, a sub-heading) that
      // does not lead into the decision's words ("It was" | "RESOLVED that ...")
      DecisionOpening decision = row.labels().decision();
      boolean opensDecision = !current.isEmpty() && decision != null
          && (Sentences.finished(before) || decision.keywordFirst() && !DecisionOpening.ledInto(before));
      if ((row.paragraphStart() || opensDecision) && !current.isEmpty()) {
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

  /**
   * The rows holding any of the characters [from, to) of {@link #text()}, in order. Offsets are
   * those of the joined text, which collapses nothing inside a row (a row's words are joined by
   * single spaces).
   */
  List<LabelledRow> rowsBetween(int from, int to) {
    List<LabelledRow> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (LabelledRow row : rows) {
      int start = append(sb, row.text().strip());
      if (start < 0) {
        continue;
      }
      if (start < to && sb.length() > from) {
        out.add(row);
      }
    }
    return out;
  }

  /** Lines joined with one space; a line ending in a hyphen after a letter joins without one. */
  static String join(List<LabelledRow> rows) {
    StringBuilder sb = new StringBuilder();
    for (LabelledRow row : rows) {
      append(sb, row.text().strip());
    }
    return collapse(sb.toString());
  }

  /** Appends one line as {@link #join} does; returns where its text starts, or -1 for an empty line. */
  private static int append(StringBuilder sb, String t) {
    if (t.isEmpty()) {
      return -1;
    }
    int n = sb.length();
    boolean hyphen = n > 1 && (sb.charAt(n - 1) == '-' || sb.charAt(n - 1) == '‐') && Character.isLetter(sb.charAt(n - 2));
    if (n > 0 && !hyphen) {
      sb.append(' ');
    }
    sb.append(t);
    return sb.length() - t.length();
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  static String collapse(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}
