package org.minutebook.ingest.segment;

import java.util.List;
import org.minutebook.ingest.label.LabelledRow;

/**
 * A numbered item as segmented, before extraction.
 *
 * @param number the number as printed without trailing punctuation ("16a", "84")
 * @param titleRows the rows of its heading (the first holds the number cell)
 * @param bodyRows the rows after its heading up to the next item
 */
public record RawItem(String number, List<LabelledRow> titleRows, List<LabelledRow> bodyRows) {
  public RawItem {
    titleRows = List.copyOf(titleRows);
    bodyRows = List.copyOf(bodyRows);
  }
}
