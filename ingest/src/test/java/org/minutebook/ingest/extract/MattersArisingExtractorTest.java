package org.minutebook.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.model.Box;
import org.minutebook.model.FollowUp;

class MattersArisingExtractorTest {
  private final MattersArisingExtractor extractor = new MattersArisingExtractor();

  /** Lines; a leading "¶" starts a paragraph. */
  private static List<LabelledRow> rows(String... lines) {
    List<LabelledRow> rows = new ArrayList<>();
    float y = 60;
    for (String line : lines) {
      boolean start = line.startsWith("¶");
      String text = start ? line.substring(1) : line;
      rows.add(LabelledRow.of(2, y, y + 10, null, text, null, false, start, 0f, 10f, new Box(2, 72, y, 400, 10), null));
      y += 14;
    }
    return rows;
  }

  @Test
  void rowsOfAFlattenedTableAreRead() {
    List<FollowUp> got = extractor.extract(rows(
        "¶Report No. ABC21001", "¶Date: 4th March 2021", "¶Decision Maker: Riverside Board", "¶Title: MATTERS ARISING",
        "¶Minute 42 3rd February 2021", "¶Library Hours", "¶It was resolved that the library open on Sundays.",
        "¶The library opened on Sundays from 1 March.", "¶Minute 43b 3rd February",
        "2021", "¶Resolved that Sam Person report on the playground",
        "fencing.", "¶Awaiting the report."), null, null);
    assertEquals(2, got.size());
    FollowUp first = got.get(0);
    assertEquals("42", first.minute());
    assertEquals(LocalDate.of(2021, 2, 3), first.meetingDate());
    assertEquals("Library Hours", first.title());
    assertEquals("It was resolved that the library open on Sundays.", first.resolution());
    assertEquals("The library opened on Sundays from 1 March.", first.update());
    assertEquals(LocalDate.of(2021, 3, 4), first.reportedOn());
    assertEquals("Riverside Board", first.body());
    FollowUp second = got.get(1);
    assertEquals("43b", second.minute());
    assertEquals(LocalDate.of(2021, 2, 3), second.meetingDate());
    assertNull(second.title());
    assertEquals("Resolved that Sam Person report on the playground fencing.", second.resolution());
    assertEquals("Awaiting the report.", second.update());
  }

  @Test
  void aDateInACellOfItsOwnWithoutItsYearIsTheLastSuchDayBeforeTheReport() {
    List<FollowUp> got = extractor.extract(rows(
        "¶MATTERS ARISING", "¶Minute 42", "3rd December", "¶Library", "Hours", "It was resolved that the library open on Sundays.",
        "¶Awaiting the rota."), LocalDate.of(2022, 1, 20), "Riverside Board");
    assertEquals(1, got.size());
    assertEquals(LocalDate.of(2021, 12, 3), got.get(0).meetingDate());
    assertEquals("Library Hours", got.get(0).title(), "the title ran into the resolution with no paragraph break");
    assertEquals("It was resolved that the library open on Sundays.", got.get(0).resolution());
    assertEquals("Awaiting the rota.", got.get(0).update());
  }

  @Test
  void otherReportsGiveNoRows() {
    assertEquals(List.of(), extractor.extract(rows("¶Title: LIBRARY HOURS", "¶Minute 42 of the last meeting asked for this."),
        null, null));
  }
}
