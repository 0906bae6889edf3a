package org.minutebook.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.model.Box;

class MeetingFactsExtractorTest {
  private final MeetingFactsExtractor extractor = new MeetingFactsExtractor();

  private static List<LabelledRow> rows(Object... lines) {
    List<LabelledRow> out = new ArrayList<>();
    float y = 60;
    for (int i = 0; i < lines.length; i += 2) {
      out.add(LabelledRow.of(1, y, y + 10, null, (String) lines[i], null, false, (Boolean) lines[i + 1], 0f, 10f, new Box(1, 72, y, 400, 10), null));
      y += 14;
    }
    return out;
  }

  private MeetingFacts facts(List<LabelledRow> front, String... furniture) {
    return extractor.extract(front, List.of(), List.of(), List.of(furniture));
  }

  @Test
  void theBodyIsReadFromMinutesOfAnOrdinalMeetingOfIt() {
    MeetingFacts f = facts(rows("Minutes of Meeting (no.12) of", true, "Riverside Community Council", false,
        "3rd March 2021, 19:00-20:30.", true));
    assertEquals("Riverside Community Council", f.body());
    assertEquals(LocalDate.of(2021, 3, 3), f.date());
  }

  @Test
  void aHeaderTablesTitleFieldNamesTheBody() {
    MeetingFacts f = facts(rows("MINUTES", true, "Title of Meeting Parks Trust - Board Meeting", true, "Date 17th October 2012", false));
    assertEquals("Parks Trust - Board Meeting", f.body());
  }

  @Test
  void withoutAMinutesLineTheFirstHeadingNamesTheBodyAndTheRunningHeaderTheDate() {
    MeetingFacts f = facts(rows("AUDIT PANEL", true, "(19:15 TO 19:25)", true), "3 MAY 2021");
    assertEquals("Audit Panel", f.body());
    assertEquals(LocalDate.of(2021, 5, 3), f.date());
  }

  @Test
  void titleCaseKeepsTheJoiningWordsOfPlaceNamesSmall() {
    assertEquals("Ashby-cum-Fenby Parish Council", MeetingFactsExtractor.titleCase("ASHBY-CUM-FENBY PARISH COUNCIL"));
    assertEquals("Stratford-upon-Avon Town Council", MeetingFactsExtractor.titleCase("STRATFORD-UPON-AVON TOWN COUNCIL"));
  }
}
