package org.minutebook.ingest.label;

import java.util.List;
import java.util.Objects;
import org.minutebook.ingest.layout.Row;
import org.minutebook.ingest.text.Word;
import org.minutebook.model.Box;

/**
 * A row of the minutes with its labels: the layout's {@link Row} (its cells, words and position)
 * and what the recognisers read it as. Segment and extract ask the labels instead of matching
 * the row's text; its cells' accessors are the row's own.
 *
 * @param row the row as the layout stage read it
 * @param labels what it is
 */
public record LabelledRow(Row row, Labels labels) {
  public LabelledRow {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(labels, "labels");
  }

  /** A row labelled on its own, without the document around it (body size its own): for rows built by hand. */
  public static LabelledRow of(int page, float top, float bottom, String number, String text, String action, boolean bold,
      boolean paragraphStart, float indent, float fontSize, Box box, Box actionBox) {
    return RowLabeller.alone(new Row(page, top, bottom, number, text, action, bold, paragraphStart, indent, fontSize, box, actionBox));
  }

  public int page() {
    return row.page();
  }

  public float top() {
    return row.top();
  }

  public float bottom() {
    return row.bottom();
  }

  public String number() {
    return row.number();
  }

  public String text() {
    return row.text();
  }

  public String action() {
    return row.action();
  }

  public boolean bold() {
    return row.bold();
  }

  public boolean paragraphStart() {
    return row.paragraphStart();
  }

  public float indent() {
    return row.indent();
  }

  public float fontSize() {
    return row.fontSize();
  }

  public Box box() {
    return row.box();
  }

  public Box actionBox() {
    return row.actionBox();
  }

  /** Every word printed on the row's line, left to right. */
  public List<Word> words() {
    return row.words();
  }

  public float baseline() {
    return row.baseline();
  }

  public boolean hasText() {
    return row.hasText();
  }

  /** The same row with another paragraph flag, labelled again. */
  public LabelledRow withParagraphStart(boolean start) {
    return RowLabeller.relabel(row.withParagraphStart(start), labels);
  }

  /** The same row with its number cell read as the start of its text, labelled again. */
  public LabelledRow withNumberAsText() {
    return number() == null ? this : RowLabeller.relabel(row.withNumberAsText(), labels);
  }

  /** The same line with other cells, labelled again. */
  public LabelledRow withCells(String number, String text, String action, boolean paragraphStart, Box box, Box actionBox) {
    return RowLabeller.relabel(row.withCells(number, text, action, paragraphStart, box, actionBox), labels);
  }
}
