package org.minutebook.ingest.link;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.minutebook.ingest.store.LinkSession.Source;

/**
 * Decides which file's rows of a meeting read from several files are primary, the ones listings
 * show: the file that read it best, by most decisions, then most items, then the first stored.
 * The other files' rows stay as sources, so removing one file loses nothing the others hold.
 *
 * <p>Contract: a pure function; never throws.
 */
public final class PrimarySource {
  private static final Comparator<Source> BEST = Comparator.comparingInt(Source::decisions).reversed()
      .thenComparing(Comparator.comparingInt(Source::items).reversed())
      .thenComparingLong(Source::meetingId);

  /** The document whose rows are primary, or none when the meeting has no rows left. */
  public Optional<Long> choose(List<Source> sources) {
    return sources.stream().min(BEST).map(Source::documentId);
  }
}
