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

  @Test
  void wideJustifiedTextHasNoActionColumn() {
    // lines of a single column of justified text whose last words stand far to the right
    java.util.List<org.minutebook.ingest.text.Line> lines = new ArrayList<>();
    String[][] text = {{"In", "accordance", "with", "the", "Rules", "for"}, {"Contractors,", "as", "amended", "by", "the", "Board"},
        {"the", "following", "contractors", "are", "listed", "$ 6,984,000.00"}, {"Abel", "Recon,", "LLC", "$", "3,996,000.00"},
        {"Board", "of", "Estimates", "March", "17,", "2010"}, {"matters", "to", "be", "considered", "as", "13, 2020, identifying"}};
    float y = 100;
    for (String[] words : text) {
      java.util.List<org.minutebook.ingest.text.Word> ws = new ArrayList<>();
      float x = 72;
      for (int i = 0; i < words.length; i++) {
        float w = words[i].length() * 5f;
        if (i == words.length - 1) {
          x = 420; // set wide, to the right margin
        }
        ws.add(new org.minutebook.ingest.text.Word(words[i], x, x + w, y - 10, y, 10f, false));
        x += w + 3;
      }
      lines.add(new org.minutebook.ingest.text.Line(1, ws));
      y += 14;
    }
    org.minutebook.ingest.text.TextDocument doc = new org.minutebook.ingest.text.TextDocument("x.pdf", "0",
        org.minutebook.ingest.text.TextDocument.Format.PDF, java.util.List.of(new org.minutebook.ingest.text.Page(1, 612, 792, lines, 100)));
    Layout layout = new LayoutAnalyzer().analyze(doc);
    for (Row r : layout.rows()) {
      assertEquals(null, r.action(), r.text());
    }
  }
}
