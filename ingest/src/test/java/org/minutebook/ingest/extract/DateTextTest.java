package org.minutebook.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DateTextTest {
  private static final LocalDate JUNE_21_2018 = LocalDate.of(2018, 6, 21);
  private static final LocalDate SEPTEMBER_6_2018 = LocalDate.of(2018, 9, 6);

  private static DateText.Found date(String text, LocalDate reference) {
    return DateText.find(text, 0, reference).orElseThrow(() -> new AssertionError("no date in: " + text));
  }

  private static LocalTime time(String text) {
    return DateText.time(text, 0).orElseThrow(() -> new AssertionError("no time in: " + text)).time();
  }

  @Test
  void dayMonthYear() {
    DateText.Found f = date("21 June 2018", null);

    assertEquals(LocalDate.of(2018, 6, 21), f.date());
    assertTrue(f.yearPrinted());
  }

  @Test
  void dateInsideASentenceReportsItsPosition() {
    String text = "Minutes of the meeting held on 21 June 2018 at 10.00 am";

    DateText.Found f = date(text, null);

    assertEquals(LocalDate.of(2018, 6, 21), f.date());
    assertEquals("21 June 2018", text.substring(f.start(), f.end()));
  }

  @Test
  void weekdayOrdinalMonthWithoutYearResolvedAgainstReference() {
    DateText.Found f = date("Thursday 6th September", JUNE_21_2018);

    assertEquals(SEPTEMBER_6_2018, f.date());
    assertFalse(f.yearPrinted());
    assertEquals(DayOfWeek.THURSDAY, f.weekday());
  }

  @Test
  void monthOrdinalYear() {
    assertEquals(LocalDate.of(2018, 3, 8), date("March 8th 2018", null).date());
  }

  @Test
  void yearlessMonthDayWithWeekdayIsTheNextMatchingDayAfterReference() {
    assertEquals(LocalDate.of(2018, 11, 29), date("Thursday, November 29th", SEPTEMBER_6_2018).date());
  }

  @Test
  void printedWeekdayPicksTheYear() {
    // 6 September 2018 is a Thursday, 6 September 2019 a Friday
    assertEquals(LocalDate.of(2019, 9, 6), date("Friday 6th September", JUNE_21_2018).date());
  }

  @Test
  void yearlessDateBeforeReferenceMovesToNextYear() {
    assertEquals(LocalDate.of(2019, 6, 5), date("5 June", JUNE_21_2018).date());
  }

  @Test
  void numericDayMonthYear() {
    assertEquals(LocalDate.of(2017, 12, 19), date("19/12/2017", null).date());
  }

  @Test
  void noDateInText() {
    assertTrue(DateText.find("The meeting ended.", 0, JUNE_21_2018).isEmpty());
  }

  @Test
  void morningTimeWithDot() {
    assertEquals(LocalTime.of(10, 0), time("10.00 am"));
  }

  @Test
  void eveningTimeWithoutSpace() {
    assertEquals(LocalTime.of(19, 30), time("7.30pm"));
  }

  @Test
  void noon() {
    assertEquals(LocalTime.NOON, time("Noon"));
  }

  @Test
  void lateMorningTime() {
    assertEquals(LocalTime.of(11, 40), time("11.40 am"));
  }

  @Test
  void twentyFourHourClock() {
    assertEquals(LocalTime.of(14, 15), time("The meeting started at 14:15"));
  }

  @Test
  void twelveAmIsMidnightAndTwelvePmIsNoon() {
    assertEquals(LocalTime.MIDNIGHT, time("12 am"));
    assertEquals(LocalTime.NOON, time("12.00 pm"));
  }

  @Test
  void welshDatesWithTheirOrdinalsAreRead() {
    assertEquals(LocalDate.of(2019, 3, 13), DateText.find("CYFARFOD 13eg MAWRTH 2019", 0, null).get().date());
    assertEquals(LocalDate.of(2019, 2, 6), DateText.find("ar 6ed Chwefror 2019", 0, null).get().date());
  }
}
