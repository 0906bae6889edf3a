package org.minutebook.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.layout.Row;
import org.minutebook.ingest.text.Word;

/** Rows built by hand as OCR would have read them: their words, with confidences. */
final class OcrRows {
  private OcrRows() {}

  /**
   * The row with its number and text cells as words, each read with the next of these confidences
   * (the last repeated for the words after).
   */
  static LabelledRow read(LabelledRow r, float... confidences) {
    String printed = ((r.number() == null ? "" : r.number() + " ") + r.text()).strip();
    List<Word> words = new ArrayList<>();
    float x = 60;
    int i = 0;
    for (String w : printed.split(" ")) {
      float confidence = confidences[Math.min(i++, confidences.length - 1)];
      words.add(new Word(w, x, x + 6 * w.length(), r.top(), r.bottom(), 10, false, confidence));
      x += 6 * w.length() + 3;
    }
    Row row = r.row();
    return new LabelledRow(new Row(row.page(), row.top(), row.bottom(), row.number(), row.text(), row.action(), row.bold(),
        row.paragraphStart(), row.indent(), row.fontSize(), row.box(), row.actionBox(), words), r.labels());
  }
}
