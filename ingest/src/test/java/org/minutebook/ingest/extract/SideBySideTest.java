package org.minutebook.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.RowLabeller;
import org.minutebook.ingest.layout.Layout;
import org.minutebook.ingest.layout.Row;
import org.minutebook.ingest.text.Word;
import org.minutebook.model.Attendance;
import org.minutebook.model.Person;

class SideBySideTest {
  private float top = 100;

  /** A line whose cells start at the given character columns ("8:Ann Other (AO)", "60:Sam Person"). */
  private Row line(String... cells) {
    List<Word> words = new ArrayList<>();
    for (String cell : cells) {
      int colon = cell.indexOf(':');
      float x = 50 + Integer.parseInt(cell.substring(0, colon)) * 5f;
      for (String w : cell.substring(colon + 1).split(" ")) {
        words.add(new Word(w, x, x + w.length() * 5f, top, top + 8, 10f, false));
        x += (w.length() + 1) * 5f;
      }
    }
    StringBuilder text = new StringBuilder();
    words.forEach(w -> text.append(text.length() == 0 ? "" : " ").append(w.text()));
    Row row = new Row(1, top, top + 10, null, text.toString(), null, false, top == 100, 0f, 10f, null, null, words);
    top += 12;
    return row;
  }

  @Test
  void listsSideBySideAreReadColumnByColumn() {
    List<LabelledRow> rows = new RowLabeller().label(new Layout(List.of(
        line("16:Present:", "51:Also in attendance:"),
        line("8:K Draper (Chair)", "60:P Mander"),
        line("8:D Masterson Jones (DMJ)", "60:J Mander"),
        line("8:A Martin (AM)"),
        line("68:Apologies:"),
        line("66:Lee Nobody")), Map.of(), 1, false)).rows();
    Attendance a = new AttendanceExtractor().extract(rows, List.of());
    assertEquals(List.of("K Draper", "D Masterson Jones", "A Martin"), a.present().stream().map(Person::name).toList());
    assertEquals(List.of("P Mander", "J Mander"), a.alsoPresent().stream().map(Person::name).toList());
    assertEquals(List.of("Lee Nobody"), a.apologies().stream().map(Person::name).toList());
  }
}
