package org.minutebook.ingest.text;

/**
 * One glyph of a page's text layer as the PDF drew it, in PDF points from the top left.
 *
 * @param text the glyph's Unicode text (one character, or a few for ligatures)
 * @param x left edge
 * @param baseline baseline
 * @param width advance width
 * @param height glyph height
 * @param fontSize font size in points
 * @param spaceWidth width of a space in this font, 0 when unknown
 * @param bold whether the font is bold
 * @param confidence how sure OCR was of the word the glyph is part of, 0 to 100; NaN for a glyph
 *     of a text layer
 */
public record Glyph(
    String text, float x, float baseline, float width, float height, float fontSize, float spaceWidth, boolean bold,
    float confidence) {
  /** A glyph of a text layer, which is what the PDF says it is. */
  public Glyph(String text, float x, float baseline, float width, float height, float fontSize, float spaceWidth, boolean bold) {
    this(text, x, baseline, width, height, fontSize, spaceWidth, bold, Float.NaN);
  }
}
