package org.minutebook.cli;

import org.minutebook.ingest.Models;
import picocli.CommandLine.Option;

/** The option of the commands that read files: whether scanned pages are read by OCR. */
final class OcrOptions {
  @Option(names = "--no-ocr", description = "Do not read scanned pages by OCR: a scan is refused (\"no text layer\"), as"
      + " where Tesseract is not installed. By default pages without a usable text layer are read with Tesseract.")
  boolean noOcr;

  /** The models of this run: those found here, without OCR when it is switched off. */
  Models models() {
    Models found = Models.onClassPath();
    return noOcr ? found.withoutOcr("OCR is switched off (--no-ocr)") : found;
  }
}
