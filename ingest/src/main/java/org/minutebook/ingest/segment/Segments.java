package org.minutebook.ingest.segment;

import java.util.List;
import org.minutebook.ingest.label.LabelledRow;

/**
 * One set of minutes split into its front matter (title, date, attendance), its items, and the
 * closing rows after the last item's heading that are not part of it ("The meeting ended at ...").
 */
public record Segments(List<LabelledRow> front, List<RawItem> items, List<LabelledRow> closing) {
  public Segments {
    front = List.copyOf(front);
    items = List.copyOf(items);
    closing = List.copyOf(closing);
  }
}
