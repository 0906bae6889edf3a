package org.minutebook.ingest.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.label.rules.AttendanceLabel;
import org.minutebook.ingest.layout.Row;
import org.minutebook.model.Box;
import org.minutebook.model.DecisionKind;

class RowLabellerTest {
  private final List<Row> rows = new ArrayList<>();

  private void row(String number, String text, String action, boolean bold, boolean start, float size) {
    float y = 100 + rows.size() * 14;
    rows.add(new Row(1, y, y + size, number, text, action, bold, start, 0f, size, new Box(1, 90, y, 400, size), null));
  }

  @Test
  void eachRowIsLabelledOnceWithWhatItIs() {
    row(null, "MINUTES of the meeting of the Board held on 3 May 2024", null, true, true, 14f);
    row(null, "PRESENT: Ann Other (Chair), Sam Person", null, false, true, 10f);
    row("16a", "REPORTS FROM SUB-GROUPS", null, true, true, 10f);
    row(null, "RESOLVED that the report be noted.", "AO", false, true, 10f);
    row(null, "ACTION: SP", null, false, true, 10f);
    row(null, "The meeting ended at 8.15 pm", null, false, true, 10f);
    List<LabelledRow> labelled = RowLabeller.label(rows);

    Labels heading = labelled.get(0).labels();
    assertTrue(heading.minutesHeading());
    assertTrue(heading.heading());
    assertTrue(heading.typography().relativeSize() > 1.3f);
    assertEquals(AttendanceLabel.Kind.PRESENT, labelled.get(1).labels().attendance().kind());
    assertEquals("16a", labelled.get(2).labels().number().printed());
    assertEquals(DecisionKind.RESOLVED, labelled.get(3).labels().decision().kind());
    assertTrue(labelled.get(3).labels().finished());
    assertEquals("SP", labelled.get(4).labels().actionLine());
    assertTrue(labelled.get(5).labels().closing());
    assertEquals(List.of("number=16a", "heading(bold caps alone)"), labelled.get(2).labels().describe());
  }

  @Test
  void aRowChangedByALaterStageIsLabelledAgain() {
    row("2", "Apologies for absence", null, false, true, 10f);
    LabelledRow r = RowLabeller.label(rows).get(0);
    assertEquals("2", r.labels().number().printed());
    LabelledRow text = r.withNumberAsText();
    assertNull(text.labels().number());
    assertEquals("2", text.labels().leading().number().printed());
    assertFalse(text.labels().typography().capitals());
  }

  @Test
  void typographyIsJudgedAgainstTheBodyText() {
    row(null, "Finance Update", null, false, true, 10f);
    row(null, "The treasurer reported the balance.", null, false, true, 10f);
    row(null, "A long paragraph of body text set in the same size as the rest", null, false, false, 10f);
    List<LabelledRow> labelled = RowLabeller.label(rows);
    assertFalse(labelled.get(0).labels().heading(), "plain type is no heading by typography");
    assertTrue(labelled.get(0).labels().typography().alone());
    assertFalse(labelled.get(1).labels().typography().alone(), "the row below continues its paragraph");
  }
}
