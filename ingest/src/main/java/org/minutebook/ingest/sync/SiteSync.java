package org.minutebook.ingest.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.SyncState;
import org.minutebook.ingest.text.DocumentReader;
import org.minutebook.model.IngestStatus;

/**
 * Brings the archive up to date with one modern.gov site: lists its committees and their meetings
 * in a date range, reads each meeting that is new or changed since the last run (GetMeeting), and
 * ingests the documents it links, and its minutes where the site publishes them only as HTML.
 *
 * <p>Safe to re-run and to kill: a document is stored in one transaction by the {@link Ingestor}
 * (whole or not at all), and only then is what its URL answered recorded; a meeting is recorded as
 * read only once every document it links was handled, so a meeting a killed or failed run left
 * unfinished is read again, and its documents already stored are found unchanged (conditional
 * requests, then content hashes) rather than stored twice. A site or URL that fails is a warning in
 * the report, never an exception; only the archive's own failures throw.
 */
public final class SiteSync {

  /** Told of each step, for progress on a terminal. */
  public interface Listener {
    Listener NONE = new Listener() {};

    /** A meeting is being read: index of total in this run. */
    default void meeting(int index, int total, MeetingSummary meeting) {}

    /** A document was handled. */
    default void document(DocumentResult result) {}
  }

  /** What became of one linked document or minutes page. */
  public record DocumentResult(URI url, int meetingId, String title, Outcome outcome, int meetings, String detail) {}

  /** Outcomes of a document. */
  public enum Outcome {
    /** Stored for the first time. */
    STORED,
    /** New bytes at a known URL replaced what the old ones produced. */
    REPLACED,
    /** The site said it had not changed, or its bytes were those stored. */
    UNCHANGED,
    /** Read and kept as refused, with the reason. */
    REFUSED,
    /** Could not be fetched. */
    FAILED
  }

  /** A URL that could not be had, or a site answer that could not be read: one line each. */
  public record Failure(URI url, String reason) {}

  /** What a run over one site did. */
  public record Report(String site, int committees, int meetingsListed, int meetingsNew, int meetingsChanged, int meetingsUnchanged,
      List<DocumentResult> documents, List<Failure> failures, List<String> warnings, int requests) {
    public Report {
      documents = List.copyOf(documents);
      failures = List.copyOf(failures);
      warnings = List.copyOf(warnings);
    }

    public long count(Outcome outcome) {
      return documents.stream().filter(d -> d.outcome() == outcome).count();
    }

    /** Whether anything went wrong: a URL failed or a document was refused. */
    public boolean troubled() {
      return !failures.isEmpty() || count(Outcome.REFUSED) > 0;
    }
  }

  private final Fetcher fetcher;
  private final Ingestor ingestor;
  private final SyncState state;
  private final Clock clock;

  public SiteSync(Fetcher fetcher, Ingestor ingestor, SyncState state, Clock clock) {
    this.fetcher = fetcher;
    this.ingestor = ingestor;
    this.state = state;
    this.clock = clock;
  }

  /**
   * Syncs the site's committees named in {@code committees} (ids or titles; empty: all that are not
   * deleted), meetings dated in the range.
   *
   * @throws ArchiveException when the archive cannot be read or written (the run should stop)
   */
  public Report run(SyncState.Site site, List<String> committees, DateRange range, Listener listener) throws ArchiveException {
    ModernGovSite where = ModernGovSite.of(site.url());
    ModernGovReader reader = new ModernGovReader(where);
    Run run = new Run(site, where, reader, listener);
    int requestsBefore = fetcher.requestsMade();
    Optional<byte[]> listing = run.call(where.committeesUrl());
    List<Committee> chosen = new ArrayList<>();
    if (listing.isPresent()) {
      try {
        chosen = choose(reader.committees(listing.get()), committees, run.warnings, where);
      } catch (SiteResponseException e) {
        run.failures.add(new Failure(where.committeesUrl(), e.getMessage()));
      }
    }
    List<MeetingSummary> meetings = new ArrayList<>();
    Map<Integer, String> titles = new HashMap<>();
    for (Committee c : chosen) {
      titles.put(c.id(), c.title());
      URI url = where.meetingsUrl(c.id(), range);
      Optional<byte[]> answer = run.call(url);
      if (answer.isEmpty()) {
        continue;
      }
      try {
        meetings.addAll(reader.meetings(answer.get(), range));
      } catch (SiteResponseException e) {
        run.failures.add(new Failure(url, e.getMessage()));
      }
    }
    int index = 0;
    for (MeetingSummary m : meetings) {
      listener.meeting(++index, meetings.size(), m);
      run.meeting(m, titles.get(m.committeeId()));
    }
    if (run.failures.isEmpty()) {
      state.finished(site.id());
    }
    return new Report(where.toString(), chosen.size(), meetings.size(), run.fresh, run.changed, run.unchanged, run.documents, run.failures,
        run.warnings, fetcher.requestsMade() - requestsBefore);
  }

