package org.minutebook.ingest.sync;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.Models;
import org.minutebook.ingest.Pipeline;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.QueryResults;
import org.minutebook.ingest.store.SyncState;
import org.minutebook.ingest.sync.SiteSync.Outcome;

class SiteSyncTest {
  private static final List<String> CABINET = List.of("Cabinet");

  @TempDir Path dir;
  private RecordedCouncil council;
  private final FakeTime time = new FakeTime();
  private FetchSettings settings = FetchSettings.defaults("test", "https://example.org/minutebook");

  @BeforeEach
  void start() throws Exception {
    council = new RecordedCouncil();
  }

  @AfterEach
  void stop() {
    council.close();
  }

  /** The archive the runs write to: a SQLite file here, a PostgreSQL database in {@link SiteSyncOnPostgresTest}. */
  String location() throws Exception {
    return dir.resolve("a.db").toString();
  }

  private SiteSync.Report run() throws Exception {
    return run(SiteSync.Listener.NONE);
  }

  private SiteSync.Report run(SiteSync.Listener listener) throws Exception {
    try (Archive archive = Archive.open(location(), null)) {
      SyncState state = archive.sync();
      SyncState.Site site = state.add(council.site.toString(), CABINET, null);
      SiteSync sync = new SiteSync(new Fetcher(settings, time), new Ingestor(archive, new Pipeline(Models.NONE)), state,
          Clock.fixed(FakeTime.START, ZoneOffset.UTC));
      return sync.run(site, CABINET, RecordedCouncil.RANGE, listener);
    }
  }

  private <T> T query(QueryFunction<T> f) throws Exception {
    try (Archive archive = Archive.open(location(), null)) {
      return f.apply(new ArchiveQueries(archive), archive.sync());
    }
  }

  @FunctionalInterface
  private interface QueryFunction<T> {
    T apply(ArchiveQueries q, SyncState s) throws Exception;
  }

  /** How many times the site was asked for each of the documents. */
  private Map<String, Long> documentRequests() {
    List<String> documents = council.documents.stream().map(u -> u.getRawPath() + "?" + u.getRawQuery()).toList();
    return council.http.requests().stream().map(LoopbackSite.Request::target).filter(documents::contains)
        .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
  }

  @Test
  void aFirstRunReadsEveryMeetingListedAndFetchesEachDocumentOnce() throws Exception {
    SiteSync.Report report = run();
    assertEquals(List.of(), report.failures());
    assertEquals(1, report.committees());
    assertEquals(council.meetings.size(), report.meetingsListed());
    assertEquals(council.meetings.size(), report.meetingsNew());
    Map<String, Long> asked = documentRequests();
    assertEquals(council.documents.size(), asked.size(), "every linked document fetched");
    assertTrue(asked.values().stream().allMatch(n -> n == 1), "each once: " + asked);
    // the generated minutes, the seven reports, and the recorded meeting's minutes page
    assertEquals(council.documents.size() + 1, report.count(Outcome.STORED));
    List<QueryResults.MeetingSummary> meetings = query((q, s) -> q.meetings(ArchiveQueries.Filter.all()));
    assertEquals(council.meetings.size(), meetings.size(), "every meeting in the archive: " + meetings);
    assertEquals(1 + 1 + council.meetings.size() + council.documents.size(), report.requests());
  }

  @Test
  void minutesGivenOnlyAsHtmlInTheMeetingsAnswerAreReadIntoItemsAndDecisions() throws Exception {
    run();
    var meeting = query((q, s) -> q.meeting(q.meetingIds(java.time.LocalDate.of(2025, 11, 21), null).get(0))).orElseThrow();
    assertEquals("Cabinet", meeting.body());
    assertTrue(meeting.items().size() >= 5, "items: " + meeting.items());
    assertFalse(meeting.items().stream().allMatch(i -> i.decisions().isEmpty()), "decisions read from the minutes HTML");
    assertFalse(meeting.attendance().present().isEmpty(), "attendees as present");
    URI page = URI.create(council.site.meetingUrl(RecordedCouncil.RECORDED) + "#minutes");
    String sha = query((q, s) -> s.fetch(page.toString()).orElseThrow().sha256());
    List<SyncState.Provenance> from = query((q, s) -> s.sources(sha));
    assertEquals(1, from.size());
    assertEquals(RecordedCouncil.RECORDED, from.get(0).meetingId());
    assertEquals(RecordedCouncil.CABINET, from.get(0).committeeId());
    assertEquals("Cabinet", from.get(0).committee());
  }

