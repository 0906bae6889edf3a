package org.minutebook.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minutebook.ingest.link.Linker;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.ArchivedDocument;
import org.minutebook.ingest.store.ArchivedDocuments;
import org.minutebook.ingest.store.ArchivedDocuments.Selected;
import org.minutebook.ingest.store.StoredDocument;
import org.minutebook.ingest.store.SyncState;
import org.minutebook.ingest.store.SyncState.Provenance;

/**
 * Copies documents from one archive into another through the model, as ingest would have
 * stored them, so the two archives may be of different engines (a SQLite file, a PostgreSQL server):
 *
 * <ul>
 *   <li>the documents are those {@link ArchivedDocuments#select} picks for the filter (all, refused
 *       ones included, when it narrows nothing; else those holding a meeting it keeps, whole: a
 *       file's other meetings come with it), in the order they were stored;
 *   <li>a document whose bytes the destination has is left as it is there (so a copy is safe to
 *       run again, and one killed half-way is finished by the next); nothing is replaced, so a file
 *       the destination holds in another version keeps it beside this one, as two sources of its
 *       meetings;
 *   <li>where it came from ({@code sync}'s provenance) comes with it when the destination follows
 *       the same site; a site the destination does not follow is not added to it (it would start
 *       following it), and that provenance is counted as left out;
 *   <li>the archive-wide links are made once at the end by the destination's {@link Linker}, as
 *       after an ingest: which file's reading of a meeting is primary, follow-ups, action-log threads.
 * </ul>
 *
 * <p>Each document is stored in a transaction of its own. Throws {@link ArchiveException} when
 * either archive cannot be read or written; what was stored before stays, and the links it left
 * pending are made by the next copy or ingest.
 */
public final class ArchiveCopy {
  /** What became of one document. */
  public enum Outcome {
    COPIED,
    /** The destination had its bytes already. */
    ALREADY_THERE
  }

  /** Told of each document as it is handled, in order. */
  @FunctionalInterface
  public interface Listener {
    void copied(String fileName, Outcome outcome, int meetings);
  }

  /** For callers that need no word per document. */
  public static final Listener QUIET = (file, outcome, meetings) -> {};

  /**
   * What a copy did.
   *
   * @param meetings the meetings of the documents copied
   * @param provenance records of where a document came from that were copied
   * @param provenanceLeftOut such records left out: the destination does not follow their site
   */
  public record Result(int copied, int alreadyThere, int meetings, int provenance, int provenanceLeftOut) {}

  private ArchiveCopy() {}

  /**
   * Copies the documents the filter selects from one archive into another, as the class says.
   *
   * @throws IllegalArgumentException when both are the same archive object (a caller names two
   *     locations of one archive: that is for it to see, as it knows how they are spelled)
   */
  public static Result copy(Archive from, Archive to, Filter filter, Listener listener) throws ArchiveException {
    if (from == to) {
      throw new IllegalArgumentException("an archive cannot be copied into itself");
    }
    List<SyncState.Site> fromSites = from.sync().sites();
    Map<Long, Long> sites = siteIds(fromSites, to.sync());
    int copied = 0;
    int there = 0;
    int meetings = 0;
    int provenance = 0;
    int leftOut = 0;
    for (Selected s : ArchivedDocuments.select(from, filter)) {
      Optional<StoredDocument> present = to.bySha(s.sha256());
      if (present.isPresent()) {
        ArchivedDocuments.markBodyOwners(to, s.sha256(), ArchivedDocuments.bodyOwners(from, s.id()));
        there++;
        listener.copied(present.get().fileName(), Outcome.ALREADY_THERE, 0);
      } else {
        Optional<ArchivedDocument> read = ArchivedDocuments.read(from, s.id());
        if (read.isEmpty()) {
          continue; // removed since it was selected (a file replaced meanwhile)
        }
        ArchivedDocument d = read.get();
        boolean stored = ArchivedDocuments.store(to, d) >= 0;
        if (stored) {
          copied++;
          meetings += d.meetings().size();
        } else {
          there++; // another process stored the same bytes meanwhile
        }
        listener.copied(d.document().fileName(), stored ? Outcome.COPIED : Outcome.ALREADY_THERE, stored ? d.meetings().size() : 0);
      }
      for (Provenance p : fromSites.isEmpty() ? List.<Provenance>of() : from.sync().sources(s.sha256())) {
        Long site = sites.get(p.siteId());
        if (site == null) {
          leftOut++;
        } else {
          to.sync().source(new Provenance(p.documentSha256(), site, p.committeeId(), p.committee(), p.meetingId(), p.url(),
              p.fetchedAt()));
          provenance++;
        }
      }
    }
    new Linker(to).run();
    return new Result(copied, there, meetings, provenance, leftOut);
  }

  /** The destination's id of each site of the source that both follow (the same URL). */
  private static Map<Long, Long> siteIds(List<SyncState.Site> from, SyncState to) throws ArchiveException {
    Map<String, Long> byUrl = new HashMap<>();
    for (SyncState.Site s : to.sites()) {
      byUrl.put(s.url(), s.id());
    }
    Map<Long, Long> out = new HashMap<>();
    for (SyncState.Site s : from) {
      Long id = byUrl.get(s.url());
      if (id != null) {
        out.put(s.id(), id);
      }
    }
    return out;
  }
}
