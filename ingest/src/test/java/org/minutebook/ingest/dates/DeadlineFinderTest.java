package org.minutebook.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
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
  void aYearBeforeTheMeetingMovesToTheFirstLaterYearWithThePrintedWeekday() {
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
    Deadline d = new DeadlineFinder().find("RESOLVED that an update be brought to the next meeting.", MEETING, LocalDate.of(2018, 12, 6));
    assertEquals("to the next meeting", d.text());
    assertEquals("2018-12-06", d.date());
  }

  @Test
  void theWordsAreReadWithoutSuTimeAndTheirDateChecked() {
    DeadlineFinder f = new DeadlineFinder();
    Deadline d = f.find("RESOLVED that Sam Person report by the end of January.", MEETING, null);
    assertEquals("by the end of January", d.text());
    assertEquals("2019-01-31", d.date());
    assertEquals("the first such date after the meeting", d.how());
    assertEquals("2018-10-18", f.find("RESOLVED that a report be made within six weeks.", MEETING, null).date());
    assertEquals("counted from the meeting", f.find("RESOLVED that a report be made within 6 weeks.", MEETING, null).how());
    // the meeting of 19 December 2017: its March meeting is the next March's
    assertEquals("2018-03", f.find("RESOLVED that a presentation be given to the March meeting.", LocalDate.of(2017, 12, 19), null).date());
    assertEquals("2018-11-29", f.find("Report by Thursday, November 29th.", MEETING, null).date(), "the first after the meeting");
    assertEquals("2019-03-03", f.find("Report by the 3rd of March.", MEETING, null).date());
    Deadline printed = f.find("Report by 3 March 2019.", MEETING, null);
    assertEquals("2019-03-03", printed.date());
    assertEquals("the date printed", printed.how());
    assertEquals("the date printed, moved after the meeting", f.find("Report by March 2017.", MEETING, null).how());
    assertEquals("2019-03", f.find("Report by March 2017.", MEETING, null).date());
    // a weekday printed with a day and month that never fall on it within two years: no date
    assertNull(f.find("Report by Monday, 30th February.", MEETING, null).date());
    assertNull(f.find("RESOLVED that the report be noted.", MEETING, null));
  }

  @Test
  void phrasesAreReadAsTimexValues() {
    assertEquals("XXXX-03-03", DeadlineFinder.value("by 3rd March"));
    assertEquals("XXXX-11-29", DeadlineFinder.value("by Thursday, November 29th"));
    assertEquals("2031-01", DeadlineFinder.value("by the end of January 2031"));
    assertEquals("XXXX-09", DeadlineFinder.value("at the September meeting"));
    assertEquals("P2D", DeadlineFinder.value("within two days"));
    assertEquals("P12M", DeadlineFinder.value("within twelve months"));
  }

  private static Meeting meeting(String decision, String... actions) {
    Decision d = new Decision(DecisionKind.RESOLVED, decision, List.of(), List.of(actions), List.of(), 1, null, null);
    Item item = new Item("4", "Library Hours", 1, List.of(), decision, List.of(d), List.of(), null, null);
    return new Meeting(new Source("m.pdf", "abc", 1, 1, 1), "Riverside Board", MEETING, null, null, null, null,
        new Attendance(List.of(), List.of(), List.of(), List.of(), List.of()), List.of(item));
  }

  @Test
  void onlyDecisionsWithActionEntriesGetADeadline() {
    Meeting read = new DeadlineFinder().apply(meeting("RESOLVED that Sam Person report by the end of January.", "SP"));
    assertEquals("2019-01-31", read.decisions().get(0).deadline().date());
    assertNull(new DeadlineFinder().apply(meeting("RESOLVED that Sam Person report by the end of January.")).decisions().get(0).deadline(),
        "a decision without Action entries has no deadline");
  }
}
