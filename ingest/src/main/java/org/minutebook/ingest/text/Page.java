package org.minutebook.ingest.text;

import java.util.List;

/**
 * One page's lines in reading order: top to bottom, then left to right.
 *
 * @param number 1-based page number
 * @param width page width in points
 * @param height page height in points
 * @param lines the lines; empty for a blank or image-only page
 * @param glyphs how many glyphs the page's text layer held (before any were merged or dropped),
 *     or OCR gave
 * @param ocrWords words OCR read on the page (0 for a page read from its text layer)
 * @param ocrConfidence their mean confidence, 0 to 100; NaN for a page read from its text layer
 */
public record Page(int number, float width, float height, List<Line> lines, int glyphs, int ocrWords, float ocrConfidence) {
  public Page {
    lines = List.copyOf(lines);
  }

  /** A page read from its text layer. */
  public Page(int number, float width, float height, List<Line> lines, int glyphs) {
    this(number, width, height, lines, glyphs, 0, Float.NaN);
  }

  /** Whether the page was read by OCR. */
  public boolean ocr() {
    return !Float.isNaN(ocrConfidence);
  }
}
