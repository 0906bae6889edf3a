package org.minutebook.ingest.segment;

import java.util.List;
import org.minutebook.ingest.layout.Row;

/**
 * One set of minutes split into its front matter (title, date, attendance), its items, and the
 * closing rows after the last item's heading that are not part of it ("The meeting ended at ...").
 */
public record Segments(List<Row> front, List<RawItem> items, List<Row> closing) {
  public Segments {
    front = List.copyOf(front);
    items = List.copyOf(items);
    closing = List.copyOf(closing);
  }
}
