package org.minutebook.ingest.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.minutebook.ingest.layout.Layout;
import org.minutebook.ingest.layout.Row;

/**
 * Finds the minutes in a document, which may be a pack of several documents (agenda, minutes,
 * reports) or hold more than one meeting.
 *
 * <p>Contract: a pure function of the {@link Layout}; returns the spans in order, possibly none
 * (then the document is not minutes). A span starts at a minutes heading ("Minutes of the meeting
 * held ...", "MINUTES of a meeting of ..."), with the heading lines above it on the same page, and
 * ends at "The meeting ended at ..." and the signature lines after it, at the next minutes
 * heading, or where the running header of the minutes' pages stops.
 */
public final class MinutesLocator {
  static final Pattern MARKER = Pattern.compile(
      "(?i)^(draft\\s+|unconfirmed\\s+|confirmed\\s+)?minutes\\b(\\s+(of|for)\\b.*(meeting|held|session).*|$|\\s+of\\s+the\\s+\\d+.*)");
  static final Pattern END = Pattern.compile(
      "(?i)\\b(meeting|proceedings|session)\\s+(ended|closed|concluded|finished|terminated|adjourned|rose)\\b"
          + "|^(the\\s+)?meeting\\s+(closed|ended)|^meeting\\s+(closed|ended)");
  private static final Pattern SIGNATURE = Pattern.compile(
      "(?i)^(signed|chair(man|person|woman)?|vice[- ]chair(man)?|date|dated|\\.{3,}|_{3,}|[-–.…_ ]*|signed\\s*[.:_…]*.*|chair(man)?\\s*[.:_…]+.*|date\\s*[.:_…]+.*)$");
  /** "Minutes of the meeting held on ... were agreed as a correct record": narrative, not a heading. */
  private static final Pattern NARRATIVE = Pattern.compile("(?i).*\\b(correct record|were|was|be|been)\\b.*");
  /**
   * An attendance list's label however it is printed: "Present:", "Board Members Present were:",
   * "Commissioners Present:", "Members present", "In attendance", "Attendees", "Roll call", the
   * Welsh "Presennol".
   */
  static final Pattern ATTENDANCE = Pattern.compile(
      "(?i)^\\W{0,3}\\s*((\\p{L}+\\s+){0,3}(present|presennol)\\b|in attendance\\b|attendees?\\b|attendance\\b|(call\\s+to\\s+order\\s+and\\s+)?roll\\s+call\\b|apologies\\b).*");
  /** A heading naming the document as minutes: "MEETING MINUTES", "Action Minutes", "Minutes from ...", "Cofnodion". */
  private static final Pattern MINUTES_WORD = Pattern.compile("(?i).*\\b(minutes|cofnodion)\\b.*");
  /** An item numbered at the start of its line: "1. APOLOGIES FOR ABSENCE", "2 Minutes of ...". */
  private static final Pattern INLINE_NUMBER = Pattern.compile("^\\(?\\d{1,3}[a-z]?[.):]?\\s+\\p{Lu}.*");