  /** The committees asked for by id or title (a title by its words, case aside); all live ones when none is asked for. */
  static List<Committee> choose(List<Committee> all, List<String> asked, List<String> warnings, ModernGovSite site) {
    if (asked.isEmpty()) {
      return all.stream().filter(c -> !c.deleted()).toList();
    }
    Set<Committee> out = new LinkedHashSet<>();
    for (String a : asked) {
      String want = a.strip();
      List<Committee> found = all.stream().filter(c -> String.valueOf(c.id()).equals(want)).toList();
      if (found.isEmpty()) {
        found = all.stream().filter(c -> c.title() != null && c.title().equalsIgnoreCase(want)).toList();
      }
      if (found.isEmpty()) {
        String lower = want.toLowerCase(Locale.ROOT);
        found = all.stream().filter(c -> c.title() != null && c.title().toLowerCase(Locale.ROOT).contains(lower) && !c.deleted()).toList();
      }
      if (found.isEmpty()) {
        warnings.add(site + ": no committee '" + want + "'");
      }
      out.addAll(found);
    }
    return List.copyOf(out);
  }

  /** The state of one run. */
  private final class Run {
    final SyncState.Site site;
    final ModernGovSite where;
    final ModernGovReader reader;
    final Listener listener;
    final List<DocumentResult> documents = new ArrayList<>();
    final List<Failure> failures = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final Set<URI> handled = new LinkedHashSet<>();
    final Set<String> moved = new LinkedHashSet<>();
    int fresh;
    int changed;
    int unchanged;

    Run(SyncState.Site site, ModernGovSite where, ModernGovReader reader, Listener listener) {
      this.site = site;
      this.where = where;
      this.reader = reader;
      this.listener = listener;
    }

    /** A service call's answer (never conditional: listings are small and change), or the failure noted. */
    Optional<byte[]> call(URI url) {
      FetchOutcome outcome = fetcher.fetch(url);
      if (outcome instanceof FetchOutcome.Fetched f) {
        if (f.redirected() && !sameSite(f.url(), f.finalUrl()) && moved.add(f.finalUrl().getHost())) {
          warnings.add(where + ": moved: " + url + " answers from " + f.finalUrl() + " (follow it there with: minutebook sync --add "
              + ModernGovSite.of(f.finalUrl().toString()) + ")");
        }
        return Optional.of(f.body());
      }
      failures.add(new Failure(url, outcome instanceof FetchOutcome.Failed failed ? failed.reason() : "not modified"));
      return Optional.empty();
    }

    void meeting(MeetingSummary summary, String committee) throws ArchiveException {
      URI url = where.meetingUrl(summary.id());
      Optional<SyncState.SiteMeeting> before = state.meeting(site.id(), summary.id());
      boolean complete = before.map(SyncState.SiteMeeting::complete).orElse(false);
      Optional<SyncState.Fetch> last = complete ? state.fetch(url.toString()) : Optional.empty();
      Validators validators = validators(last);
      FetchOutcome outcome = fetcher.fetch(url, validators);
      if (outcome instanceof FetchOutcome.NotModified) {
        unchanged++;
        return;
      }
      if (outcome instanceof FetchOutcome.Failed f) {
        failures.add(new Failure(url, f.reason()));
        return;
      }
      FetchOutcome.Fetched fetched = (FetchOutcome.Fetched) outcome;
      if (complete && fetched.sha256().equals(before.get().detailSha256())) {
        unchanged++;
        state.fetched(site.id(), record(url, fetched.validators(), fetched.sha256()));
        return;
      }
      MeetingDetail detail;
      try {
        detail = reader.meeting(fetched.body());
      } catch (SiteResponseException e) {
        failures.add(new Failure(url, e.getMessage()));
        return;
      }
      if (before.isPresent()) {
        changed++;
      } else {
        fresh++;
      }
      String title = committee != null ? committee : detail.committeeTitle();
      int failuresBefore = failures.size();
      for (LinkedDocument d : detail.documents()) {
        document(d.url(), d.title(), summary, title, null);
      }
      if (MinutesPage.hasMinutes(detail) && !MinutesPage.linksOwnMinutes(detail)) {
        URI page = URI.create(url + "#minutes");
        document(page, (title == null ? "" : title + " ") + summary.date() + " minutes", summary, title, MinutesPage.of(detail, title));
      }
      boolean whole = failures.size() == failuresBefore;
      state.meetingRead(new SyncState.SiteMeeting(site.id(), summary.id(), summary.committeeId(), title, summary.date(),
          fetched.sha256(), whole));
      if (whole) {
        state.fetched(site.id(), record(url, fetched.validators(), fetched.sha256()));
      }
    }

