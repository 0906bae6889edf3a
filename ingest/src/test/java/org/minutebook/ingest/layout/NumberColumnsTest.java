package org.minutebook.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Box;

class NumberColumnsTest {
  private static Row row(String number, String text) {
    return new Row(1, 0, 10, number, text, null, false, number != null, 0f, 10f, new Box(1, 90, 0, 300, 10), null);
  }

  private static List<String> numbers(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(r.number());
    }
    return out;
  }

  @Test
  void numbersSetFurtherInThanTheItemColumnAreParagraphNumbers() {
    List<Row> rows = List.of(row("1.", "Ann Other was elected to the chair."), row("84.", "Apologies"),
        row("85.", "Budget"), row("1)", "The Leader introduced the item."), row("2)", "Members asked questions."));
    List<float[]> at = Arrays.asList(new float[] {60, 70}, new float[] {30, 50}, new float[] {30, 50},
        new float[] {60, 70}, new float[] {60, 70});
    List<Row> out = LayoutAnalyzer.outerNumbersOnly(rows, at);
    assertEquals(Arrays.asList(null, "84.", "85.", null, null), numbers(out));
    assertEquals("1) The Leader introduced the item.", out.get(3).text());
  }

  @Test
  void numbersSetFlushRightShareTheirColumn() {
    List<Row> rows = List.of(row("9", "Apologies"), row("10", "Minutes"), row("186b", "Reports"));
    List<float[]> at = Arrays.asList(new float[] {44, 50}, new float[] {38, 50}, new float[] {28, 50});
    assertEquals(Arrays.asList("9", "10", "186b"), numbers(LayoutAnalyzer.outerNumbersOnly(rows, at)));
  }
}
