package org.minutebook.ingest.extract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.rules.ClosingLine;
import org.minutebook.ingest.label.rules.MinutesHeading;
import org.minutebook.ingest.label.rules.NextMeeting;
import org.minutebook.model.Item;

/**
 * Reads a meeting's facts: the body (from the heading above "Minutes of the meeting ...", or
 * "meeting of the X held ..."), the date and start time (from that heading line), the venue where
 * printed ("held at/in X on ...", "Venue: X"), the end time ("The meeting ended at 11.40 am",
 * "Noon"), and the next meeting (a date after the meeting's, a missing year resolved against it).
 */
public final class MeetingFactsExtractor {
  private static final Pattern MEETING_OF = Pattern.compile(
      "(?i)\\bmeeting\\s+of\\s+(?:the\\s+)?(.+?)\\s+(?:held|which\\s+took\\s+place|on\\s|at\\s)");
  private static final Pattern VENUE = Pattern.compile(
      "(?i)\\b(?:held|convened|took\\s+place)\\s+(?:at|in)\\s+(?:the\\s+)?(?!\\d{1,2}[.:]\\d{2}|\\d{1,2}\\s*[ap]\\.?m)(.+?)(?:,?\\s+on\\s+|,?\\s+at\\s+\\d|,?\\s+commencing|\\s*$)");
  private static final Pattern VENUE_LABEL = Pattern.compile("(?i)^(?:venue|location|place)\\s*:\\s*(.+)$");
  /** "Planning Committee - 3 May 2021", with a hyphen or a dash. */
  private static final Pattern DASH = Pattern.compile("\\s[-\u2013\u2014]\\s");
  /** How many lines at most the heading of minutes takes. */
  private static final int HEADING_ROWS = 20;
  private static final Set<String> JOINING = Set.of("cum", "upon", "on", "in", "under", "le", "by", "the", "de", "en", "sur", "super", "next", "with", "juxta", "y");
  private static final Set<String> SMALL = Set.of("and", "of", "the", "for", "in", "on", "at", "to", "a", "an", "with");

  public MeetingFacts extract(List<LabelledRow> front, List<Item> items, List<LabelledRow> closing, List<String> furniture) {
    // the heading: the front matter's first lines, up to the attendance lists, on its first page
    List<LabelledRow> heading = new ArrayList<>();
    for (LabelledRow r : front) {
      if (r.labels().opensAttendance() || r.page() != front.get(0).page() || heading.size() >= HEADING_ROWS) {
        break;
      }
      heading.add(r);
    }
    if (heading.isEmpty() && !front.isEmpty()) {
      heading.add(front.get(0));
    }
    List<Paragraph> paragraphs = Paragraph.of(heading);
    // the minutes line: "Minutes of ..." where printed, else any heading naming the minutes
    int markerIndex = -1;
    // a heading naming the minutes, not a sentence of the business about earlier minutes
    for (int i = 0; i < paragraphs.size() && markerIndex < 0; i++) {
      if (MinutesHeading.minutesOf(paragraphs.get(i).text()).find() && !business(paragraphs.get(i).text())) {
        markerIndex = i;
      }
    }
    for (int i = 0; i < paragraphs.size() && markerIndex < 0; i++) {
      if (MinutesHeading.mentionsMinutes(paragraphs.get(i).text()) && !business(paragraphs.get(i).text())) {
        markerIndex = i;
      }
    }
    // date and start: from the minutes line, else from the other heading lines, else the running header
    List<String> sources = new ArrayList<>();
    if (markerIndex >= 0) {
      sources.add(paragraphs.get(markerIndex).text());
    }
    for (Paragraph p : paragraphs) {
      sources.add(p.text());
    }
    sources.addAll(furniture);
    LocalDate date = null;
    LocalTime start = null;
    for (String s : sources) {
      if (date == null) {
        date = DateText.find(s, 0, null).filter(f -> f.yearPrinted()).map(DateText.Found::date).orElse(null);
        if (date != null && start == null) {
          start = startTime(s);
        }
      }
    }
    if (start == null) {
      for (String s : sources) {
        start = startTime(s);
        if (start != null) {
          break;
        }
      }
    }
    String body = body(paragraphs, markerIndex, furniture);
    String venue = venue(paragraphs);
    LocalTime end = end(items, closing.isEmpty() && items.isEmpty() ? front : closing);
    LocalDate next = date == null ? null : next(items, closing, date);
    return new MeetingFacts(body, date, start, end, venue, next);
  }

  /** Whether a paragraph is the meeting's business, sentences too long for a heading ("A motion was made to approve the minutes of ..."). */
  private static boolean business(String paragraph) {
    String t = paragraph.strip();
    return t.length() > 100 && t.endsWith(".") && !MinutesHeading.leads(t);
  }

  private static LocalTime startTime(String s) {
    Matcher at = Pattern.compile("(?i)\\b(?:at|from|commencing|commenced|starting|started|time:?)\\s+").matcher(s);
    while (at.find()) {
      Optional<DateText.FoundTime> t = DateText.time(s, at.end());
      if (t.isPresent() && t.get().start() == at.end()) {
        return t.get().time();
      }
    }
    return DateText.time(s, 0).map(DateText.FoundTime::time).orElse(null);
  }

