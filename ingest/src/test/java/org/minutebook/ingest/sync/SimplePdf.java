package org.minutebook.ingest.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** One A4 page of lines, as a council's printed minutes would have them: test scope only. */
final class SimplePdf {
  private SimplePdf() {}

  static byte[] of(List<String> lines) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        float y = 780;
        for (String line : lines) {
          boolean heading = line.startsWith("#");
          String text = heading ? line.substring(1) : line;
          s.beginText();
          s.setFont(heading ? bold : regular, 11);
          s.newLineAtOffset(72, y);
          s.showText(text);
          s.endText();
          y -= line.isEmpty() ? 10 : 16;
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
