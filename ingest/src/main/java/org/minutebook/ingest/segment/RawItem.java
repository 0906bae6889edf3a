package org.minutebook.ingest.segment;

import java.util.List;
import org.minutebook.ingest.label.LabelledRow;

/**
 * An item as segmented, before extraction.
 *
 * @param number the number as printed without trailing punctuation ("16a", "84", "02.23.01", "a"),
 *     or null for a heading printed without one
 * @param titleRows the rows of its heading (the first holds the number cell)
 * @param bodyRows the rows after its heading up to the next item
 * @param group the heading a lettered entry stands under ("Updates" for "a) Playground group"), or null
 */
public record RawItem(String number, List<LabelledRow> titleRows, List<LabelledRow> bodyRows, String group) {
  public RawItem {
    titleRows = List.copyOf(titleRows);
    bodyRows = List.copyOf(bodyRows);
  }

  /** An item that stands under no heading. */
  public RawItem(String number, List<LabelledRow> titleRows, List<LabelledRow> bodyRows) {
    this(number, titleRows, bodyRows, null);
  }
}