  @Test
  void aSecondRunDownloadsNothingAndAThirdFetchesOnlyTheMeetingThatChanged() throws Exception {
    run();
    int before = council.http.requests().size();
    SiteSync.Report second = run();
    assertEquals(council.meetings.size(), second.meetingsUnchanged());
    assertEquals(0, second.meetingsNew() + second.meetingsChanged());
    assertTrue(second.documents().isEmpty(), "no document touched: " + second.documents());
    assertEquals(1 + 1 + council.meetings.size(), council.http.requests().size() - before, "the listings and one conditional GetMeeting each");

    MeetingSummary changed = council.meetings.stream().filter(m -> m.id() != RecordedCouncil.RECORDED).findFirst().orElseThrow();
    council.http.change(council.site.meetingUrl(changed.id()), council.meetingAnswer(changed, 2).getBytes(UTF_8));
    council.http.change(council.minutesUrl(changed.id()),
        RecordedCouncil.minutes(changed, List.of("", "#3. Cycle lanes", "RESOLVED that the cycle lane scheme be approved.")));
    Map<String, Long> askedBefore = documentRequests();
    SiteSync.Report third = run();
    assertEquals(1, third.meetingsChanged());
    assertEquals(council.meetings.size() - 1, third.meetingsUnchanged());
    assertEquals(List.of(Outcome.REPLACED), third.documents().stream().map(SiteSync.DocumentResult::outcome).toList());
    Map<String, Long> askedAfter = documentRequests();
    String minutes = council.minutesUrl(changed.id()).getRawPath() + "?" + council.minutesUrl(changed.id()).getRawQuery();
    for (var e : askedAfter.entrySet()) {
      long extra = e.getValue() - askedBefore.getOrDefault(e.getKey(), 0L);
      assertEquals(e.getKey().equals(minutes) ? 1 : 0, extra, e.getKey());
    }
    long decisions = query((q, s) -> q.decisions("cycle lane", null, ArchiveQueries.Filter.all(), 10)).size();
    assertEquals(1, decisions);
    assertEquals(council.meetings.size(), (int) query((q, s) -> q.meetings(ArchiveQueries.Filter.all()).size()), "replaced, not duplicated");
  }

  @Test
  void failuresAreNamedAndTheNextRunCompletesTheSet() throws Exception {
    settings = settings.withRequestTimeout(Duration.ofMillis(500));
    List<URI> docs = council.documents;
    council.http.always(docs.get(0), LoopbackSite.status(403));
    council.http.then(docs.get(1), LoopbackSite.status(500), LoopbackSite.status(500));
    council.http.then(docs.get(2), new LoopbackSite.Truncate(100), new LoopbackSite.Truncate(100), new LoopbackSite.Truncate(100),
        new LoopbackSite.Truncate(100));
    council.http.then(docs.get(3), new LoopbackSite.Slow(), new LoopbackSite.Slow(), new LoopbackSite.Slow(), new LoopbackSite.Slow());
    URI malformed = council.site.meetingUrl(council.meetings.get(0).id());
    council.http.then(malformed, LoopbackSite.status(200));

    SiteSync.Report first = run();
    Map<URI, String> failed = first.failures().stream().collect(Collectors.toMap(SiteSync.Failure::url, SiteSync.Failure::reason));
    assertTrue(failed.get(docs.get(0)).contains("403"), failed.toString());
    assertFalse(failed.containsKey(docs.get(1)), "two 500s, then the document: retried");
    assertTrue(failed.get(docs.get(2)).contains("truncated"), failed.toString());
    assertTrue(failed.containsKey(docs.get(3)), "timed out: " + failed);
    assertTrue(failed.containsKey(malformed), "an answer that is not the meeting: " + failed);
    assertTrue(first.troubled());
    long stored = first.count(Outcome.STORED);
    int documentsAfterFirst = query((q, s) -> q.stats().documents());
    assertEquals(stored, documentsAfterFirst, "nothing half-stored: only what was fetched whole");

    council.http.always(docs.get(0), null);
    SiteSync.Report second = run();
    assertEquals(List.of(), second.failures());
    int documents = query((q, s) -> q.stats().documents());
    assertEquals(council.documents.size() + 1, documents, "the set complete, each document once");
    assertEquals(council.meetings.size(), (int) query((q, s) -> q.meetings(ArchiveQueries.Filter.all()).size()));
  }

