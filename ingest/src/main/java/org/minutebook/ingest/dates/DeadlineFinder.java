package org.minutebook.ingest.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
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
 * <p>Every phrase it looks for is read from its words, without SUTime: a day and month (and a
 * year, a weekday, where printed), a month, or a number of days, weeks or months. The date is
 * then checked: a deadline comes after the meeting, so a date without a year (or with one before
 * the meeting) moves to the first year that is after it and whose weekday, where one is printed,
 * matches. "The end of" a month is its last day; a number of weeks counts from the meeting. "The
 * next meeting" is the date the minutes give for it. (SUTime gave the same dates for these
 * phrases, with a year to be checked, and it costs about two seconds to load.)
 *
 * <p>Contract: a pure function of the text and dates; never throws.
 */
public final class DeadlineFinder {
  private static final String MONTH = CalendarWords.MONTH;
  private static final String WEEKDAY = CalendarWords.WEEKDAY;
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  private static final Pattern PHRASE = Pattern.compile(
      "\\b(?:(?:by|before|no later than|in time for|due)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:" + WEEKDAY + ",?\\s+)?"
          + "(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?" + MONTH + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?"
          + "|(?:at|to|for|by|before)\\s+the\\s+(?:next|following|" + MONTH + ")\\s+meeting"
          + "|within\\s+(?:\\d+|one|two|three|four|five|six|eight|twelve)\\s+(?:days?|weeks?|months?))\\b");
  /** A phrase's day (before or after its month), month and year, as {@link #PHRASE} found it. */
  private static final Pattern DATE_WORDS = Pattern.compile(
      "(?:(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?)?(" + MONTH + ")(?:\\s+(\\d{1,2})" + ORDINAL + ")?(?:,?\\s+(\\d{4}))?(?:\\s+meeting)?$");
  private static final Pattern WITHIN = Pattern.compile("^within\\s+(\\w+)\\s+(day|week|month)s?$");
  private static final List<String> COUNTS = List.of(
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
  private static final Pattern TIMEX_DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})$");
  private static final Pattern TIMEX_MONTH = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})$");
  private static final Pattern TIMEX_DURATION = Pattern.compile("^P(\\d+)([DWM])$");
  private static final Pattern PRINTED_WEEKDAY = Pattern.compile("(?i)\\b(" + WEEKDAY + ")\\b");

  /** The meeting with a deadline on each decision that has Action entries and gives one. */
  public Meeting apply(Meeting m) {
    List<Item> items = new ArrayList<>();
    boolean changed = false;
    for (Item item : m.items()) {
      List<Decision> decisions = new ArrayList<>();
      boolean here = false;
      for (Decision d : item.decisions()) {
        Deadline due = d.actions().isEmpty() ? null : find(d.text(), m.date(), m.nextMeeting());
        decisions.add(due == null ? d : d.withDeadline(due));
        here |= due != null;
      }
      items.add(here ? item.withDecisions(decisions) : item);
      changed |= here;
    }
    return changed ? m.withItems(items) : m;
  }

  /** The deadline the text gives, or null when it gives none. */
  public Deadline find(String text, LocalDate meetingDate, LocalDate nextMeeting) {
    Matcher m = PHRASE.matcher(text);
    if (!m.find()) {
      return null;
    }
    String phrase = m.group().strip();
    if (NextMeeting.endsPhrase(phrase)) {
      return new Deadline(phrase, nextMeeting == null ? null : nextMeeting.toString(),
          nextMeeting == null ? "the minutes give no date for the next meeting" : "the next meeting's date");
    }
    String value = value(phrase);
    String checked = value == null ? null : checked(value, meetingDate, weekday(phrase), phrase.toLowerCase(Locale.ROOT).contains("end of"));
    if (checked == null) {
      return new Deadline(phrase, null, "the words give no date after the meeting");
    }
    String how = value.startsWith("P") ? "counted from the meeting"
        : value.startsWith("XXXX") ? "the first such date after the meeting"
        : checked.startsWith(value.substring(0, 4)) ? "the date printed" : "the date printed, moved after the meeting";
    return new Deadline(phrase, checked, how);
  }

  /**
   * A phrase {@link #PHRASE} found, as a TIMEX value: "XXXX-03-03" for "by 3rd March", "2019-03"
   * for "by March 2019", "P6W" for "within six weeks"; null when it gives none ("within twelve"
   * without a unit cannot be found, so this is only for a day of the month that is not a number).
   */
  static String value(String phrase) {
    Matcher within = WITHIN.matcher(phrase.toLowerCase(Locale.ROOT));
    if (within.matches()) {
      String n = within.group(1);
      int count = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : COUNTS.indexOf(n);
      return count < 0 ? null : "P" + count + Character.toUpperCase(within.group(2).charAt(0));
    }
    Matcher words = DATE_WORDS.matcher(phrase);
    if (!words.find()) {
      return null;
    }
    Optional<Month> month = CalendarWords.month(words.group(2));
    if (month.isEmpty()) {
      return null;
    }
    String year = words.group(4) == null ? "XXXX" : words.group(4);
    String day = words.group(1) != null ? words.group(1) : words.group(3);
    String yearMonth = year + "-" + String.format(Locale.ROOT, "%02d", month.get().getValue());
    return day == null ? yearMonth : yearMonth + "-" + String.format(Locale.ROOT, "%02d", Integer.parseInt(day));
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
