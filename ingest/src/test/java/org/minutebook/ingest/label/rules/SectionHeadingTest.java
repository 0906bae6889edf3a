package org.minutebook.ingest.label.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SectionHeadingTest {
  @ParameterizedTest
  @ValueSource(strings = {"APPROVAL OF MINUTES:", "NEW BUSINESS", "Other matters", "CITIZENS TO ADDRESS THE BOARD –",
    "Dates for 2023 – last Thursday of the month", "ACTION LIST SUMMARY"})
  void headingsHaveTheShape(String line) {
    assertTrue(SectionHeading.shaped(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"to organise.", "For next Agenda: Village tidyup", "Accounts?", ".", "No", "** The cost of the repair",
    "A line of running text that goes on and on well past the length any heading of a section would ever take up"})
  void sentencesLabelsAndMarksDoNot(String line) {
    assertFalse(SectionHeading.shaped(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ANNOUNCEMENTS – | ANNOUNCEMENTS",
    "CITIZENS TO ADDRESS THE BOARD – | CITIZENS TO ADDRESS THE BOARD",
    "APPROVAL OF MINUTES: | APPROVAL OF MINUTES:",
    "Dates for 2023 – last Thursday | Dates for 2023 – last Thursday",
  })
  void aTrailingDashIsDroppedAColonKept(String line, String title) {
    assertEquals(title, SectionHeading.title(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "CORRESPONDENCE – An was made to donate | CORRESPONDENCE | An was made to donate",
    "REPORTS: The Supervisor reported | REPORTS: | The Supervisor reported",
    "OLD BUSINESS - None was raised | OLD BUSINESS | None was raised",
  })
  void capitalsRunInBeforeTheirText(String line, String title, String rest) {
    SectionHeading.RunIn r = SectionHeading.runIn(line).orElseThrow();
    assertEquals(title, r.title());
    assertEquals(rest, r.rest());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Assessor – See Written Report", "Clerk: Clerk Buiter mentioned", "RESOLVED – that the report be noted",
    "AB – Cllr Smith asked", "Town Funds bills – Motion to approve"})
  void labelsInPlainCaseOrShortCapitalsAreNotRunInHeadings(String line) {
    assertTrue(SectionHeading.runIn(line).isEmpty());
  }
}
