package org.minutebook.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NextMeetingFinderTest {
  private static final LocalDate MEETING = LocalDate.of(2018, 9, 6);

  @Test
  void suTimesYearIsCheckedAgainstTheMeetingAndTheWeekday() {
    // as measured: SUTime reads this against 6 September 2018 as 2017-11-29, a Wednesday
    NextMeetingFinder f = new NextMeetingFinder((phrase, reference) -> Optional.of("2017-11-29"));
    assertEquals(LocalDate.of(2018, 11, 29), f.find(List.of("The next meeting was confirmed as Thursday, November 29th."), MEETING).date());
  }

  @Test
  void aMonthAloneIsNotAMeetingsDate() {
    NextMeetingFinder f = new NextMeetingFinder((phrase, reference) -> Optional.of("2018-11"));
    assertNull(f.find(List.of("The next meeting will be in November 2018."), MEETING).date());
  }

  @Test
  void realSuTimeWithATime() {
    NextMeetingFinder f = new NextMeetingFinder(SuTime.onClassPath());
    assertEquals(LocalDate.of(2018, 10, 4), f.find(List.of("The next meeting will be on the 4th of October at 10am."), MEETING).date());
  }

  @Test
  void aPhraseThatCouldBeADayIsReportedWhenSuTimeCannotAnswer() {
    List<String> texts = List.of("The next meeting will be on Tuesday the 14th.");
    NextMeetingFinder.Found none = new NextMeetingFinder(TimeNormaliser.NONE).find(texts, MEETING);
    assertNull(none.date());
    assertTrue(none.unanswered());
    assertFalse(new NextMeetingFinder(TimeNormaliser.NONE).find(List.of("The next meeting will be arranged."), MEETING).unanswered(),
        "nothing there that could be a day: no question for SUTime");
    assertFalse(new NextMeetingFinder((phrase, reference) -> Optional.of("2018-10-14")).find(texts, MEETING).unanswered());
  }

  @Test
  void aNumberThatCanOnlyBeATimeOrACountIsNotAskedAbout() {
    // as measured: SUTime reads "at 7.30pm" against the meeting as that day at 19:30, which is no next meeting
    List<String> asked = new ArrayList<>();
    NextMeetingFinder f = new NextMeetingFinder((phrase, reference) -> {
      asked.add(phrase);
      return Optional.of("2018-09-06T19:30");
    });
    assertNull(f.find(List.of("The next meeting will be at 7.30pm in the Village Hall."), MEETING).date());
    assertNull(f.find(List.of("Next meeting: see item 12 of the agenda."), MEETING).date());
    assertEquals(List.of(), asked);
    assertFalse(new NextMeetingFinder(TimeNormaliser.NONE).find(List.of("The next meeting will be at 7.30pm."), MEETING).unanswered(),
        "nothing there that could be a day: no question left unanswered");
    f.find(List.of("The next meeting will be at 7.30pm on 14.11.18."), MEETING);
    f.find(List.of("The next meeting will be at 7.30pm on the 4th of Oct."), MEETING);
    assertEquals(2, asked.size(), "a date in figures, or a month named, is asked about: " + asked);
  }
}
