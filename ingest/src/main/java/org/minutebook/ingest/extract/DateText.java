package org.minutebook.ingest.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.ingest.dates.CalendarWords;

/**
 * Dates and times as minutes print them: "3 May 2021", "Tuesday 7th September", "March 9th
 * 2021", "14/11/2019", and from OCR "15* January 2019" (a superscript "th" read as a mark); "10.00 am", "7.30pm", "10:00", "Noon". A date printed without a year is
 * resolved against a reference date: the first such day after it whose weekday (where printed)
 * matches.
 */
final class DateText {
  private static final String MONTH = "(" + CalendarWords.ANY_MONTH + ")\\.?";
  /** A superscript ordinal ("15th" set small and high) as OCR often reads it: one mark. */
  private static final String OCR_ORDINAL = "[*'’\"”°º]";
  private static final String WEEKDAY = "(?:(" + CalendarWords.ANY_WEEKDAY + ")\\.?,?\\s+(?:the\\s+)?)?";
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?i)\\b" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain|" + OCR_ORDINAL + ")?\\s+(?:of\\s+)?" + MONTH
          + "(?:,?\\s+(\\d{4}))?\\b");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?i)\\b" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?");
  private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b");
  private static final Pattern TIME = Pattern.compile(
      "(?i)\\b(\\d{1,2})(?:[.:](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)(?![a-z])|\\b(\\d{1,2})[.:](\\d{2})\\s*(?:hrs|hours|h)?\\b(?!\\.\\d|\\d)|\\b(noon|midday|midnight)\\b");

  /** A date found in text: where it was, and whether the year was printed. */
  record Found(LocalDate date, boolean yearPrinted, DayOfWeek weekday, int month, int day, int start, int end) {}

  private DateText() {}

  /** The first date in text at or after from, resolving a missing year against reference. */
  static Optional<Found> find(String text, int from, LocalDate reference) {
    Found best = null;
    for (Pattern p : new Pattern[] {DAY_MONTH, MONTH_DAY}) {
      Matcher m = p.matcher(text);
      if (m.find(from)) {
        Found f = p == DAY_MONTH
            ? build(m.group(1), m.group(3), m.group(2), m.group(4), m.start(), m.end(), reference)
            : build(m.group(1), m.group(2), m.group(3), m.group(4), m.start(), m.end(), reference);
        if (f != null && (best == null || f.start() < best.start())) {
          best = f;
        }
      }
    }
    Matcher n = NUMERIC.matcher(text);
    if (n.find(from) && (best == null || n.start() < best.start())) {
      try {
        int y = Integer.parseInt(n.group(3));
        y = y < 100 ? 2000 + y : y;
        LocalDate d = LocalDate.of(y, Integer.parseInt(n.group(2)), Integer.parseInt(n.group(1)));
        best = new Found(d, true, null, d.getMonthValue(), d.getDayOfMonth(), n.start(), n.end());
      } catch (DateTimeException e) {
        // not a day/month/year: leave it
      }
    }
    return Optional.ofNullable(best);
  }

  private static Found build(String weekday, String month, String day, String year, int start, int end, LocalDate reference) {
    int mo = CalendarWords.month(month).orElseThrow().getValue();
    int d = Integer.parseInt(day);
    DayOfWeek wd = weekday == null ? null : CalendarWords.weekday(weekday).orElseThrow();
    try {
      if (year != null) {
        return new Found(LocalDate.of(Integer.parseInt(year), mo, d), true, wd, mo, d, start, end);
      }
      LocalDate resolved = reference == null ? null : after(reference, mo, d, wd);
      return resolved == null && reference != null ? null : new Found(resolved, false, wd, mo, d, start, end);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The first month/day strictly after reference (within two years) whose weekday matches, if printed. */
  static LocalDate after(LocalDate reference, int month, int day, DayOfWeek weekday) {
    LocalDate fallback = null;
    for (int y = reference.getYear(); y <= reference.getYear() + 2; y++) {
      LocalDate candidate;
      try {
        candidate = LocalDate.of(y, month, day);
      } catch (DateTimeException e) {
        continue;
      }
      if (!candidate.isAfter(reference)) {
        continue;
      }
      if (weekday == null || candidate.getDayOfWeek() == weekday) {
        return candidate;
      }
      if (fallback == null) {
        fallback = candidate;
      }
    }
    return fallback;
  }

  /** A time found in text. */
  record FoundTime(LocalTime time, int start, int end) {}

  /** The first time of day in text at or after from. */
  static Optional<FoundTime> time(String text, int from) {
    Matcher m = TIME.matcher(text);
    while (m.find(from)) {
      try {
        if (m.group(6) != null) {
          String w = m.group(6).toLowerCase(Locale.ROOT);
          return Optional.of(new FoundTime(w.equals("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON, m.start(), m.end()));
        }
        if (m.group(1) != null) {
          int h = Integer.parseInt(m.group(1));
          int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
          boolean pm = m.group(3).toLowerCase(Locale.ROOT).startsWith("p");
          if (h == 12) {
            h = pm ? 12 : 0;
          } else if (pm) {
            h += 12;
          }
          return Optional.of(new FoundTime(LocalTime.of(h, min), m.start(), m.end()));
        }
        int h = Integer.parseInt(m.group(4));
        int min = Integer.parseInt(m.group(5));
        if (h <= 23 && min <= 59) {
          return Optional.of(new FoundTime(LocalTime.of(h, min), m.start(), m.end()));
        }
      } catch (DateTimeException e) {
        // out of range: keep looking
      }
      from = m.end();
    }
    return Optional.empty();
  }
}
