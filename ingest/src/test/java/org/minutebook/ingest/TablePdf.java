package org.minutebook.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a report whose body is a ruled table, as councils print matters-arising reports: head
 * lines, then rows of cells side by side, each cell's text wrapped to its column, rows breaking
 * across pages, a page number at the foot of each page.
 */
final class TablePdf {
  private static final float SIZE = 10;
  private static final float LEADING = 12;
  private static final float TOP = 60;
  private static final float BOTTOM = 780;

  private TablePdf() {}

  /**
   * @param head lines above the table
   * @param columns each column's left edge and width, in points
   * @param rows the table's rows (the first is its header), each a cell per column
   */
  static byte[] write(List<String> head, float[][] columns, List<String[]> rows) {
    PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      List<List<float[]>> pagesY = new ArrayList<>();
      List<List<String>> pagesText = new ArrayList<>();
      List<List<Float>> pagesX = new ArrayList<>();
      float y = TOP;
      List<float[]> ys = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      List<Float> xs = new ArrayList<>();
      for (String line : head) {
        ys.add(new float[] {y});
        texts.add(line);
        xs.add(columns[0][0]);
        y += LEADING * 1.5f;
      }
      for (String[] row : rows) {
        List<List<String>> cells = new ArrayList<>();
        int height = 0;
        for (int c = 0; c < columns.length; c++) {
          List<String> wrapped = new ArrayList<>();
          for (String para : row[c].split("\n")) {
            wrapped.addAll(wrap(para, font, columns[c][1]));
          }
          cells.add(wrapped);
          height = Math.max(height, wrapped.size());
        }
        y += LEADING * 0.5f;
        for (int l = 0; l < height; l++) {
          if (y > BOTTOM) {
            pagesY.add(ys);
            pagesText.add(texts);
            pagesX.add(xs);
            ys = new ArrayList<>();
            texts = new ArrayList<>();
            xs = new ArrayList<>();
            y = TOP;
          }
          for (int c = 0; c < columns.length; c++) {
            if (l < cells.get(c).size() && !cells.get(c).get(l).isEmpty()) {
              ys.add(new float[] {y});
              texts.add(cells.get(c).get(l));
              xs.add(columns[c][0]);
            }
          }
          y += LEADING;
        }
        y += LEADING * 0.5f;
      }
      pagesY.add(ys);
      pagesText.add(texts);
      pagesX.add(xs);
      for (int p = 0; p < pagesY.size(); p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float h = page.getMediaBox().getHeight();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          for (int k = 0; k < pagesY.get(p).size(); k++) {
            cs.beginText();
            cs.setFont(font, SIZE);
            cs.newLineAtOffset(pagesX.get(p).get(k), h - pagesY.get(p).get(k)[0]);
            cs.showText(pagesText.get(p).get(k));
            cs.endText();
          }
          cs.beginText();
          cs.setFont(font, SIZE);
          cs.newLineAtOffset(290, 30);
          cs.showText("Page " + (p + 1));
          cs.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> wrap(String text, PDFont font, float width) {
    return text.isBlank() ? List.of("") : MinutesPdfWriter.wrap(text, font, SIZE, width);
  }
}
