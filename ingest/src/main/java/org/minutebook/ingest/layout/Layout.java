package org.minutebook.ingest.layout;

import java.util.List;
import java.util.Map;

/**
 * A document after layout analysis: its rows in reading order across pages, and the running
 * headers and footers removed from each page.
 *
 * @param rows the rows, page by page, top to bottom
 * @param furniture per page (1-based), the header and footer lines removed from it
 * @param pageCount pages in the document
 * @param hasActionColumn whether an Action column was found
 */
public record Layout(List<Row> rows, Map<Integer, List<String>> furniture, int pageCount, boolean hasActionColumn) {
  public Layout {
    rows = List.copyOf(rows);
    furniture = Map.copyOf(furniture);
  }

  public List<String> furnitureOf(int page) {
    return furniture.getOrDefault(page, List.of());
  }
}