    /** Fetches (unless given) and ingests one document, recording where it came from. */
    void document(URI url, String title, MeetingSummary meeting, String committee, byte[] given) throws ArchiveException {
      if (!handled.add(url)) {
        return; // linked by two meetings of this run: fetched once
      }
      byte[] bytes = given;
      Validators validators = Validators.NONE;
      Optional<SyncState.Fetch> last = state.fetch(url.toString());
      String sha;
      if (bytes == null) {
        Validators previous = validators(last);
        FetchOutcome outcome = fetcher.fetch(url, previous);
        if (outcome instanceof FetchOutcome.NotModified) {
          done(new DocumentResult(url, meeting.id(), title, Outcome.UNCHANGED, 0, null));
          return;
        }
        if (outcome instanceof FetchOutcome.Failed f) {
          failures.add(new Failure(url, f.reason()));
          done(new DocumentResult(url, meeting.id(), title, Outcome.FAILED, 0, f.reason()));
          return;
        }
        FetchOutcome.Fetched fetched = (FetchOutcome.Fetched) outcome;
        bytes = fetched.body();
        sha = fetched.sha256();
        validators = fetched.validators();
      } else {
        sha = DocumentReader.sha256(bytes);
      }
      SyncState.Fetch record = record(url, validators, sha);
      if (last.isPresent() && sha.equals(last.get().sha256())) {
        state.fetched(site.id(), record);
        done(new DocumentResult(url, meeting.id(), title, Outcome.UNCHANGED, 0, null));
        return;
      }
      Ingestor.Outcome stored = ingestor.commit(ingestor.prepare(Path.of(fileName(url, title, bytes)), url.toString(), bytes));
      state.source(new SyncState.Provenance(sha, site.id(), meeting.committeeId(), committee, meeting.id(), url.toString(),
          clock.instant()));
      state.fetched(site.id(), record);
      Outcome outcome = stored.refused() ? Outcome.REFUSED
          : stored.status() == IngestStatus.UNCHANGED ? Outcome.UNCHANGED : stored.replaced() ? Outcome.REPLACED : Outcome.STORED;
      String detail = stored.refused() ? stored.reason().description() + (stored.detail() == null ? "" : " (" + stored.detail() + ")") : null;
      done(new DocumentResult(url, meeting.id(), title, outcome, stored.meetings(), detail));
    }

    private void done(DocumentResult result) {
      documents.add(result);
      listener.document(result);
    }
  }

  /** The validators to send for a URL fetched before, or none. */
  private static Validators validators(Optional<SyncState.Fetch> last) {
    return last.map(l -> new Validators(l.etag(), l.lastModified())).orElse(Validators.NONE);
  }

  /** What a URL answered, as the archive keeps it. */
  private static SyncState.Fetch record(URI url, Validators validators, String sha) {
    return new SyncState.Fetch(url.toString(), validators.etag(), validators.lastModified(), sha);
  }

  private static boolean sameSite(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
  }

  /** A file name for messages and type detection: the document's title, with the extension its bytes say. */
  static String fileName(URI url, String title, byte[] bytes) {
    String base = title == null || title.isBlank() ? url.getPath() : title;
    base = base.replaceAll("[^\\p{L}\\p{N} ._-]+", " ").strip().replaceAll("\\s+", " ");
    if (base.isEmpty() || base.equals(".") || base.equals("..")) {
      base = "document";
    }
    if (base.length() > 100) {
      base = base.substring(0, 100).strip();
    }
    boolean pdf = bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
    String lower = base.toLowerCase(Locale.ROOT);
    if (pdf && !lower.endsWith(".pdf")) {
      return base + ".pdf";
    }
    if (!pdf && !lower.endsWith(".html") && !lower.endsWith(".htm") && !lower.endsWith(".pdf")) {
      return base + ".html";
    }
    return base;
  }

  /** The default range of a run: from the given day (or a year back) to a year ahead (agendas are published before). */
  public static DateRange range(LocalDate since, LocalDate today) {
    return new DateRange(since != null ? since : today.minusYears(1), today.plusYears(1));
  }
}
