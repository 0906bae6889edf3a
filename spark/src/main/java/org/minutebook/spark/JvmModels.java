package org.minutebook.spark;

import org.minutebook.ingest.Models;

/**
 * The models of an executor's JVM, made once and shared by every task it runs: the name recogniser
 * loads in seconds and holds hundreds of MiB, and OCR's pool of Tesseract processes should be one
 * per machine, not one per task.
 */
final class JvmModels {
  private static Models withOcr;
  private static Models withoutOcr;

  private JvmModels() {}

  static synchronized Models get(boolean ocr) {
    if (ocr) {
      if (withOcr == null) {
        withOcr = Models.onClassPath();
      }
      return withOcr;
    }
    if (withoutOcr == null) {
      withoutOcr = Models.onClassPath().withoutOcr("OCR is switched off (--no-ocr)");
    }
    return withoutOcr;
  }
}
