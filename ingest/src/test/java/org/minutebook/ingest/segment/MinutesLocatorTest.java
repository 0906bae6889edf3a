package org.minutebook.ingest.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.label.LabelledLayout;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.model.Box;

class MinutesLocatorTest {
  private final MinutesLocator locator = new MinutesLocator();

  private static LabelledLayout layout(String... lines) {
    List<LabelledRow> rows = new ArrayList<>();
    float y = 60;
    for (String line : lines) {
      rows.add(LabelledRow.of(1, y, y + 10, null, line, null, false, true, 0f, 10f, new Box(1, 72, y, 400, 10), null));
      y += 14;
    }
    return new LabelledLayout(rows, Map.of(), 1, false);
  }

  @Test
  void minutesTitledOnlyByAHeadingWordAreFound() {
    LabelledLayout l = layout("RIVERSIDE PLANNING COMMISSION", "REGULAR MEETING MINUTES", "March 3, 2021", "1. CALL TO ORDER",
        "The meeting was called to order at 7:02 p.m.", "2. APPROVAL OF THE AGENDA");
    assertEquals(1, locator.locate(l).size());
  }

  @Test
  void unnumberedMinutesWithAnAttendanceListAreFound() {
    LabelledLayout l = layout("Parks Trust", "Committee Members Present were: Ann Other (chair), Sam Person",
        "RESOLVED that the accounts be approved.");
    assertEquals(1, locator.locate(l).size());
  }

  @Test
  void anAgendaIsNotMinutesEvenWhenItListsTheLastMinutes() {
    LabelledLayout l = layout("AGENDA", "PARKS COMMITTEE", "Thursday, 4th March, 2021", "1. Apologies",
        "2. Minutes of the meeting held on 4 February 2021", "3. Budget report", "4. Any other business");
    assertEquals(0, locator.locate(l).size());
  }

  @Test
  void aNoticeOfMeetingIsNotMinutes() {
    LabelledLayout l = layout("PUBLIC NOTICE OF SPECIAL MEETING OF THE PARKS COMMITTEE", "Roll call",
        "1. Call to order", "2. Approval of minutes");
    assertEquals(0, locator.locate(l).size());
  }

  @Test
  void aPackWithoutMinutesHeadingsHasOneSetOfMinutesPerPresentList() {
    List<LabelledRow> rows = new ArrayList<>();
    float y = 60;
    String[][] pages = {
        {"AGENDA", "1. Apologies", "2. Minutes of the last meeting", "3. Budget"},
        {"AUDIT PANEL", "PRESENT: Ann Other (Chairman), Sam Person", "1 APOLOGIES", "None were received.", "2 BUDGET", "RESOLVED: That the budget be noted."},
        {"(19:28 TO 20:24)", "PRESENT: Ann Other, Sam Person, Lee Nobody", "The joint session received a presentation."}};
    for (int p = 0; p < pages.length; p++) {
      for (String line : pages[p]) {
        rows.add(LabelledRow.of(p + 1, y, y + 10, null, line, null, false, true, 0f, 10f, new Box(p + 1, 72, y, 400, 10), null));
        y += 14;
      }
    }
    List<Span> spans = locator.locate(new LabelledLayout(rows, Map.of(), 3, false));
    assertEquals(2, spans.size());
    assertEquals("AUDIT PANEL", rows.get(spans.get(0).start()).text());
    assertEquals("(19:28 TO 20:24)", rows.get(spans.get(1).start()).text());
  }

  @Test
  void anAgendaLineAboveTheMinutesHeadingIsNotTheirHeading() {
    LabelledLayout l = layout("A meeting of the Parks Board will be held on 4 March 2021", "9 ANY OTHER BUSINESS", "PARKS BOARD",
        "Minutes of the meeting held on 4 February 2021", "Present:", "Ann Other (Chairman)", "1 APOLOGIES", "None.");
    assertEquals(2, locator.locate(l).get(0).start());
  }
}
