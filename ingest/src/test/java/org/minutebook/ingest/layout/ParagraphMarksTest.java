package org.minutebook.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Box;

class ParagraphMarksTest {
  private final List<Row> rows = new ArrayList<>();
  private float baseline = 100;

  /** A row of text in the text column, 5pt a character, after the given extra space. */
  private void row(String text, float size, float space) {
    baseline += 1.2f * size + space;
    float top = baseline - 0.7f * size;
    float width = 5f * text.length();
    rows.add(new Row(1, top, baseline + Row.DESCENT * size, null, text, null, false, false, 0f, size,
        new Box(1, 90, top, width, size), null));
  }

  private List<Boolean> marks() {
    return LayoutAnalyzer.markParagraphs(rows).stream().map(Row::paragraphStart).toList();
  }

  /** A line of text that fills the column: 80 characters. */
  private static String full(String start) {
    return (start + " and the line goes on and on to the right edge of the column so that it is full").substring(0, 80);
  }

  @Test
  void aQuarterLineOfSpaceStartsAParagraph() {
    for (int i = 0; i < 12; i++) {
      row(full("line " + i), 10, i == 6 ? 2.5f : 0f);
    }

    List<Boolean> marks = marks();

    assertEquals(true, marks.get(6));
    assertEquals(List.of(true, false, false, false, false, false, true, false, false, false, false, false), marks);
  }

  @Test
  void aLargerHeadingWrapsWithoutStartingParagraphs() {
    for (int i = 0; i < 10; i++) {
      row(full("line " + i), 10, 0f);
    }
    row("PROGRESS REPORT ON THE JOINT", 13, 8f);
    row("COMMISSIONING OF SERVICES", 13, 0f);

    List<Boolean> marks = marks();

    assertEquals(true, marks.get(10));
    assertEquals(false, marks.get(11));
  }

  @Test
  void aSentenceEndingWellShortOfTheEdgeEndsItsParagraph() {
    for (int i = 0; i < 10; i++) {
      row(full("line " + i), 10, 0f);
    }
    row("the item was noted.", 10, 0f);
    row(full("Members then asked about the budget for next year"), 10, 0f);
    row(full("and it wraps"), 10, 0f);

    List<Boolean> marks = marks();

    assertEquals(false, marks.get(10));
    assertEquals(true, marks.get(11));
    assertEquals(false, marks.get(12));
  }
}
