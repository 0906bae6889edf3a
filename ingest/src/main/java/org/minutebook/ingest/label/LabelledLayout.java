package org.minutebook.ingest.label;

import java.util.List;
import java.util.Map;
import org.minutebook.ingest.layout.Layout;

/**
 * A document's rows in reading order, each with its labels, and what the layout stage found of
 * its pages.
 *
 * @param rows the labelled rows, page by page, top to bottom
 * @param layout the layout they were read from (furniture per page, page count, Action column)
 */
public record LabelledLayout(List<LabelledRow> rows, Layout layout) {
  public LabelledLayout {
    rows = List.copyOf(rows);
  }

  /** Rows labelled by hand with what a layout would have found (for tests and rows built without pages). */
  public LabelledLayout(List<LabelledRow> rows, Map<Integer, List<String>> furniture, int pageCount, boolean hasActionColumn) {
    this(rows, new Layout(List.of(), furniture, pageCount, hasActionColumn));
  }

  /** The header and footer lines removed from a page (1-based). */
  public List<String> furnitureOf(int page) {
    return layout.furnitureOf(page);
  }
}
