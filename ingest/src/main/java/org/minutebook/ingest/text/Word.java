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
 */
public record Word(String text, float x0, float x1, float top, float baseline, float fontSize, boolean bold) {
  public Word {
    Objects.requireNonNull(text, "text");
  }

  public float width() {
    return x1 - x0;
  }
}
