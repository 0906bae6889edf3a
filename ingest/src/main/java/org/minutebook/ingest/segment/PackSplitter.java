package org.minutebook.ingest.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.minutebook.ingest.dates.CalendarWords;
import org.minutebook.ingest.label.LabelledLayout;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.Labels;
import org.minutebook.model.DocumentKind;

/**
 * Splits a file into the documents it holds. An agenda pack prints an agenda, the last meeting's
 * minutes, then the reports, one after another; a file of minutes alone is one document.
 *
 * <p>A document starts:
 *
 * <ul>
 *   <li>at the first row of the file;
 *   <li>where a set of minutes starts ({@link MinutesLocator}'s spans), and after it ends, when
 *       anything follows on a later page;
 *   <li>at a report's head: "Report No. ...", or a cluster of head fields ("Author:",
 *       "Subject:", "Date Report Filed:", "Decision Maker:") with the heading lines above it;
 *   <li>at the top of a page whose first line is a heading followed by a line that is only a
 *       date ("Riverside Partnership Annual Update" / "March 2019").
 * </ul>
 *
 * <p>Contract: a pure function of the {@link LabelledLayout} and the minutes spans; the parts it returns
 * cover every row once, in order.
 */
public final class PackSplitter {
  /**
   * One document inside the file: rows [start, end) of the layout.
   *
   * @param kind what it is
   * @param minutes the index of its minutes span, or -1 when it is not minutes
   */
  public record Part(int start, int end, DocumentKind kind, int minutes) {}

  private static final Pattern DATE_LINE = Pattern.compile(
      "(?i)^((\\d{1,2}(st|nd|rd|th)?\\s+)?(" + CalendarWords.ANY_MONTH + "\\.?)"
          + ",?\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})$");
  /** How many rows after a document's start still belong to its head, where fields start nothing new. */
  private static final int HEAD_ROWS = 14;
  /** How many rows a cluster of head fields may span. */
  private static final int CLUSTER = 5;

  /** What a start opens, where it is not a set of minutes (minutes are marked by their span's index). */
  private static final int ANOTHER_DOCUMENT = -1;
  private static final int A_REPORT = -2;

  private final DocumentClassifier classifier = new DocumentClassifier();

