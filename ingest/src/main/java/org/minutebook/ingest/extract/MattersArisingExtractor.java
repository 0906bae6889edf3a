package org.minutebook.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.rules.DecisionOpening;
import org.minutebook.ingest.label.rules.ItemNumber;
import org.minutebook.ingest.text.Word;
import org.minutebook.model.FollowUp;

/**
 * Reads the table of a matters-arising report: one row per earlier decision, printed as
 *
 * <pre>
 * Minute 42 | 3rd May 2021 | Library Hours | It was resolved that ... | (what has happened since)
 * </pre>
 *
 * <p>and, once the PDF is flattened, as consecutive paragraphs: "Minute 42 3rd May 2021", the
 * title (absent in some rows), the resolution as the report restates it, then the update. The
 * resolution is the first paragraph that opens as a decision ("It was resolved", "RESOLVED",
 * "Agreed"); without one, the first paragraph after the title.
 *
 * <p>Contract: a pure function of the report's rows; returns no rows for any other document.
 */
public final class MattersArisingExtractor {
  private static final Pattern ENTRY = Pattern.compile("(?i)^min(?:ute)?s?\\.?\\s+(?:no\\.?\\s*)?(" + ItemNumber.PLAIN + ")\\b[.:]?\\s*(.*)$");
  private static final Pattern NAMED = Pattern.compile("(?i).*\\bmatters\\s+arising\\b.*");
  /** Who took the decisions the report follows up: "Decision Maker: Riverside Board", "Committee: ...". */
  private static final Pattern BODY_FIELD = Pattern.compile("(?i)^(decision\\s+maker|committee|meeting|board)\\s*:\\s*(\\S.*)$");
  private static final Pattern DATE_FIELD = Pattern.compile("(?i)^(date|meeting\\s+date|date\\s+of\\s+meeting)\\s*:\\s*(\\S.*)$");
  private static final int HEAD = 16;

  /** The words printed on a row, left to right, or none when positions are unknown. */
  @FunctionalInterface
  public interface WordsOf {
    List<Word> of(LabelledRow row);
  }

  /**
   * @param rows the report's rows
   * @param reportedOn the date of the meeting the report is for, when the report's head does not print one
   * @param body the body the report is for, when its head does not name one
   */
  public List<FollowUp> extract(List<LabelledRow> rows, LocalDate reportedOn, String body) {
    return extract(rows, row -> List.of(), reportedOn, body);
  }

