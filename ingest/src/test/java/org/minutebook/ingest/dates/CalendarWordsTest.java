package org.minutebook.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarWordsTest {
  @ParameterizedTest(name = "month({0}) = {1}")
  @CsvSource({
      "January, JANUARY", "january, JANUARY", "JAN, JANUARY", "Jan., JANUARY", "May, MAY", "Sept, SEPTEMBER",
      "Sep., SEPTEMBER", "December, DECEMBER", "Ionawr, JANUARY", "Mawrth, MARCH", "Mai, MAY", "Medi, SEPTEMBER",
      "Rhagfyr, DECEMBER",
      "Janu, ", "Ju, ", "Monday, ", "Mayday, ", "'', "})
  void month(String word, Month expected) {
    assertEquals(Optional.ofNullable(expected), CalendarWords.month(word));
  }

  @ParameterizedTest(name = "weekday({0}) = {1}")
  @CsvSource({
      "Monday, MONDAY", "THURSDAY, THURSDAY", "Thu, THURSDAY", "Thur., THURSDAY", "thurs, THURSDAY", "Tues, TUESDAY",
      "Sun, SUNDAY",
      "Th, ", "Weds, ", "January, ", "Sunday's, "})
  void weekday(String word, DayOfWeek expected) {
    assertEquals(Optional.ofNullable(expected), CalendarWords.weekday(word));
  }

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
      "MONTH, January, true", "MONTH, May, true", "MONTH, Jan, false", "MONTH, Medi, false", "MONTH, january, false",
      "ANY_MONTH, September, true", "ANY_MONTH, Sept, true", "ANY_MONTH, Gorffennaf, true", "ANY_MONTH, Sept., false",
      "WEEKDAY, Sunday, true", "WEEKDAY, Sun, false",
      "ANY_WEEKDAY, Thurs, true", "ANY_WEEKDAY, Wednesday, true", "ANY_WEEKDAY, Weds, false"})
  void fragments(String fragment, String word, boolean expected) {
    String source = switch (fragment) {
      case "MONTH" -> CalendarWords.MONTH;
      case "ANY_MONTH" -> CalendarWords.ANY_MONTH;
      case "WEEKDAY" -> CalendarWords.WEEKDAY;
      default -> CalendarWords.ANY_WEEKDAY;
    };
    assertEquals(expected, Pattern.compile(source).matcher(word).matches());
  }

  /** Every word a fragment matches reads back as its month or weekday, so patterns and parsing agree. */
  @Test
  void everyWordTheFragmentsMatchIsRead() {
    for (String word : CalendarWords.ANY_MONTH.replaceAll("[(?:)]", "").split("\\|")) {
      assertTrue(CalendarWords.month(word).isPresent(), word);
    }
    for (String word : CalendarWords.ANY_WEEKDAY.replaceAll("[(?:)]", "").split("\\|")) {
      assertTrue(CalendarWords.weekday(word).isPresent(), word);
    }
  }
}
