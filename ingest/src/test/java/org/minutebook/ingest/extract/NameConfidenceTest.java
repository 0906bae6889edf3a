package org.minutebook.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.model.Attendance;
import org.minutebook.model.Person;

class NameConfidenceTest {
  private static LabelledRow row(String text) {
    return LabelledRow.of(1, 100, 110, null, text, null, false, true, 0f, 10f, null, null);
  }

  private static Attendance present(String... names) {
    return new Attendance(List.of(names).stream().map(Person::named).toList(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void aNameTakesTheConfidenceOfTheWordsItWasReadFrom() {
    // "Present:" 95, "Cllr" 95, "Ada" 90, "Marsh" 60, "(Chairman)," 95, "Ivo" 80, "Quay" 70
    LabelledRow printed = OcrRows.read(row("Present: Cllr Ada Marsh (Chairman), Ivo Quay"), 95, 95, 90, 60, 95, 80, 70);
    Attendance marked = NameConfidence.mark(present("Ada Marsh", "Ivo Quay"), List.of(printed));
    assertEquals(75, marked.present().get(0).ocrConfidence(), 0.01);
    assertEquals(75, marked.present().get(1).ocrConfidence(), 0.01);
  }

  @Test
  void aNameWrappedOverTwoLinesIsFoundWordByWord() {
    List<LabelledRow> printed = List.of(OcrRows.read(row("Councillor Priya"), 95, 50), OcrRows.read(row("Whitcombe, Ivo Quay"), 70));
    Attendance marked = NameConfidence.mark(present("Priya Whitcombe", "Someone Else"), printed);
    assertEquals(60, marked.present().get(0).ocrConfidence(), 0.01);
    assertNull(marked.present().get(1).ocrConfidence(), "a name whose words are not all printed keeps none");
  }

  @Test
  void rowsOfATextLayerLeaveTheAttendanceAsItIs() {
    Attendance a = present("Ada Marsh");
    assertSame(a, NameConfidence.mark(a, List.of(row("Present: Ada Marsh"))));
  }
}
