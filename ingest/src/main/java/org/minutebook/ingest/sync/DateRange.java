package org.minutebook.ingest.sync;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * Days from {@code from} to {@code to}, both included, as a modern.gov site's {@code GetMeetings}
 * call asks for them: {@code dd/MM/yyyy}.
 */
public record DateRange(LocalDate from, LocalDate to) {
  /** How the web service writes a date, in its requests and its answers: 21/11/2025. */
  public static final DateTimeFormatter SITE_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  /** Days and months of one digit, which some sites print: 1/2/2025. */
  private static final DateTimeFormatter LENIENT_DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  public DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a date range ends before it starts: " + from + " to " + to);
    }
  }

  /** Whether the day is in the range, ends included. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** The first day as the site writes it. */
  public String fromText() {
    return from.format(SITE_DATE);
  }

  /** The last day as the site writes it. */
  public String toText() {
    return to.format(SITE_DATE);
  }

  /**
   * A date as the site writes it, or null when the text is not one. A time after the date ("21/11/2025
   * 00:00:00", as some sites answer) is ignored.
   */
  static LocalDate parseSiteDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String date = text.strip().split("\\s+", 2)[0];
    try {
      return LocalDate.parse(date, LENIENT_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