  @Test
  void aRunKilledHalfWayIsResumedWithEachDocumentOnce() throws Exception {
    RuntimeException kill = new RuntimeException("killed");
    int[] seen = {0};
    try {
      run(new SiteSync.Listener() {
        @Override
        public void document(SiteSync.DocumentResult result) {
          if (++seen[0] == 5) {
            throw kill;
          }
        }
      });
    } catch (RuntimeException e) {
      assertEquals(kill, e);
    }
    assertEquals(5, (int) query((q, s) -> q.stats().documents()));
    SiteSync.Report resumed = run();
    assertEquals(List.of(), resumed.failures());
    assertEquals(council.documents.size() + 1, (int) query((q, s) -> q.stats().documents()), "each document once");
    Map<String, Long> asked = documentRequests();
    assertTrue(asked.values().stream().allMatch(n -> n <= 2), "no document fetched more than the kill explains: " + asked);
    assertEquals(council.meetings.size(), (int) query((q, s) -> q.meetings(ArchiveQueries.Filter.all()).size()));
  }

  @Test
  void aSiteThatMovedIsFollowedAndSaidToHaveMoved() throws Exception {
    try (LoopbackSite newHome = LoopbackSite.start()) {
      newHome.serveFixture(newHome.site().committeesUrl(), "gloucester/GetCommittees.xml");
      council.http.always(council.site.committeesUrl(), LoopbackSite.redirect(301, newHome.site().committeesUrl().toString()));
      SiteSync.Report report = run();
      assertEquals(1, report.committees(), "read from where it moved");
      assertEquals(1, report.warnings().size(), report.warnings().toString());
      assertTrue(report.warnings().get(0).contains("moved") && report.warnings().get(0).contains(newHome.site().toString()),
          report.warnings().toString());
    }
  }

  @Test
  void committeesAreChosenByIdOrTitleAndAnUnknownOneIsAWarning() throws Exception {
    List<Committee> all = List.of(new Committee(1, "Cabinet", false, false, null), new Committee(2, "Planning Committee", false, false, null),
        new Committee(3, "Old Planning Sub-Committee", true, true, null));
    List<String> warnings = new java.util.ArrayList<>();
    assertEquals(List.of(all.get(0)), SiteSync.choose(all, List.of("cabinet"), warnings, council.site));
    assertEquals(List.of(all.get(1)), SiteSync.choose(all, List.of("2"), warnings, council.site));
    assertEquals(List.of(all.get(1)), SiteSync.choose(all, List.of("planning"), warnings, council.site), "deleted ones only by id or title");
    assertEquals(List.of(all.get(0), all.get(1)), SiteSync.choose(all, List.of(), warnings, council.site));
    assertTrue(warnings.isEmpty());
    assertEquals(List.of(), SiteSync.choose(all, List.of("Licensing"), warnings, council.site));
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("Licensing"));
  }
}