  private static String body(List<Paragraph> paragraphs, int markerIndex, List<String> furniture) {
    String body = labelled(paragraphs);
    if (body != null) {
      return body.replaceAll("[\\s,:.-]+$", "");
    }
    if (markerIndex > 0) {
      // the heading lines above the minutes line, nearest first, skipping dates and the word "minutes"
      for (int i = markerIndex - 1; i >= 0 && body == null; i--) {
        String t = paragraphs.get(i).text().strip();
        if (!t.isEmpty() && DateText.find(t, 0, null).isEmpty() && !t.equalsIgnoreCase("minutes")) {
          body = t;
        }
      }
    }
    if (body == null && markerIndex >= 0) {
      Matcher m = MEETING_OF.matcher(paragraphs.get(markerIndex).text());
      if (m.find()) {
        body = m.group(1);
      }
    }
    if (body == null) {
      for (Paragraph p : paragraphs) {
        String t = p.text();
        Matcher dash = DASH.matcher(t);
        if (dash.find() && DateText.find(t, dash.start(), null).isPresent()) {
          body = t.substring(0, dash.start());
          break;
        }
      }
    }
    if (body == null && markerIndex >= 0) {
      // the heading printed right above the minutes line with no space between them reads as one
      // paragraph: "KINGSHOLM PARKS PANEL Minutes of the meeting held ..."
      String t = paragraphs.get(markerIndex).text();
      Matcher m = MinutesHeading.minutesOf(t);
      if (m.find() && m.start() > 0) {
        String before = MinutesHeading.withoutStatus(t.substring(0, m.start()));
        if (before.matches(".*\\p{L}{3,}.*") && !before.matches("(?i).*(\\band|&|\\bof|\\bthe)$") && DateText.find(before, 0, null).isEmpty()) {
          body = before;
        }
      }
    }
    if (body == null && markerIndex >= 0) {
      String named = MinutesHeading.bodyNamed(paragraphs.get(markerIndex).text()).orElse(null);
      if (named != null && namesBody(named) && !named.matches("(?i)(meeting|minutes|the)\\b.*")) {
        body = named;
      }
    }
    if (body == null && markerIndex < 0) {
      // no minutes line: the first heading that names something (not a date, time or "Meeting ...")
      for (Paragraph p : paragraphs) {
        for (LabelledRow r : p.rows()) {
          String t = r.text().strip();
          // "RIVERSIDE BOARD   March 3, 2021": the name before a date set on the same line
          Optional<DateText.Found> dated = DateText.find(t, 0, null);
          if (dated.isPresent() && dated.get().start() > 3 && dated.get().end() >= t.length() - 1) {
            t = t.substring(0, dated.get().start()).replaceAll("[\\s,:–—-]+$", "");
          }
          if (body == null && !t.isEmpty() && namesBody(t)
              && !t.matches("(?i)^((regular|special|annual|extraordinary|ordinary|general|monthly)\\s+)?(meeting|minutes)\\b.*")
              && (r.bold() || t.equals(t.toUpperCase(Locale.ROOT)))) {
            // "CRETE TOWNSHIP SPECIAL BOARD MEETING WITH THE X": the body is named before "Meeting"
            body = t.replaceFirst("(?i)(\\S+\\s+\\S+.*?)\\s+meeting\\b.*$", "$1");
          }
        }
      }
    }
    if (body == null) {
      for (String f : furniture) {
        if (namesBody(f)) {
          body = f;
          break;
        }
      }
    }
    if (body == null) {
      return "";
    }
    body = body.replaceAll("(?i)^(draft\\s+)?minutes\\s+(of\\s+)?(the\\s+)?(meeting\\s+of\\s+)?(the\\s+)?", "").strip();
    body = body.replaceAll("(?i)\\s+(minutes|agenda|meeting)$", "").replaceAll("[\\s,:.-]+$", "");
    if (!body.equals(body.toUpperCase(Locale.ROOT))) {
      return body;
    }
    // the running header prints the name as the body spells it, alone or before the date; a
    // heading may name the kind of meeting after the name ("X PARISH COUNCIL PLANNING MEETING")
    String spelt = spelt(body, furniture);
    if (spelt == null) {
      int lastWord = body.lastIndexOf(' ');
      spelt = lastWord > 0 && body.substring(0, lastWord).contains(" ") ? spelt(body.substring(0, lastWord), furniture) : null;
    }
    return spelt != null ? spelt : titleCase(body);
  }

  /** The body's name as a running header line spells it at its start, alone or before other words, or null. */
  private static String spelt(String body, List<String> furniture) {
    for (String f : furniture) {
      String line = f.strip();
      int n = body.length();
      if (line.regionMatches(true, 0, body, 0, n) && (line.length() == n || !Character.isLetterOrDigit(line.charAt(n)))) {
        return line.substring(0, n);
      }
    }
    return null;
  }

