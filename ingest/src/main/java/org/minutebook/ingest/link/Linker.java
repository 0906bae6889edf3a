package org.minutebook.ingest.link;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.LinkSession;
import org.minutebook.ingest.store.LinkSession.LogRow;
import org.minutebook.ingest.store.LinkSession.MeetingKey;
import org.minutebook.ingest.store.LinkSession.OpenFollowUp;
import org.minutebook.ingest.store.LinkSession.OpenOwner;
import org.minutebook.model.FollowUp;
import org.minutebook.model.OwnerEvidence;

/**
 * The archive-wide steps that follow a document's write, over the meetings the writes left
 * pending (see {@link LinkSession#pending}):
 *
 * <ol>
 *   <li>each pending meeting read from several files gets its primary file ({@link PrimarySource});
 *   <li>owners their own meeting left with no one, at the pending meetings' bodies, take the person
 *       the body's nearby meetings agree on ({@link OwnersAcrossMeetings});
 *   <li>unlinked matters-arising rows naming a pending date (or no date) are matched to the
 *       decision they follow up ({@link FollowUpMatcher}): the minutes they follow up may just
 *       have arrived;
 *   <li>the action-log rows of the pending meetings' bodies are linked to the earlier rows they
 *       carry on ({@link ActionLogThreads}), afresh for the whole body, since a meeting arriving
 *       late sits between two others.
 * </ol>
 *
 * <p>All of it runs in one write transaction that also clears the pending meetings, so a crash
 * leaves the work pending for the next run. Running it again changes nothing: each step only
 * fills in what is still open (primaries are chosen afresh, with the same answer).
 *
 * <p>Contract: {@link #run} throws {@link ArchiveException} when the archive cannot be written;
 * the pending work then stays for the next run. One instance per {@link Archive}.
 */
public final class Linker {
  private final Archive archive;
  private final PrimarySource primaries = new PrimarySource();
  private final OwnersAcrossMeetings owners = new OwnersAcrossMeetings();
  private final FollowUpMatcher followUps = new FollowUpMatcher();
  private final ActionLogThreads threads = new ActionLogThreads();

  public Linker(Archive archive) {
    this.archive = archive;
  }

  /** Makes the links the writes since the last run left pending; nothing (and no lock) when none are. */
  public void run() throws ArchiveException {
    if (!archive.linksPending()) {
      return;
    }
    archive.link(this::link);
  }

  private void link(LinkSession s) throws ArchiveException {
    List<MeetingKey> pending = s.pending();
    if (pending.isEmpty()) {
      return; // another process linked it meanwhile
    }
    Set<String> bodies = new LinkedHashSet<>();
    Set<LocalDate> dates = new LinkedHashSet<>();
    for (MeetingKey k : pending) {
      bodies.add(k.bodyKey());
      dates.add(k.date());
      Optional<Long> primary = primaries.choose(s.sources(k));
      if (primary.isPresent()) {
        s.setPrimary(k, primary.get());
      }
    }
    for (OpenOwner o : s.openOwners(bodies)) {
      Optional<OwnersAcrossMeetings.Resolution> r =
          owners.resolve(o.date(), s.resolvedOwners(o, owners.from(o.date()), owners.to(o.date())));
      if (r.isPresent()) {
        s.resolveOwner(o.ownerId(), r.get().name(), OwnerEvidence.BODY_MEETINGS, r.get().evidence());
      }
    }
    for (OpenFollowUp f : s.openFollowUps(dates)) {
      Optional<FollowUpMatcher.Match> m = followUps.match(f.row(), candidates(s, f));
      if (m.isPresent()) {
        s.linkFollowUp(f.id(), m.get().decisionId(), m.get().note());
      }
    }
    for (String body : bodies) {
      List<LogRow> rows = s.actionLog(body);
      Map<Long, Long> follows = threads.follows(rows);
      for (LogRow r : rows) {
        Long earlier = follows.get(r.id());
        if (!Objects.equals(earlier, r.follows())) {
          s.setFollows(r.id(), earlier);
        }
      }
      s.unlinkSecondaryActionLog(body);
    }
    s.clear(pending);
  }

  /**
   * The decisions a row may follow up: those of the body's meeting on the date it names (any
   * body's, when the row names none or names it another way), or, without a date, those of the
   * body's last meeting before the report.
   */
  private static List<FollowUpMatcher.Candidate> candidates(LinkSession s, OpenFollowUp open) throws ArchiveException {
    FollowUp f = open.row();
    List<LinkSession.DecisionText> found;
    if (f.meetingDate() != null) {
      found = s.decisionsOn(f.meetingDate(), open.bodyKey());
      if (found.isEmpty()) {
        found = s.decisionsOn(f.meetingDate(), null);
      }
    } else if (f.reportedOn() == null || open.bodyKey().isEmpty()) {
      found = List.of();
    } else {
      found = s.decisionsOfMeetingBefore(open.bodyKey(), f.reportedOn());
    }
    return found.stream().map(d -> new FollowUpMatcher.Candidate(d.id(), d.itemNumber(), d.itemTitle(), d.text())).toList();
  }
}
