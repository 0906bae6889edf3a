package org.minutebook.ingest.extract;

import java.util.List;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.text.Word;
import org.minutebook.model.Box;

/** Where a fact's rows were printed, and how sure OCR was of them: the provenance every fact keeps. */
final class PrintedRows {
  private PrintedRows() {}

  /** The smallest box holding the rows' text cells (on the first page with one), or null when none has a box. */
  static Box box(List<LabelledRow> rows) {
    Box box = null;
    for (LabelledRow r : rows) {
      if (r.box() != null) {
        box = box == null ? r.box() : box.union(r.box());
      }
    }
    return box;
  }

  /**
   * The mean confidence of the words OCR read the rows from, every word of their lines counted once
   * (an Action cell beside a decision is part of what a proofreader checks); null when no word
   * was read by OCR.
   */
  static Double ocrConfidence(List<LabelledRow> rows) {
    double sum = 0;
    int words = 0;
    for (LabelledRow r : rows) {
      for (Word w : r.words()) {
        if (w.ocr()) {
          sum += w.confidence();
          words++;
        }
      }
    }
    return words == 0 ? null : sum / words;
  }
}
