package org.minutebook.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Attendance;
import org.minutebook.model.Deadline;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionKind;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.Source;

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

  private static Meeting meeting(String decision, String... actions) {
    Decision d = new Decision(DecisionKind.RESOLVED, decision, List.of(), List.of(actions), List.of(), 1, null, null);
    Item item = new Item("4", "Library Hours", 1, List.of(), decision, List.of(d), List.of(), null, null);
    return new Meeting(new Source("m.pdf", "abc", 1, 1, 1), "Riverside Board", MEETING, null, null, null, null,
        new Attendance(List.of(), List.of(), List.of(), List.of(), List.of()), List.of(item));
  }

  @Test
  void aPhraseOnlySuTimeCouldReadIsReportedWhenItCannotAnswer() {
    DeadlineFinder.Dated none = new DeadlineFinder(TimeNormaliser.NONE).apply(meeting("RESOLVED that Sam Person report by the end of"
        + " January.", "SP"));
    assertTrue(none.unanswered());
    Deadline kept = none.meeting().decisions().get(0).deadline();
    assertEquals("by the end of January", kept.text());
    assertNull(kept.date());
    assertFalse(new DeadlineFinder(TimeNormaliser.NONE).apply(meeting("RESOLVED that Sam Person report to the next meeting.", "SP"))
        .unanswered(), "the next meeting's date is the minutes', not SUTime's");
    assertFalse(new DeadlineFinder(TimeNormaliser.NONE).apply(meeting("RESOLVED that Sam Person report by the end of January."))
        .unanswered(), "a decision without Action entries is not asked about");
    DeadlineFinder.Dated read = new DeadlineFinder((phrase, reference) -> Optional.of("2019-01")).apply(meeting("RESOLVED that Sam"
        + " Person report by the end of January.", "SP"));
    assertFalse(read.unanswered());
    assertEquals("2019-01-31", read.meeting().decisions().get(0).deadline().date());
  }
}
