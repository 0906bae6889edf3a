package org.minutebook.ingest.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.ingest.dates.CalendarWords;

/**
 * The dates a file's name gives, as councils name their files: "2023-02-23_SPC_minutes.pdf",
 * "2010_03_17.pdf", "March_9,_2022_-_Meeting_Minutes.pdf", "December212023Special...pdf",
 * "Printed minutes 13th-Mar-2025 10.00 County Council.pdf", "CPP Minutes 10.12.24.pdf",
 * "Minutes 11112021.pdf", "Minutes_March_2022.pdf" (a month only).
 *
 * <p>Numbers that read more than one way give every reading that is a date: "10.12.24" is 10
 * December or 12 October 2024, "19-03-13" 19 March 2013 or 13 March 2019, "07032020" 7 March or 3
 * July 2020. A name
 * agrees with its minutes when one of its readings is a meeting's date. Numbers that give no
 * year (a time "10.00", a page count "191") are no date.
 */
final class FileNameDates {
  /** How long after a meeting a pack may carry its minutes: the pack is for the next meeting. */
  static final int PACK_DAYS = 190;

  private static final String SEP = "[-_. ]";
  private static final String MONTH = "(?<!\\p{L})(" + CalendarWords.ANY_MONTH + ")(?!\\p{L})\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d\\d)(?!\\d)";
  /** 2023-02-23, 2010_03_17, 20230223. */
  private static final Pattern YMD = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(" + SEP + "?)(\\d\\d)\\2(\\d\\d)(?!\\d)");
  /** 13th-Mar-2025, 19 December 2024, 9th_January_2025. */
  private static final Pattern DAY_MONTH = Pattern.compile("(?i)(?<!\\d)" + DAY + "[-_. ,]*" + MONTH + "[-_. ,]*" + YEAR);
  /** March_9,_2022, December212023, August 12 2025. */
  private static final Pattern MONTH_DAY = Pattern.compile("(?i)" + MONTH + "[-_. ,]*" + DAY + "[-_. ,]*" + YEAR);
  /** March_2022: a month alone. */
  private static final Pattern MONTH_YEAR = Pattern.compile("(?i)" + MONTH + "[-_. ,]*" + YEAR);
  /** 10.12.24, 1.29.18, 10-28-25, 19-03-13, 11.11.2021. */
  private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})([-_.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)");
  /** 11112021, 07032020: day and month in either order, then the year. */
  private static final Pattern PACKED = Pattern.compile("(?<!\\d)(\\d\\d)(\\d\\d)((?:19|20)\\d\\d)(?!\\d)");

  /**
   * A date read from a name.
   *
   * @param date the day, or the first of the month when only the month is given
   * @param dayGiven whether the name gives the day
   */
  record FileDate(LocalDate date, boolean dayGiven) {
    /** ISO-8601: "2023-02-23", or "2023-02" for a month. */
    String iso() {
      return dayGiven ? date.toString() : YearMonth.from(date).toString();
    }

    /** Whether the meeting was held on this day (in this month, when only the month is given). */
    boolean names(LocalDate meeting) {
      return dayGiven ? date.equals(meeting) : YearMonth.from(date).equals(YearMonth.from(meeting));
    }

    /** Whether a pack named for this date could carry the minutes of a meeting held then: on it or in the months before. */
    boolean follows(LocalDate meeting) {
      long days = ChronoUnit.DAYS.between(meeting, date);
      return names(meeting) || days >= 0 && days <= PACK_DAYS;
    }
  }

  private FileNameDates() {}

  /** The dates a file name gives, in the order they are printed, each once; empty when it gives none. */
  static List<FileDate> read(String fileName) {
    String name = fileName.replaceFirst("\\.[A-Za-z0-9]{2,5}$", "");
    List<FileDate> out = new ArrayList<>();
    Matcher m = YMD.matcher(name);
    while (m.find()) {
      add(out, m.group(1), m.group(3), m.group(4));
    }
    boolean named = false;
    m = DAY_MONTH.matcher(name);
    while (m.find()) {
      named |= addNamed(out, m.group(3), m.group(2), m.group(1));
    }
    m = MONTH_DAY.matcher(name);
    while (m.find()) {
      named |= addNamed(out, m.group(3), m.group(1), m.group(2));
    }
    Matcher month = MONTH_YEAR.matcher(name);
    while (!named && month.find()) {
      int year = Integer.parseInt(month.group(2));
      CalendarWords.month(month.group(1)).ifPresent(mo -> put(out, new FileDate(LocalDate.of(year, mo, 1), false)));
    }
    if (!out.isEmpty()) {
      return out;
    }
    m = NUMERIC.matcher(name);
    while (m.find()) {
      String a = m.group(1);
      String b = m.group(3);
      String y = m.group(4);
      add(out, y, b, a); // day first, as in Britain
      add(out, y, a, b); // month first, as in the United States
      if (y.length() == 2 && !m.group(2).equals(".")) {
        add(out, a, b, y); // year first: 19-03-13 (dotted dates put the year last)
      }
    }
    m = PACKED.matcher(name);
    while (m.find()) {
      add(out, m.group(3), m.group(2), m.group(1));
      add(out, m.group(3), m.group(1), m.group(2));
    }
    return out;
  }

  private static boolean addNamed(List<FileDate> out, String year, String month, String day) {
    return CalendarWords.month(month).map(mo -> add(out, year, String.valueOf(mo.getValue()), day)).orElse(false);
  }

  /** Adds the date when the numbers make one (a two-digit year in this century); whether they did. */
  private static boolean add(List<FileDate> out, String year, String month, String day) {
    int y = Integer.parseInt(year);
    y = year.length() <= 2 ? 2000 + y : y;
    try {
      put(out, new FileDate(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)), true));
      return true;
    } catch (DateTimeException e) {
      return false; // not a day of that month
    }
  }

  private static void put(List<FileDate> out, FileDate d) {
    if (!out.contains(d)) {
      out.add(d);
    }
  }
}
