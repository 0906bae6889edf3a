package org.minutebook.ingest.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.ingest.label.rules.NextMeeting;

/**
 * The next meeting's date where the minutes' own date reader found none: the words after "next
 * meeting" ("will be on the third Thursday of November", "on Tuesday the 14th") read with SUTime
 * against the meeting date, then checked as {@link DeadlineFinder} checks a deadline: after the
 * meeting, on the printed weekday. Only a day counts; a month alone is not a meeting's date.
 *
 * <p>Contract: a pure function of the texts and the normaliser's answers; never throws. A phrase
 * that could be a day but that the normaliser could not read (no models, or they failed) is
 * reported with the result, so that the meeting can be read again when it can.
 */
public final class NextMeetingFinder {
  /**
   * What the texts gave.
   *
   * @param date the next meeting's date, or null
   * @param unanswered whether a phrase needed SUTime and it could not answer (absent, or failed)
   */
  public record Found(LocalDate date, boolean unanswered) {
    static final Found NONE = new Found(null, false);
  }

  /** How far after "next meeting" its date may be printed. */
  private static final int REACH = 120;
  /**
   * What a phrase with a number needs before SUTime can read a day in it: a month or weekday named,
   * or a date in figures ("14.11.18", "2031-10-14"). Without one, a number is a time ("at 7.30pm",
   * which SUTime reads as a time on the meeting's own day, not the next meeting's), a count or an
   * item number, and SUTime is not asked.
   */
  private static final Pattern DAY_WORDS = Pattern.compile(
      "(?i)\\b(?:" + CalendarWords.ANY_MONTH + "|" + CalendarWords.ANY_WEEKDAY + ")\\b|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b");

  private final TimeNormaliser normaliser;

  public NextMeetingFinder(TimeNormaliser normaliser) {
    this.normaliser = normaliser;
  }

  /** The first next-meeting date the texts give (null when none). */
  public Found find(List<String> texts, LocalDate meetingDate) {
    for (String t : texts) {
      Matcher m = NextMeeting.in(t);
      while (m.find()) {
        String after = t.substring(m.end(), Math.min(t.length(), m.end() + REACH));
        int stop = after.indexOf(". ");
        String phrase = stop < 0 ? after : after.substring(0, stop + 1);
        DayOfWeek weekday = DeadlineFinder.weekday(phrase);
        if (weekday == null && !(phrase.matches("(?s).*\\d.*") && DAY_WORDS.matcher(phrase).find())) {
          continue; // nothing that could be a day
        }
        if (!normaliser.available()) {
          return new Found(null, true);
        }
        Optional<String> value = normaliser.normalise(phrase.strip(), meetingDate);
        if (value.isEmpty() && !normaliser.available()) {
          return new Found(null, true); // SUTime failed on this phrase
        }
        // a day, perhaps with its time ("2031-10-14T10:00"): the day is the meeting's date
        if (value.isEmpty() || !value.get().matches("(\\d{4}|XXXX)-\\d{2}-\\d{2}(T.*)?")) {
          continue;
        }
        String checked = DeadlineFinder.checked(value.get().substring(0, 10), meetingDate, weekday, false);
        if (checked != null) {
          LocalDate d = LocalDate.parse(checked);
          if (d.isBefore(meetingDate.plusYears(2))) {
            return new Found(d, false);
          }
        }
      }
    }
    return Found.NONE;
  }
}
