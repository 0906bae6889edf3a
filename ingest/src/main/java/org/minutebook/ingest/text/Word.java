package org.minutebook.ingest.text;

import java.util.Objects;

/**
 * A word on a page: its text and where it was printed, in PDF points from the top left.
 *
 * @param text the word, never blank
 * @param x0 left edge
 * @param x1 right edge
 * @param top top of the tallest glyph
 * @param baseline the baseline
 * @param fontSize font size in points
 * @param bold whether the font is bold
 * @param confidence OCR's confidence in the word, 0 to 100 (its least sure glyph's); NaN for a
 *     word of a text layer or a web page
 */
public record Word(String text, float x0, float x1, float top, float baseline, float fontSize, boolean bold, float confidence) {
  public Word {
    Objects.requireNonNull(text, "text");
  }

  /** A word of a text layer or a web page. */
  public Word(String text, float x0, float x1, float top, float baseline, float fontSize, boolean bold) {
    this(text, x0, x1, top, baseline, fontSize, bold, Float.NaN);
  }

  /** Whether OCR read it. */
  public boolean ocr() {
    return !Float.isNaN(confidence);
  }

  public float width() {
    return x1 - x0;
  }
}
