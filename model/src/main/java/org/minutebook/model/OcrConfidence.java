package org.minutebook.model;

/** The check every fact read by OCR makes of its confidence: Tesseract's scale, 0 to 100. */
final class OcrConfidence {
  private OcrConfidence() {}

  /** Throws unless confidence is null (not read by OCR) or a number from 0 to 100. */
  static void check(Double confidence) {
    if (confidence != null && !(confidence >= 0 && confidence <= 100)) {
      throw new IllegalArgumentException("OCR confidence " + confidence + " is not between 0 and 100");
    }
  }
}
