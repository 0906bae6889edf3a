package org.minutebook.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Item;
import org.minutebook.model.MinutesApproval;

class ApprovalExtractorTest {
  private final ApprovalExtractor extractor = new ApprovalExtractor();
  private static final LocalDate MEETING = LocalDate.of(2021, 3, 4);

  private static Item item(String number, String title, String text) {
    return new Item(number, title, 1, List.of(), text, List.of(), List.of(), null, null);
  }

  @Test
  void theItemThatAgreedEarlierMinutesGivesTheirDate() {
    MinutesApproval a = extractor.extract(MEETING, List.of(item("1", "APOLOGIES", "None."),
        item("2", "MINUTES OF THE MEETING HELD ON 4TH FEBRUARY 2021", "The minutes were agreed as a correct record.")));
    assertEquals(new MinutesApproval(List.of(LocalDate.of(2021, 2, 4)), "2"), a);
  }

  @Test
  void minutesOfThePreviousMeetingHaveNoDate() {
    MinutesApproval a = extractor.extract(MEETING, List.of(
        item("3", "Minutes", "RESOLVED that the minutes of the previous meeting be confirmed and signed.")));
    assertEquals(new MinutesApproval(List.of(), "3"), a);
  }

  @Test
  void oneItemMayApproveTheMinutesOfSeveralMeetings() {
    MinutesApproval a = extractor.extract(MEETING, List.of(item("2", "Minutes of the meetings held on 7 January 2021 and 4 February 2021",
        "RESOLVED that the minutes of the meetings held on 7 January 2021 and 4 February 2021 be approved as a correct record.")));
    assertEquals(List.of(LocalDate.of(2021, 1, 7), LocalDate.of(2021, 2, 4)), a.meetingDates());
  }

  @Test
  void minutesNotAgreedOrOnlyMentionedAreNoApproval() {
    assertNull(extractor.extract(MEETING, List.of(item("4", "Library", "The minutes of the library group were noted."))));
    assertNull(extractor.extract(MEETING, List.of(item("2", "Minutes", "The minutes were not agreed as a correct record."))));
  }
}
