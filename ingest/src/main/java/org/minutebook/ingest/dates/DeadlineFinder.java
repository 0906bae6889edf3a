package org.minutebook.ingest.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.ingest.label.rules.NextMeeting;
import java.util.ArrayList;
import java.util.List;
import org.minutebook.model.Deadline;
import org.minutebook.model.Decision;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;

/**
 * Reads when a decision's actions are due from its words: "by the end of January", "by 3rd
 * March", "to the September meeting", "at the next meeting", "within six weeks".
 *
 * <p>The phrase is normalised by {@link TimeNormaliser} (SUTime) against the meeting date, then
 * checked: a deadline comes after the meeting, so a year SUTime put before it moves forward to
 * the first year that is after it and whose weekday, where one is printed, matches. "The end of"
 * a month is its last day. "The next meeting" is the date the minutes give for it.
 *
 * <p>Contract: a pure function of the text and dates, and of the normaliser's answers; never throws.
 * A phrase the normaliser could not read (no models, or they failed) keeps its words without a
 * date, and the result says so, so that the meeting can be read again when it can.
 */
public final class DeadlineFinder {
  /**
   * A meeting with its deadlines read.
   *
   * @param meeting the meeting, each decision that has Action entries and gives a deadline with it
   * @param unanswered whether a phrase needed SUTime and it could not answer (absent, or failed)
   */
  public record Dated(Meeting meeting, boolean unanswered) {}

  /** A deadline (or null) and whether reading it needed SUTime that could not answer. */
  private record Reading(Deadline deadline, boolean unanswered) {
    static final Reading NONE = new Reading(null, false);
  }

  private static final String MONTH = CalendarWords.MONTH;
  private static final String WEEKDAY = CalendarWords.WEEKDAY;
  private static final Pattern PHRASE = Pattern.compile(
      "\\b(?:(?:by|before|no later than|in time for|due)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:" + WEEKDAY + ",?\\s+)?"
          + "(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?" + MONTH + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?"
          + "|(?:at|to|for|by|before)\\s+the\\s+(?:next|following|" + MONTH + ")\\s+meeting"
          + "|within\\s+(?:\\d+|one|two|three|four|five|six|eight|twelve)\\s+(?:days?|weeks?|months?))\\b");
  private static final Pattern TIMEX_DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})$");
  private static final Pattern TIMEX_MONTH = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})$");
  private static final Pattern TIMEX_DURATION = Pattern.compile("^P(\\d+)([DWM])$");
  private static final Pattern PRINTED_WEEKDAY = Pattern.compile("(?i)\\b(" + WEEKDAY + ")\\b");

  private final TimeNormaliser normaliser;

  public DeadlineFinder(TimeNormaliser normaliser) {
    this.normaliser = normaliser;
  }

  /** The meeting with a deadline on each decision that has Action entries and gives one. */
  public Dated apply(Meeting m) {
    List<Item> items = new ArrayList<>();
    boolean changed = false;
    boolean unanswered = false;
    for (Item item : m.items()) {
      List<Decision> decisions = new ArrayList<>();
      boolean here = false;
      for (Decision d : item.decisions()) {
        Reading due = d.actions().isEmpty() ? Reading.NONE : read(d.text(), m.date(), m.nextMeeting());
        decisions.add(due.deadline() == null ? d : d.withDeadline(due.deadline()));
        here |= due.deadline() != null;
        unanswered |= due.unanswered();
      }
      items.add(here ? item.withDecisions(decisions) : item);
      changed |= here;
    }
    return new Dated(changed ? m.withItems(items) : m, unanswered);
  }

  /** The deadline the text gives, or null when it gives none. */
  public Deadline find(String text, LocalDate meetingDate, LocalDate nextMeeting) {
    return read(text, meetingDate, nextMeeting).deadline();
  }

  private Reading read(String text, LocalDate meetingDate, LocalDate nextMeeting) {
    Matcher m = PHRASE.matcher(text);
    if (!m.find()) {
      return Reading.NONE;
    }
    String phrase = m.group().strip();
    if (NextMeeting.endsPhrase(phrase)) {
      return new Reading(new Deadline(phrase, nextMeeting == null ? null : nextMeeting.toString(),
          nextMeeting == null ? "the minutes give no date for the next meeting" : "the next meeting's date"), false);
    }
    if (!normaliser.available()) {
      return new Reading(new Deadline(phrase, null, "no date: SUTime's models are not present"), true);
    }
    // "to the March meeting": SUTime reads the month when asked about it alone
    String asked = phrase.replaceFirst("(?i)^(?:at|to|for|by|before)\\s+the\\s+(" + MONTH + ")\\s+meeting$", "in $1");
    Optional<String> value = normaliser.normalise(asked, meetingDate);
    if (value.isEmpty()) {
      // no date, or none could be had: SUTime failed on this phrase
      return new Reading(new Deadline(phrase, null, "SUTime read no date"), !normaliser.available());
    }
    String checked = checked(value.get(), meetingDate, weekday(phrase), phrase.toLowerCase(Locale.ROOT).contains("end of"));
    return new Reading(new Deadline(phrase, checked, checked == null ? "SUTime gave " + value.get() + ", not a date"
        : checked.equals(value.get()) ? "SUTime" : "SUTime gave " + value.get() + "; moved after the meeting"), false);
  }

  /**
   * A TIMEX value made a deadline: "XXXX-11-29" or a date not after the meeting gets the first later
   * year (whose weekday matches the printed one); a month stays a month unless "end of" asks for its last day.
   */
  static String checked(String value, LocalDate meetingDate, DayOfWeek weekday, boolean endOf) {
    Matcher day = TIMEX_DAY.matcher(value);
    if (day.matches()) {
      int month = Integer.parseInt(day.group(2));
      int dom = Integer.parseInt(day.group(3));
      int year = day.group(1).equals("XXXX") ? meetingDate.getYear() : Integer.parseInt(day.group(1));
      for (int y = year; y <= Math.max(year, meetingDate.getYear()) + 2; y++) {
        LocalDate d;
        try {
          d = LocalDate.of(y, month, dom);
        } catch (java.time.DateTimeException e) {
          continue;
        }
        if (d.isAfter(meetingDate) && (weekday == null || d.getDayOfWeek() == weekday)) {
          return d.toString();
        }
      }
      return null;
    }
    Matcher ym = TIMEX_MONTH.matcher(value);
    if (ym.matches()) {
      int month = Integer.parseInt(ym.group(2));
      int year = ym.group(1).equals("XXXX") ? meetingDate.getYear() : Integer.parseInt(ym.group(1));
      YearMonth when = YearMonth.of(year, month);
      while (!when.isAfter(YearMonth.from(meetingDate))) {
        when = when.plusYears(1);
      }
      return endOf ? when.atEndOfMonth().toString() : when.toString();
    }
    Matcher duration = TIMEX_DURATION.matcher(value);
    if (duration.matches()) {
      int n = Integer.parseInt(duration.group(1));
      return switch (duration.group(2)) {
        case "D" -> meetingDate.plusDays(n).toString();
        case "W" -> meetingDate.plusWeeks(n).toString();
        default -> meetingDate.plusMonths(n).toString();
      };
    }
    return null;
  }

  /** The weekday printed in a phrase ("on Tuesday the 14th"), or null. */
  static DayOfWeek weekday(String phrase) {
    Matcher m = PRINTED_WEEKDAY.matcher(phrase);
    return m.find() ? CalendarWords.weekday(m.group(1)).orElseThrow() : null;
  }
}
