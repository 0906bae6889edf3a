package org.minutebook.ingest.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minutebook.ingest.label.LabelledLayout;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.rules.AttendanceLabel;
import org.minutebook.ingest.label.rules.ClosingLine;
import org.minutebook.ingest.label.rules.DecisionOpening;
import org.minutebook.ingest.label.rules.ItemNumber;
import org.minutebook.ingest.label.rules.MinutesHeading;

/**
 * Finds the minutes in a document, which may be a pack of several documents (agenda, minutes,
 * reports) or hold more than one meeting.
 *
 * <p>Contract: a pure function of the {@link LabelledLayout}; returns the spans in order, possibly none
 * (then the document is not minutes). A span starts at a minutes heading ("Minutes of the meeting
 * held ...", "MINUTES of a meeting of ..."), with the heading lines above it on the same page, and
 * ends at "The meeting ended at ..." and the signature lines after it, at the next minutes
 * heading, or where the running header of the minutes' pages stops.
 */
public final class MinutesLocator {
  public List<Span> locate(LabelledLayout layout) {
    List<LabelledRow> rows = layout.rows();
    List<Integer> markers = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).labels().minutesHeading()) {
        // a marker must be followed (soon) by an attendance list or a numbered item; one with an
        // agenda reference below it is an item's heading ("Minutes of the meeting held on ..." / "(Item 3)")
        boolean heading = i + 1 < rows.size() && rows.get(i + 1).labels().reference() != null;
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

  /** The rows that open an attendance list with "PRESENT", each the start of a set of minutes. */
  private static List<Integer> anchors(List<LabelledRow> rows) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      LabelledRow r = rows.get(i);
      if (r.paragraphStart() && r.number() == null && AttendanceLabel.presentHeading(r.text())) {
        out.add(i);
      }
    }
    return out;
  }

  /** Heading lines just above the marker on the same page (the body's name) belong to the minutes. */
  private static int headingStart(List<LabelledRow> rows, int marker, int floor) {
    int start = marker;
    int page = rows.get(marker).page();
    while (start - 1 >= floor && marker - (start - 1) <= 3) {
      LabelledRow above = rows.get(start - 1);
      if (above.page() != page || above.number() != null || !isHeading(above) || numberedHeading(above)) {
        break;
      }
      start--;
    }
    return start;
  }

  /** A line opening with an item number and a capitalised heading or sentence: "1. APOLOGIES", "2 Minutes of ...". */
  private static boolean numberedHeading(LabelledRow row) {
    ItemNumber.Leading leading = row.labels().leading();
    return leading != null && leading.opensCapitalised();
  }

  private static boolean isHeading(LabelledRow row) {
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

  private static boolean followedByMinutes(List<LabelledRow> rows, int marker) {
    for (int i = marker + 1; i < Math.min(rows.size(), marker + 60); i++) {
      LabelledRow r = rows.get(i);
      String t = r.text().strip();
      if (r.labels().opensAttendance() || r.number() != null || r.paragraphStart() && numberedHeading(r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a marker only restates the one before it: a lone "Minutes" heading a few lines under
   * "Minutes of Meeting of X", on the same page, with no list or item between them.
   */
  private static boolean restates(List<LabelledRow> rows, List<Integer> markers, int i) {
    if (markers.isEmpty()) {
      return false;
    }
    int previous = markers.get(markers.size() - 1);
    if (i - previous > 8 || rows.get(previous).page() != rows.get(i).page()) {
      return false;
    }
    for (int j = previous + 1; j < i; j++) {
      if (rows.get(j).number() != null || rows.get(j).labels().opensAttendance()) {
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
   * no such title, if they both record attendance and hold numbered items, decisions or the closing line.
   */
  private static boolean looksLikeMinutes(List<LabelledRow> rows) {
    boolean named = false;
    boolean other = false;
    for (int i = 0; i < Math.min(HEAD, rows.size()); i++) {
      String t = rows.get(i).text().strip();
      if (rows.get(i).number() != null || numberedHeading(rows.get(i)) || t.length() > 100) {
        continue; // an item of an agenda ("3. Minutes of the last meeting"), or running text
      }
      // the document is what the first line naming it says: an agenda may tell how many minutes a speaker has
      if (!named && !other) {
        named = MinutesHeading.namesMinutes(t);
        other = !named && DocumentClassifier.namesAgendaOrNotice(t);
      }
    }
    if (other && !named) {
      return false;
    }
    boolean present = false;
    int numbered = 0;
    boolean decided = false;
    boolean closed = false;
    for (LabelledRow r : rows) {
      present |= r.labels().opensAttendance();
      closed |= r.labels().closing();
      numbered += r.number() != null || r.paragraphStart() && numberedHeading(r) ? 1 : 0;
      decided |= DecisionOpening.recordsOutcome(r.text().strip());
    }
    if (named) {
      return present || numbered >= 2 || decided;
    }
    // a meeting whose attendance is recorded and whose close is minuted ("Meeting ended at 3:20 PM")
    return present && (numbered >= 2 || decided || closed) || decided && numbered >= 2;
  }

  private static int end(LabelledLayout layout, int marker, int limit) {
    List<LabelledRow> rows = layout.rows();
    for (int i = marker + 1; i < limit; i++) {
      if (rows.get(i).labels().closing() && !resumes(rows, i, limit)) {
        int end = i + 1;
        int page = rows.get(i).page();
        while (end < limit && rows.get(end).page() == page && end - i <= 4
            && rows.get(end).labels().signature()) {
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
  private static boolean resumes(List<LabelledRow> rows, int i, int limit) {
    if (!rows.get(i).text().toLowerCase(Locale.ROOT).contains("adjourn")) {
      return false;
    }
    for (int j = i; j < limit; j++) {
      if (ClosingLine.resumes(rows.get(j).text())) {
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
