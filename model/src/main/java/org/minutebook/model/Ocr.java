package org.minutebook.model;

/**
 * How much of a file was read from page images by OCR, and how sure the OCR was: so that a
 * reader knows what to proofread.
 *
 * @param pages how many pages were read by OCR (pages with a good text layer never are)
 * @param words words OCR found on them
 * @param confidence the words' mean confidence, 0 to 100 (Tesseract's scale), 0 when none were found
 * @param seconds wall-clock seconds the OCR took, rendering included
 */
public record Ocr(int pages, int words, double confidence, double seconds) {
  /** Below this mean confidence a document, or a fact read from it, is listed as worth proofreading. */
  public static final double LOW_CONFIDENCE = 80;

  public Ocr {
    if (pages < 0 || words < 0 || confidence < 0 || confidence > 100 || seconds < 0) {
      throw new IllegalArgumentException("pages " + pages + ", words " + words + ", confidence " + confidence + ", seconds " + seconds);
    }
  }

  /** Whether its confidence is low enough that the text should be proofread. */
  public boolean low() {
    return confidence < LOW_CONFIDENCE;
  }

  /** Whether a fact's OCR confidence (null: not read by OCR) says it should be proofread. */
  public static boolean low(Double factConfidence) {
    return factConfidence != null && factConfidence < LOW_CONFIDENCE;
  }
}
