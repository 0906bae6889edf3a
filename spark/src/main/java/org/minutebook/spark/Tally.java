package org.minutebook.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minutebook.model.IngestStatus;

/**
 * The counts of a partition, or of the whole job once the partitions' are added: one small
 * object per task goes to the driver, however many documents it read. A retried task's tally
 * replaces the failed attempt's, so nothing is counted twice (documents the failed attempt stored
 * count as already present).
 *
 * @param stored documents this run stored (with or without warnings)
 * @param withWarnings of those, the ones read with warnings
 * @param replaced of those, the ones replacing an earlier version from the same path
 * @param present documents the archive already had (same bytes, same extractor), not refused
 * @param refused documents refused now
 * @param refusedBefore documents the archive already had as refused
 * @param meetings meetings in the documents stored
 * @param refusals the stderr line of every refused document, in the partition's order
 */
record Tally(int stored, int withWarnings, int replaced, int present, int refused, int refusedBefore, int meetings,
    List<String> refusals) implements Serializable {
  private static final long serialVersionUID = 1L;

  static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0, List.of());

  Tally {
    refusals = List.copyOf(refusals);
  }

  int documents() {
    return stored + present + refused + refusedBefore;
  }

  /** This tally with one more document. */
  Tally plus(DocumentOutcome o) {
    List<String> lines = refusals;
    if (o.refused()) {
      lines = new ArrayList<>(refusals);
      lines.add(o.refusalLine());
    }
    boolean before = o.refused() && o.status() == IngestStatus.UNCHANGED;
    return new Tally(stored + (o.stored() ? 1 : 0),
        withWarnings + (o.status() == IngestStatus.INGESTED_WITH_WARNINGS ? 1 : 0),
        replaced + (o.stored() && o.replaced() ? 1 : 0),
        present + (o.status() == IngestStatus.UNCHANGED && !o.refused() ? 1 : 0),
        refused + (o.status() == IngestStatus.REFUSED ? 1 : 0),
        refusedBefore + (before ? 1 : 0),
        meetings + (o.stored() ? o.meetings() : 0), lines);
  }

  /** The two tallies together, this one's refusals first. */
  Tally plus(Tally t) {
    List<String> lines = new ArrayList<>(refusals);
    lines.addAll(t.refusals);
    return new Tally(stored + t.stored, withWarnings + t.withWarnings, replaced + t.replaced, present + t.present,
        refused + t.refused, refusedBefore + t.refusedBefore, meetings + t.meetings, lines);
  }

  /** The summary's counts, one line without the timing. */
  String counts() {
    String extra = (withWarnings > 0 ? ", " + withWarnings + " with warnings" : "")
        + (replaced > 0 ? ", " + replaced + " replacing older versions" : "");
    return String.format(Locale.ROOT, "%d documents: %d stored (%d meetings added%s), %d already present, %d refused%s",
        documents(), stored, meetings, extra, present, refused + refusedBefore,
        refusedBefore > 0 ? " (" + refusedBefore + " of them before this run)" : "");
  }
}