  private static final Pattern TITLE_FIELD = Pattern.compile(
      "(?i)^(?:title\\s+of\\s+meeting|name\\s+of\\s+meeting|meeting\\s+title|committee|body)\\s*:?\\s+(\\p{Lu}.*)$");

  /** A header table's "Title of Meeting  X" or "Meeting: X" field. */
  private static String labelled(List<Paragraph> paragraphs) {
    for (Paragraph p : paragraphs) {
      for (LabelledRow r : p.rows()) {
        Matcher m = TITLE_FIELD.matcher(r.text().strip());
        if (m.matches()) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  /**
   * Whether a running header or footer line can be the body's name: words, no date, no page stamp,
   * and not a sentence (footers carry disclaimers such as "All minutes are draft until agreed ...")
   * nor a bracketed stamp such as "(Item 4)".
   */
  private static boolean namesBody(String line) {
    String f = line.strip();
    return f.length() <= 100 && Character.isUpperCase(f.codePointAt(0)) && f.matches(".*\\p{L}{3,}.*")
        && !f.matches("(?i).*\\bpage\\b.*") && !f.matches(".*\\.(\\s.*)?") && DateText.find(f, 0, null).isEmpty();
  }

  static String titleCase(String upper) {
    StringBuilder out = new StringBuilder();
    String[] words = upper.toLowerCase(Locale.ROOT).split(" ");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0) {
        out.append(' ');
      }
      if (i > 0 && SMALL.contains(w)) {
        out.append(w);
      } else if (!w.isEmpty()) {
        // hyphenated place names keep their joining words small: "Ashby-cum-Fenby"
        String[] parts = w.split("-", -1);
        for (int k = 0; k < parts.length; k++) {
          String part = parts[k];
          if (k > 0) {
            out.append('-');
          }
          boolean small = k > 0 && k < parts.length - 1 && JOINING.contains(part);
          out.append(part.isEmpty() || small ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
      }
    }
    return out.toString();
  }

  private static String venue(List<Paragraph> paragraphs) {
    for (Paragraph p : paragraphs) {
      Matcher label = VENUE_LABEL.matcher(p.text().strip());
      if (label.matches()) {
        return label.group(1).strip();
      }
    }
    for (Paragraph p : paragraphs) {
      Matcher m = VENUE.matcher(p.text());
      if (m.find()) {
        String v = m.group(1).strip().replaceAll("[,.]+$", "");
        if (!v.isEmpty() && DateText.time(v, 0).map(t -> t.start() == 0).orElse(false) == false && v.length() < 150) {
          return v.equals(v.toUpperCase(Locale.ROOT)) ? titleCase(v) : v; // "HELD IN THE VILLAGE HALL": Village Hall
        }
      }
    }
    return null;
  }

  private static LocalTime end(List<Item> items, List<LabelledRow> closing) {
    List<String> texts = new ArrayList<>();
    texts.add(Paragraph.join(closing));
    for (int i = items.size() - 1; i >= 0; i--) {
      texts.add(items.get(i).text());
    }
    for (String t : texts) {
      Matcher m = ClosingLine.endings(t);
      while (m.find()) {
        Optional<DateText.FoundTime> time = DateText.time(t, m.end());
        if (time.isPresent() && time.get().start() - m.end() < 12) {
          return time.get().time();
        }
      }
    }
    return null;
  }

  private static LocalDate next(List<Item> items, List<LabelledRow> closing, LocalDate date) {
    List<String> texts = new ArrayList<>();
    for (Item item : items) {
      if (item.title() != null && NextMeeting.in(item.title()).find()) {
        texts.add(item.title() + "\n" + item.text()); // a title may run on into the text ("... on Wednesday 12th" / "April 2023")
      }
    }
    texts.add(Paragraph.join(closing));
    for (int i = items.size() - 1; i >= 0; i--) {
      texts.add(items.get(i).text());
    }
    for (String t : texts) {
      Matcher m = NextMeeting.in(t);
      while (m.find()) {
        Optional<DateText.Found> found = DateText.find(t, m.end(), date);
        if (found.isPresent() && found.get().start() - m.end() < 120 && found.get().date() != null
            && found.get().date().isAfter(date) && found.get().date().isBefore(date.plusYears(2))) {
          return found.get().date();
        }
      }
    }
    // a printed list of the year's meeting dates ("Dates for 2023 – last Thursday of the month"):
    // the first of them after this meeting, within a year
    for (Item item : items) {
      if (item.title() == null || !NextMeeting.listsDates(item.title())) {
        continue;
      }
      LocalDate first = null;
      String t = item.text();
      int from = 0;
      for (Optional<DateText.Found> f = DateText.find(t, 0, date); f.isPresent(); f = DateText.find(t, from, date)) {
        LocalDate d = f.get().date();
        if (d != null && d.isAfter(date) && d.isBefore(date.plusYears(1)) && (first == null || d.isBefore(first))) {
          first = d;
        }
        from = f.get().end();
      }
      if (first != null) {
        return first;
      }
    }
    return null;
  }
}