  /**
   * As {@link #extract(List, LocalDate, String)}, reading a table whose cells stand side by side
   * (and so share a row's text) by where its words are printed.
   */
  public List<FollowUp> extract(List<LabelledRow> rows, WordsOf words, LocalDate reportedOn, String body) {
    if (!namesItself(rows)) {
      return List.of();
    }
    LocalDate on = reportedOn;
    String who = body;
    for (LabelledRow r : rows.subList(0, Math.min(HEAD, rows.size()))) {
      String t = r.text().strip();
      Matcher b = BODY_FIELD.matcher(t);
      if (b.matches()) {
        who = b.group(2).strip();
      }
      Matcher d = DATE_FIELD.matcher(t);
      if (d.matches()) {
        Optional<DateText.Found> found = DateText.find(d.group(2), 0, null);
        if (found.isPresent() && found.get().date() != null) {
          on = found.get().date();
        }
      }
    }
    List<Integer> entries = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (ENTRY.matcher(entryText(rows.get(i))).matches()) {
        entries.add(i);
      }
    }
    List<FollowUp> out = new ArrayList<>();
    if (entries.isEmpty()) {
      return out;
    }
    TableCells table = TableCells.of(rows.subList(entries.get(0), rows.size()), words::of);
    for (int k = 0; k < entries.size(); k++) {
      int end = k + 1 < entries.size() ? entries.get(k + 1) : rows.size();
      List<LabelledRow> own = rows.subList(entries.get(k), end);
      Integer page = own.get(0).page() > 0 ? own.get(0).page() : null;
      FollowUp f = table == null ? entry(paragraphs(own), page, on, who) : tableEntry(table.cells(own), page, on, who);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * A row of a table printed with its cells side by side: the first cells hold the minute, date
   * and title; the last but one the resolution; the last the update.
   */
  private static FollowUp tableEntry(List<List<String>> cells, Integer page, LocalDate reportedOn, String body) {
    int n = cells.size();
    List<String> head = new ArrayList<>();
    for (List<String> c : cells.subList(0, n - 2)) {
      head.addAll(c);
    }
    Head h = head(head, reportedOn);
    if (h == null) {
      return null;
    }
    String resolution = String.join(" ", cells.get(n - 2)).strip();
    String update = String.join(" ", cells.get(n - 1)).strip();
    if (resolution.isEmpty()) {
      return null;
    }
    return new FollowUp(body, h.minute(), h.date(), h.title(), resolution, update, reportedOn, page);
  }

  /** What a row's first cells say: its minute, date and title, and any paragraphs left over. */
  private record Head(String minute, LocalDate date, String title, List<String> after) {}

  /** Whether the report calls itself one of matters arising, in its head or as a table heading. */
  private static boolean namesItself(List<LabelledRow> rows) {
    for (LabelledRow r : rows) {
      if (NAMED.matcher(r.text()).matches() && r.text().length() < 80) {
        return true;
      }
    }
    return false;
  }

  private static String entryText(LabelledRow r) {
    return r.number() == null ? r.text().strip() : "Minute " + r.number() + " " + r.text().strip();
  }

  private static FollowUp entry(List<String> paragraphs, Integer page, LocalDate reportedOn, String body) {
    Head h = head(paragraphs, reportedOn);
    if (h == null || h.after().isEmpty()) {
      return null;
    }
    List<String> after = h.after();
    int opening = 0;
    for (int i = 0; i < after.size(); i++) {
      if (DecisionOpening.quoted(after.get(i))) {
        opening = i;
        break;
      }
    }
    StringBuilder resolution = new StringBuilder(after.get(opening));
    int next = opening + 1;
    while (next < after.size() - 1 && DecisionOpening.quoted(after.get(next))) {
      resolution.append(' ').append(after.get(next++));
    }
    List<String> update = new ArrayList<>(after.subList(0, opening));
    update.addAll(after.subList(next, after.size()));
    return new FollowUp(body, h.minute(), h.date(), h.title(), resolution.toString().strip(), String.join(" ", update).strip(),
        reportedOn, page);
  }

  private static Head head(List<String> paragraphs, LocalDate reportedOn) {
    if (paragraphs.isEmpty()) {
      return null;
    }
    Matcher m = ENTRY.matcher(paragraphs.get(0));
    if (!m.matches()) {
      return null;
    }
    String minute = m.group(1).toLowerCase(Locale.ROOT);
    String rest = m.group(2).strip();
    List<String> after = new ArrayList<>(paragraphs.subList(1, paragraphs.size()));
    if (rest.isEmpty() && !after.isEmpty()) {
      rest = after.remove(0); // the date (and title) in a cell of their own below "Minute 42"
    }
    LocalDate date = null;
    Optional<DateText.Found> found = DateText.find(rest, 0, null);
    if (found.isPresent() && found.get().start() <= 3) {
      date = found.get().date() != null ? found.get().date() : before(reportedOn, found.get());
      rest = rest.substring(found.get().end()).replaceFirst("^[\\s,.;:–-]+", "").replaceFirst("^\\d{4}\\b\\s*", "").strip();
    }
    int opener = DecisionOpening.quotedAfterTitle(rest);
    if (opener > 0 && titleLike(rest.substring(0, opener).strip())) {
      after.add(0, rest.substring(opener));
      rest = rest.substring(0, opener).strip();
    }
    String title = null;
    if (!rest.isEmpty() && !DecisionOpening.quoted(rest)) {
      title = rest;
    } else if (!rest.isEmpty()) {
      after.add(0, rest);
    }
    if (title == null && !after.isEmpty()) {
      int split = DecisionOpening.quotedAfterTitle(after.get(0));
      if (split > 0 && titleLike(after.get(0).substring(0, split).strip())) {
        title = after.get(0).substring(0, split).strip();
        after.set(0, after.get(0).substring(split));
      } else if (titleLike(after.get(0))) {
        title = after.remove(0);
      }
    }
    return new Head(minute, date, title, after);
  }

  /** A month and day printed without a year: the last such day before the report (a minute precedes it). */
  private static LocalDate before(LocalDate reportedOn, DateText.Found f) {
    if (reportedOn == null || f.month() == 0) {
      return null;
    }
    for (int year = reportedOn.getYear(); year >= reportedOn.getYear() - 1; year--) {
      try {
        LocalDate d = LocalDate.of(year, f.month(), f.day());
        if (d.isBefore(reportedOn)) {
          return d;
        }
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  /** A short line that names an item ("Library Hours"), not a sentence. */
  private static boolean titleLike(String p) {
    return !DecisionOpening.quoted(p) && p.split("\\s+").length <= 12 && !p.matches(".*[.;:]$");
  }

  /** The rows' text as paragraphs, lines joined with single spaces. */
  private static List<String> paragraphs(List<LabelledRow> rows) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder(entryText(rows.get(0)));
    for (LabelledRow r : rows.subList(1, rows.size())) {
      if (!r.hasText()) {
        continue;
      }
      if (r.paragraphStart() || r.number() != null) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
      current.append(current.length() == 0 ? "" : " ").append(r.text().strip());
    }
    if (current.length() > 0) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
