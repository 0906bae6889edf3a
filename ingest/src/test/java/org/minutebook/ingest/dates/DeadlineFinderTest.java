package org.minutebook.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Deadline;

class DeadlineFinderTest {
  private static final LocalDate MEETING = LocalDate.of(2018, 9, 6);

  @Test
  void aYearSuTimePutBeforeTheMeetingMovesToTheFirstLaterYearWithThePrintedWeekday() {
    // SUTime read "Thursday, November 29th" against 6 September 2018 as 2017-11-29, a Wednesday
    assertEquals("2018-11-29", DeadlineFinder.checked("2017-11-29", MEETING, DayOfWeek.THURSDAY, false));
    assertEquals("2018-11-29", DeadlineFinder.checked("XXXX-11-29", MEETING, null, false));
  }

  @Test
  void monthsStayMonthsUnlessTheEndOfOneIsAsked() {
    assertEquals("2019-01", DeadlineFinder.checked("2018-01", MEETING, null, false));
    assertEquals("2019-01-31", DeadlineFinder.checked("2018-01", MEETING, null, true));
    assertEquals("2018-10-18", DeadlineFinder.checked("P6W", MEETING, null, false));
    assertNull(DeadlineFinder.checked("PRESENT_REF", MEETING, null, false));
  }

  @Test
  void theNextMeetingIsTheDateTheMinutesGiveForIt() {
    Deadline d = new DeadlineFinder(TimeNormaliser.NONE).find("RESOLVED that an update be brought to the next meeting.", MEETING,
        LocalDate.of(2018, 12, 6));
    assertEquals("to the next meeting", d.text());
    assertEquals("2018-12-06", d.date());
  }

  @Test
  void thePhraseIsAskedAboutAndItsAnswerChecked() {
    TimeNormaliser lastYear = (phrase, reference) -> Optional.of("2018-01");
    Deadline d = new DeadlineFinder(lastYear).find("RESOLVED that Sam Person report by the end of January.", MEETING, null);
    assertEquals("by the end of January", d.text());
    assertEquals("2019-01-31", d.date());
    assertNull(new DeadlineFinder(lastYear).find("RESOLVED that the report be noted.", MEETING, null));
  }

  @Test
  void realSuTimeReadsTheMonthOfAMeeting() {
    TimeNormaliser sutime = SuTime.onClassPath();
    Deadline d = new DeadlineFinder(sutime).find("RESOLVED that a presentation be given to the March meeting.",
        LocalDate.of(2017, 12, 19), null);
    assertEquals("2018-03", d.date());
  }
}
