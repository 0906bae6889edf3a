package org.minutebook.ingest.layout;

import java.util.List;
import org.minutebook.ingest.text.Word;
import org.minutebook.model.Box;

/**
 * One printed line of the minutes after layout analysis: page furniture removed and the line split
 * into the cells of the minutes table.
 *
 * @param page 1-based page
 * @param top top of the line in points from the top of the page
 * @param bottom bottom of the line
 * @param number the item-number cell ("16a", "84."), or null
 * @param text the text cell (may be empty when the line holds only an action entry)
 * @param action the Action-column cell ("AB", "CD/EF", "Action"), or null
 * @param bold whether the text cell is set in bold
 * @param paragraphStart whether the text starts a new paragraph (a larger gap above, a new page
 *     after a finished sentence, or a numbered cell)
 * @param indent the text cell's left edge relative to the text column, in points
 * @param fontSize the largest font size on the line
 * @param box where the text cell was printed
 * @param actionBox where the action cell was printed, or null
 * @param words every word printed on the row's line, left to right, its cells' words side by side
 *     (a table's cells are read from them); empty where positions are unknown
 */
public record Row(
    int page,
    float top,
    float bottom,
    String number,
    String text,
    String action,
    boolean bold,
    boolean paragraphStart,
    float indent,
    float fontSize,
    Box box,
    Box actionBox,
    List<Word> words) {
  public Row {
    words = List.copyOf(words);
  }

  /** A row whose words are not known (built by hand, or from text without positions). */
  public Row(int page, float top, float bottom, String number, String text, String action, boolean bold, boolean paragraphStart,
      float indent, float fontSize, Box box, Box actionBox) {
    this(page, top, bottom, number, text, action, bold, paragraphStart, indent, fontSize, box, actionBox, List.of());
  }

  /** How far below the baseline a row's bottom lies, as a share of its font size. */
  static final float DESCENT = 0.25f;

  /** The row's baseline, from its bottom. */
  public float baseline() {
    return bottom - DESCENT * fontSize;
  }

  public boolean hasText() {
    return !text.isBlank();
  }

  /** The same row with another paragraph flag. */
  public Row withParagraphStart(boolean start) {
    return new Row(page, top, bottom, number, text, action, bold, start, indent, fontSize, box, actionBox, words);
  }

  /** The same row with its number cell read as the start of its text. */
  public Row withNumberAsText() {
    String joined = number == null ? text : (number + " " + text).strip();
    return new Row(page, top, bottom, null, joined, action, bold, paragraphStart, indent, fontSize, box, actionBox, words);
  }

  /** The same line with other cells (a number read from the text, an action written under it), its words kept. */
  public Row withCells(String number, String text, String action, boolean paragraphStart, Box box, Box actionBox) {
    return new Row(page, top, bottom, number, text, action, bold, paragraphStart, indent, fontSize, box, actionBox, words);
  }
}
