package org.minutebook.ingest.text;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Plain PDFBox text extraction, sorted by position, with nothing else: the yardstick the
 * benchmark measures the full pipeline against.
 */
public final class PlainTextBaseline {
  private PlainTextBaseline() {}

  /** Pages in the PDF, after extracting all of their text. */
  public static int extract(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(doc);
      if (text.isEmpty() && doc.getNumberOfPages() < 0) {
        throw new IOException("unreachable");
      }
      return doc.getNumberOfPages();
    }
  }
}