  public List<Part> split(LabelledLayout layout, List<Span> minutes) {
    List<LabelledRow> rows = layout.rows();
    if (rows.isEmpty()) {
      return List.of();
    }
    // start row -> the index of the minutes span it opens, ANOTHER_DOCUMENT or A_REPORT
    TreeMap<Integer, Integer> starts = new TreeMap<>();
    starts.put(0, ANOTHER_DOCUMENT);
    for (int s = 0; s < minutes.size(); s++) {
      Span span = minutes.get(s);
      starts.put(span.start(), s);
      if (span.end() < rows.size() && rows.get(span.end()).page() != rows.get(span.end() - 1).page()) {
        starts.putIfAbsent(span.end(), ANOTHER_DOCUMENT);
      }
    }
    int lastStart = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (inside(minutes, i)) {
        lastStart = i;
        continue;
      }
      if (starts.containsKey(i)) {
        lastStart = i;
        continue;
      }
      if (i - lastStart <= HEAD_ROWS && rows.get(i).page() == rows.get(lastStart).page()) {
        continue; // still the head of the document that started at lastStart
      }
      int start = reportStart(rows, i, lastStart);
      if (start >= 0) {
        starts.put(start, A_REPORT);
        lastStart = start;
      }
    }
    List<Part> parts = new ArrayList<>();
    List<Integer> at = new ArrayList<>(starts.keySet());
    for (int k = 0; k < at.size(); k++) {
      int start = at.get(k);
      int end = k + 1 < at.size() ? at.get(k + 1) : rows.size();
      if (start >= end) {
        continue;
      }
      int span = starts.get(start);
      DocumentKind kind = span >= 0 ? DocumentKind.MINUTES
          : span == A_REPORT ? DocumentKind.REPORT
          : classifier.classify(rows.subList(start, end));
      parts.add(new Part(start, end, kind, span >= 0 ? span : -1));
    }
    return mergeHeads(parts, rows);
  }

  /**
   * A part of no known kind that lies on the page where minutes start is their head (a header
   * table above the minutes heading), not a document of its own.
   */
  private static List<Part> mergeHeads(List<Part> parts, List<LabelledRow> rows) {
    List<Part> out = new ArrayList<>();
    for (int k = 0; k < parts.size(); k++) {
      Part p = parts.get(k);
      if (p.kind() == DocumentKind.OTHER && k + 1 < parts.size() && parts.get(k + 1).kind() == DocumentKind.MINUTES
          && rows.get(p.start()).page() == rows.get(parts.get(k + 1).start()).page()) {
        Part next = parts.get(++k);
        out.add(new Part(p.start(), next.end(), next.kind(), next.minutes()));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean inside(List<Span> minutes, int row) {
    for (Span s : minutes) {
      if (row >= s.start() && row < s.end()) {
        return true;
      }
    }
    return false;
  }

  /** Where a report starting at or just above row i starts, or -1 when none starts there. */
  private static int reportStart(List<LabelledRow> rows, int i, int floor) {
    LabelledRow row = rows.get(i);
    String t = row.text().strip();
    boolean pageTop = i > 0 && rows.get(i - 1).page() != row.page();
    if (row.labels().field() == Labels.Field.REPORT_NUMBER && row.number() == null) {
      return pageTop ? i : headingAbove(rows, i, floor);
    }
    if (fieldCluster(rows, i)) {
      return headingAbove(rows, i, floor);
    }
    if (pageTop && headingLike(row) && datedBelow(rows, i) && !repeats(rows, i, floor)) {
      return i;
    }
    return -1;
  }

  /**
   * Whether row i opens a cluster of a report's head fields: at least two fields within a few rows,
   * one of them only a report's head prints, and row i the first of them.
   */
  private static boolean fieldCluster(List<LabelledRow> rows, int i) {
    if (!isField(rows.get(i)) || i > 0 && isField(rows.get(i - 1)) && rows.get(i - 1).page() == rows.get(i).page()) {
      return false;
    }
    int fields = 0;
    boolean strong = false;
    for (int j = i; j < Math.min(rows.size(), i + CLUSTER); j++) {
      if (isField(rows.get(j))) {
        fields++;
        strong |= rows.get(j).labels().field() == Labels.Field.STRONG;
      }
    }
    return fields >= 2 && strong;
  }

  private static boolean isField(LabelledRow row) {
    return row.number() == null && row.labels().field() != null;
  }

  /** The first of up to three heading lines directly above row i on its page, or i. */
  private static int headingAbove(List<LabelledRow> rows, int i, int floor) {
    int start = i;
    while (start - 1 > floor && i - (start - 1) <= 3) {
      LabelledRow above = rows.get(start - 1);
      if (above.page() != rows.get(i).page() || !headingLike(above)) {
        break;
      }
      start--;
    }
    return start;
  }

  /** Whether row i repeats a line of the head of the document that started at floor: it continues it. */
  private static boolean repeats(List<LabelledRow> rows, int i, int floor) {
    String t = rows.get(i).text().strip();
    for (int j = floor; j < Math.min(i, floor + HEAD_ROWS * 2); j++) {
      if (rows.get(j).text().strip().equalsIgnoreCase(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line is only a date: "March 2019", "4th March 2019", "04/03/2019". */
  public static boolean isDateLine(String text) {
    return DATE_LINE.matcher(text.strip()).matches();
  }

  /** Whether one of the two rows below row i, on its page, is only a date ("March 2019"). */
  private static boolean datedBelow(List<LabelledRow> rows, int i) {
    for (int j = i + 1; j < Math.min(rows.size(), i + 3); j++) {
      if (rows.get(j).page() != rows.get(i).page()) {
        return false;
      }
      if (isDateLine(rows.get(j).text())) {
        return true;
      }
    }
    return false;
  }

  /** A line set as a heading: short, opening with a capital, not ending a sentence or a clause. */
  public static boolean headingLike(LabelledRow row) {
    String t = row.text().strip();
    if (t.isEmpty() || t.length() > 120 || row.number() != null || !Character.isUpperCase(t.codePointAt(0))) {
      return false;
    }
    return !t.matches(".*[.,;:]$") && t.split("\\s+").length <= 16 && !t.toLowerCase(Locale.ROOT).startsWith("minute ");
  }
}
