package org.minutebook.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.rules.DecisionOpening;
import org.minutebook.ingest.label.rules.Sentences;

/**
 * Consecutive rows of text forming one paragraph, in order; may cross a page break. Its text is
 * joined once: the extractors ask for it many times (a profile of realworld showed the joining
 * and collapsing of the same rows as a tenth of the whole parse).
 */
final class Paragraph {
  private final List<LabelledRow> rows;
  private final String text;

  Paragraph(List<LabelledRow> rows) {
    this.rows = List.copyOf(rows);
    this.text = join(this.rows);
  }

  List<LabelledRow> rows() {
    return rows;
  }

  /** The rows' text, joined as {@link #join} does. */
  String text() {
    return text;
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

  /**
   * Every run of whitespace ({@code \\s}: space, tab, line breaks, form feed) as one space, and
   * the ends stripped. Text that needs neither comes back as it is, without a copy.
   */
  static String collapse(String s) {
    int n = s.length();
    if (n == 0 || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))) {
      return rebuild(s);
    }
    for (int i = 1; i < n - 1; i++) {
      char c = s.charAt(i);
      if (space(c) && (c != ' ' || space(s.charAt(i + 1)))) {
        return rebuild(s);
      }
    }
    return s;
  }

  private static String rebuild(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (space(c)) {
        inRun = true;
        continue;
      }
      if (inRun) {
        sb.append(' ');
        inRun = false;
      }
      sb.append(c);
    }
    if (inRun) {
      sb.append(' ');
    }
    return sb.toString().strip();
  }

  /** The characters of the regex class {@code \\s} (without UNICODE_CHARACTER_CLASS). */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