  public List<Span> locate(Layout layout) {
    List<Row> rows = layout.rows();
    List<Integer> markers = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String t = rows.get(i).text().strip();
      if (MARKER.matcher(t).matches() && !t.toLowerCase(Locale.ROOT).contains("previous")
          && !NARRATIVE.matcher(t).matches()
          && !t.toLowerCase(Locale.ROOT).matches(".*minutes of (the )?(last|previous).*") && rows.get(i).number() == null) {
        // a marker must be followed (soon) by an attendance list or a numbered item; one with an
        // agenda reference below it is an item's heading ("Minutes of the meeting held on ..." / "(Item 3)")
        boolean heading = i + 1 < rows.size() && rows.get(i + 1).text().strip().matches("(?i)[(\\[]\\s*(agenda\\s+)?item\\s+\\d+[a-z]?\\s*[)\\]]");
        if (!heading && followedByMinutes(rows, i) && !restates(rows, markers, i)) {
          markers.add(i);
        }
      }
    }
    List<Span> spans = new ArrayList<>();
    if (markers.isEmpty()) {
      List<Integer> anchors = anchors(rows);
      boolean later = !anchors.isEmpty() && rows.get(anchors.get(0)).page() > rows.get(0).page();
      if ((later || anchors.size() >= 2) && looksLikeMinutes(rows.subList(anchors.get(0), rows.size()))) {
        // a pack (an agenda, then minutes) or several meetings without a minutes heading: each
        // set of minutes starts at the heading above its PRESENT list
        markers.addAll(anchors);
      } else {
        if (looksLikeMinutes(rows)) {
          spans.add(new Span(0, rows.size(), -1));
        }
        return spans;
      }
    }
    for (int m = 0; m < markers.size(); m++) {
      int marker = markers.get(m);
      int previousEnd = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).end();
      int start = headingStart(rows, marker, previousEnd);
      int limit = m + 1 < markers.size() ? headingStart(rows, markers.get(m + 1), marker + 1) : rows.size();
      int end = end(layout, marker, limit);
      spans.add(new Span(start, end, marker));
    }
    return spans;
  }

  /** A PRESENT list's label, as a heading ("PRESENT:", "Present" alone), at the start of a paragraph. */
  private static final Pattern PRESENT_LABEL = Pattern.compile("^(PRESENT|Present)\\s*(:.*|$)");

  /** The rows that open an attendance list with "PRESENT", each the start of a set of minutes. */
  private static List<Integer> anchors(List<Row> rows) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.paragraphStart() && r.number() == null && PRESENT_LABEL.matcher(r.text().strip()).matches()) {
        out.add(i);
      }
    }
    return out;
  }

  /** Heading lines just above the marker on the same page (the body's name) belong to the minutes. */
  private static int headingStart(List<Row> rows, int marker, int floor) {
    int start = marker;
    int page = rows.get(marker).page();
    while (start - 1 >= floor && marker - (start - 1) <= 3) {
      Row above = rows.get(start - 1);
      if (above.page() != page || above.number() != null || !isHeading(above) || INLINE_NUMBER.matcher(above.text().strip()).matches()) {
        break;
      }
      start--;
    }
    return start;
  }

  private static boolean isHeading(Row row) {
    String t = row.text().strip();
    return !t.isEmpty() && t.length() < 120 && (row.bold() || t.equals(t.toUpperCase(Locale.ROOT)) || titled(t));
  }

  /** A short line of capitalised words ("Riverside Parish Council"), as a body's name is printed. */
  private static boolean titled(String t) {
    if (t.length() > 80 || !t.matches("[\\p{L}&'’ -]+")) {
      return false;
    }
    for (String w : t.split("\\s+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !w.matches("and|of|the|for|on|upon|cum|in|de|y")) {
        return false;
      }
    }
    return true;
  }

  private static boolean followedByMinutes(List<Row> rows, int marker) {
    for (int i = marker + 1; i < Math.min(rows.size(), marker + 60); i++) {
      Row r = rows.get(i);
      String t = r.text().strip();
      if (ATTENDANCE.matcher(t).matches() || r.number() != null || r.paragraphStart() && INLINE_NUMBER.matcher(t).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a marker only restates the one before it: a lone "Minutes" heading a few lines under
   * "Minutes of Meeting of X", on the same page, with no list or item between them.
   */
  private static boolean restates(List<Row> rows, List<Integer> markers, int i) {
    if (markers.isEmpty()) {
      return false;
    }
    int previous = markers.get(markers.size() - 1);
    if (i - previous > 8 || rows.get(previous).page() != rows.get(i).page()) {
      return false;
    }
    for (int j = previous + 1; j < i; j++) {
      if (rows.get(j).number() != null || ATTENDANCE.matcher(rows.get(j).text().strip()).matches()) {
        return false;
      }
    }
    return true;
  }

  /** How many heading rows at the top of a document name what it is. */
  private static final int HEAD = 15;

  /**
   * Without a "Minutes of the meeting" heading: minutes if the document's head calls them minutes
   * (and not an agenda or notice) and they record attendance, numbered items or decisions; or, with
   * no such title, if they both record attendance and hold numbered items or decisions.
   */
  private static boolean looksLikeMinutes(List<Row> rows) {
    boolean named = false;
    boolean other = false;
    for (int i = 0; i < Math.min(HEAD, rows.size()); i++) {
      String t = rows.get(i).text().strip();
      if (rows.get(i).number() != null || INLINE_NUMBER.matcher(t).matches() || t.length() > 100) {
        continue; // an item of an agenda ("3. Minutes of the last meeting"), or running text
      }
      if (MINUTES_WORD.matcher(t).matches() && !t.toLowerCase(Locale.ROOT).matches(".*(previous|last)\\s+(meeting|minutes).*")) {
        named = true;
      }
      other |= DocumentClassifier.namesAgendaOrNotice(t);
    }
    if (other && !named) {
      return false;
    }
    boolean present = false;
    int numbered = 0;
    boolean decided = false;
    for (Row r : rows) {
      String t = r.text().strip();
      present |= ATTENDANCE.matcher(t).matches();
      numbered += r.number() != null || r.paragraphStart() && INLINE_NUMBER.matcher(t).matches() ? 1 : 0;
      decided |= t.matches("^(\\S+\\s+)?(It was\\s+)?(RESOLVED|AGREED|APPROVED|CARRIED)\\b.*|(?i)^(\\W\\s*)?(result|motion|moved|resolution)\\b.*");
    }
    if (named) {
      return present || numbered >= 2 || decided;
    }
    return present && (numbered >= 2 || decided) || decided && numbered >= 2;
  }

  private static int end(Layout layout, int marker, int limit) {
    List<Row> rows = layout.rows();
    for (int i = marker + 1; i < limit; i++) {
      if (END.matcher(rows.get(i).text()).find() && rows.get(i).text().length() < 160 && !resumes(rows, i, limit)) {
        int end = i + 1;
        int page = rows.get(i).page();
        while (end < limit && rows.get(end).page() == page && end - i <= 4
            && SIGNATURE.matcher(rows.get(end).text().strip()).matches()) {
          end++;
        }
        return end;
      }
    }
    // no closing line: the minutes run while their pages carry the first page's running header
    int firstPage = rows.get(marker).page();
    List<String> header = normalise(layout.furnitureOf(firstPage));
    if (header.isEmpty()) {
      return limit;
    }
    for (int i = marker + 1; i < limit; i++) {
      int page = rows.get(i).page();
      if (page != rows.get(i - 1).page() && !normalise(layout.furnitureOf(page)).containsAll(header)) {
        return i;
      }
    }
    return limit;
  }

  /** Whether a meeting that adjourned at row i reconvened later ("The meeting reconvened at 20:27"). */
  private static boolean resumes(List<Row> rows, int i, int limit) {
    if (!rows.get(i).text().toLowerCase(Locale.ROOT).contains("adjourn")) {
      return false;
    }
    for (int j = i; j < limit; j++) {
      if (rows.get(j).text().matches("(?i).*\\b(reconvened|resumed|reassembled)\\b.*")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> normalise(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      String k = l.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").strip();
      if (!k.matches("[#\\s]*|page\\s*#.*")) {
        out.add(k);
      }
    }
    return out;
  }
}
