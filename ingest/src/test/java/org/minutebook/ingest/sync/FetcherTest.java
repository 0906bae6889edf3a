package org.minutebook.ingest.sync;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.ingest.sync.LoopbackSite.redirect;
import static org.minutebook.ingest.sync.LoopbackSite.status;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.sync.FetchOutcome.Failed;
import org.minutebook.ingest.sync.FetchOutcome.Fetched;
import org.minutebook.ingest.sync.FetchOutcome.NotModified;
import org.minutebook.ingest.sync.LoopbackSite.Slow;
import org.minutebook.ingest.sync.LoopbackSite.Stall;
import org.minutebook.ingest.sync.LoopbackSite.Truncate;

class FetcherTest {
  private static final FetchSettings SETTINGS = FetchSettings.defaults("1.2.3", "https://example.org/minutebook");
  private static final byte[] MEETING = Fixtures.bytes("gloucester/GetMeeting_7837.xml");

  private LoopbackSite site;
  private URI meeting;
  private final FakeTime time = new FakeTime();

  @BeforeEach
  void start() throws IOException {
    site = LoopbackSite.start();
    meeting = site.site().meetingUrl(7837);
    site.serveFixture(meeting, "gloucester/GetMeeting_7837.xml");
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private Fetcher fetcher(FetchSettings s) {
    return new Fetcher(s, time);
  }

  @Test
  void fetchesABodyWithItsHashTypeAndValidators() {
    Fetcher f = fetcher(SETTINGS);
    Fetched got = assertInstanceOf(Fetched.class, f.fetch(meeting));
    assertEquals(200, got.status());
    assertArrayEquals(MEETING, got.body());
    assertEquals(Fetcher.sha256(MEETING), got.sha256());
    assertEquals(64, got.sha256().length());
    assertEquals("text/xml; charset=utf-8", got.contentType());
    assertEquals(new Validators("\"v1\"", "Fri, 21 Nov 2025 12:01:00 GMT"), got.validators());
    assertEquals(meeting, got.url());
    assertFalse(got.redirected());
    assertEquals(1, f.requestsMade());
    assertEquals("minutebook/1.2.3 (+https://example.org/minutebook)", site.requests().get(0).header("User-Agent"));
    assertNull(site.requests().get(0).header("If-None-Match"));
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void requestsToOneHostStartASecondApart() {
    Fetcher f = fetcher(SETTINGS);
    f.fetch(meeting);
    f.fetch(meeting);
    time.advance(Duration.ofMillis(300));
    f.fetch(meeting);
    time.advance(Duration.ofSeconds(5));
    f.fetch(meeting);
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(700)), time.sleeps());
    assertEquals(4, f.requestsMade());
  }

  @Test
  void hostsArePacedApart() throws InterruptedException {
    HostPacer pacer = new HostPacer(Duration.ofSeconds(1), time);
    pacer.await(URI.create("https://a.example.org/x"));
    pacer.await(URI.create("https://b.example.org/x"));
    pacer.await(URI.create("https://A.example.org/y"));
    pacer.await(URI.create("https://a.example.org:8443/y"));
    assertEquals(List.of(Duration.ofSeconds(1)), time.sleeps());
  }

  @Test
  void serverErrorsAreTriedAgainWithWaitsThatDouble() {
    site.then(meeting, status(500), status(502), status(503));
    Fetcher f = fetcher(SETTINGS);
    Fetched got = assertInstanceOf(Fetched.class, f.fetch(meeting));
    assertArrayEquals(MEETING, got.body());
    assertEquals(4, f.requestsMade());
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)), time.sleeps());
  }

  @Test
  void givesUpAfterTheLastTry() {
    site.always(meeting, status(500));
    Fetcher f = fetcher(SETTINGS);
    assertEquals(new Failed(meeting, 500, "HTTP 500 Internal Server Error", 4), f.fetch(meeting));
    assertEquals(4, f.requestsMade());
  }

  @Test
  void aRefusalIsNotTriedAgain() {
    site.always(meeting, status(403));
    Fetcher f = fetcher(SETTINGS);
    assertEquals(new Failed(meeting, 403, "HTTP 403 Forbidden", 1), f.fetch(meeting));
    URI missing = site.url("/nothing-here");
    assertEquals(new Failed(missing, 404, "HTTP 404 Not Found", 1), f.fetch(missing));
    assertEquals(2, f.requestsMade());
    assertEquals(List.of(Duration.ofSeconds(1)), time.sleeps(), "only the pause between two requests");
  }

  @Test
  void tooManyRequestsWaitsAsRetryAfterAsks() {
    site.then(meeting, status(429, "Retry-After", "7"), status(503, "Retry-After", "30"));
    Fetcher f = fetcher(SETTINGS);
    assertInstanceOf(Fetched.class, f.fetch(meeting));
    assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(30)), time.sleeps());
  }

  @Test
  void retryAfterMayNameATimeByTheServersClock() {
    // the wait is measured from the answer's Date (the loopback server's real clock), not the fake clock
    String at = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).format(Instant.now().plusSeconds(90));
    site.then(meeting, status(429, "Retry-After", at));
    assertInstanceOf(Fetched.class, fetcher(SETTINGS).fetch(meeting));
    List<Duration> sleeps = time.sleeps();
    assertEquals(1, sleeps.size());
    assertTrue(sleeps.get(0).getSeconds() >= 88 && sleeps.get(0).getSeconds() <= 91, sleeps.toString());
  }

  @Test
  void aRetryAfterInThePastOrUnreadableStillKeepsThePace() {
    site.then(meeting, status(503, "Retry-After", "Fri, 21 Nov 2003 12:00:00 GMT"), status(503, "Retry-After", "soon"));
    assertInstanceOf(Fetched.class, fetcher(SETTINGS).fetch(meeting));
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(4)), time.sleeps(), "the pause, then the backoff");
  }

  @Test
  void aServerAskingForTooLongAWaitIsGivenUpOn() {
    site.always(meeting, status(429, "Retry-After", "3600"));
    Fetcher f = fetcher(SETTINGS);
    assertEquals(new Failed(meeting, 429, "HTTP 429 Too Many Requests; asked to wait 3600 s, more than 300 s", 1),
        f.fetch(meeting));
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void aBodyCutShortIsTriedAgain() {
    site.then(meeting, new Truncate(1200));
    Fetcher f = fetcher(SETTINGS);
    Fetched got = assertInstanceOf(Fetched.class, f.fetch(meeting));
    assertArrayEquals(MEETING, got.body());
    assertEquals(2, f.requestsMade());
  }

  @Test
  void aBodyAlwaysCutShortFailsSayingHowShort() {
    site.always(meeting, new Truncate(1200));
    assertEquals(new Failed(meeting, 200, "truncated: 1200 of " + MEETING.length + " bytes", 2),
        fetcher(SETTINGS.withMaxAttempts(2)).fetch(meeting));
  }

  @Test
  void aSlowSiteTimesOutAndIsTriedAgain() {
    site.then(meeting, new Slow());
    Fetcher f = fetcher(SETTINGS.withRequestTimeout(Duration.ofMillis(500)));
    assertInstanceOf(Fetched.class, f.fetch(meeting));
    assertEquals(2, f.requestsMade());
    assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps());
  }

  @Test
  void aSiteThatNeverAnswersFailsWithTheTimeout() {
    site.always(meeting, new Slow());
    assertEquals(new Failed(meeting, null, "timed out after 250 ms", 2),
        fetcher(SETTINGS.withRequestTimeout(Duration.ofMillis(250)).withMaxAttempts(2)).fetch(meeting));
  }

  @Test
  void aBodyThatStallsAfterItsHeadersTimesOut() {
    site.always(meeting, new Stall());
    assertEquals(new Failed(meeting, null, "timed out after 300 ms", 1),
        fetcher(SETTINGS.withRequestTimeout(Duration.ofMillis(300)).withMaxAttempts(1)).fetch(meeting));
  }

  @Test
  void followsAMovedSiteAndSaysWhereTheAnswerCameFrom() {
    URI old = site.url("/old/mgWebService.asmx/GetMeeting?lMeetingId=7837");
    URI moved = site.url("/democracy/mgWebService.asmx/GetMeeting?lMeetingId=7837");
    site.always(old, redirect(301, moved.toString()));
    site.always(moved, redirect(302, "../../mgWebService.asmx/GetMeeting?lMeetingId=7837"));
    Fetcher f = fetcher(SETTINGS);
    Fetched got = assertInstanceOf(Fetched.class, f.fetch(old));
    assertEquals(old, got.url());
    assertEquals(meeting, got.finalUrl());
    assertTrue(got.redirected());
    assertArrayEquals(MEETING, got.body());
    assertEquals(3, f.requestsMade());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), time.sleeps(), "each hop is paced");
  }

  @Test
  void aRedirectLoopIsGivenUpOn() {
    URI a = site.url("/a");
    URI b = site.url("/b");
    site.always(a, redirect(302, "/b"));
    site.always(b, redirect(307, "/a"));
    Fetcher f = fetcher(SETTINGS);
    assertEquals(new Failed(a, 307, "too many redirects (more than 5)", 1), f.fetch(a));
    assertEquals(6, f.requestsMade());
    URI nowhere = site.url("/nowhere");
    site.always(nowhere, status(301));
    assertEquals(new Failed(nowhere, 301, "HTTP 301 Moved Permanently without a Location", 1), f.fetch(nowhere));
  }

  @Test
  void asksWhetherItChangedAndIsToldItHasNot() {
    Fetcher f = fetcher(SETTINGS);
    Fetched first = assertInstanceOf(Fetched.class, f.fetch(meeting));
    assertEquals(new NotModified(meeting), f.fetch(meeting, first.validators()));
    assertEquals("\"v1\"", site.requests().get(1).header("If-None-Match"));
    assertEquals("Fri, 21 Nov 2025 12:01:00 GMT", site.requests().get(1).header("If-Modified-Since"));
    assertEquals(new NotModified(meeting), f.fetch(meeting, new Validators(null, first.validators().lastModified())));
  }

  @Test
  void aChangedAnswerIsFetchedWithItsNewValidators() {
    Fetcher f = fetcher(SETTINGS);
    Fetched first = assertInstanceOf(Fetched.class, f.fetch(meeting));
    byte[] changed = "<meeting><meetingid>7837</meetingid></meeting>".getBytes(UTF_8);
    site.change(meeting, changed);
    Fetched second = assertInstanceOf(Fetched.class, f.fetch(meeting, first.validators()));
    assertArrayEquals(changed, second.body());
    assertEquals("\"v2\"", second.validators().etag());
    assertFalse(first.sha256().equals(second.sha256()));
    assertEquals(new NotModified(meeting), f.fetch(meeting, second.validators()));
  }

  @Test
  void aNotModifiedToAPlainRequestIsAFailure() {
    site.always(meeting, status(304));
    assertEquals(new Failed(meeting, 304, "HTTP 304 Not Modified to a request that asked nothing", 1),
        fetcher(SETTINGS).fetch(meeting));
  }

  @Test
  void aBodyOverTheLimitIsRefused() {
    assertEquals(new Failed(meeting, 200, "too large: more than 1000 bytes", 1),
        fetcher(SETTINGS.withMaxBodyBytes(1000)).fetch(meeting));
  }

  @Test
  void aRefusedConnectionIsTriedAgainThenReported() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    URI closed = URI.create("http://127.0.0.1:" + port + "/mgWebService.asmx/GetCommittees?lDays=0");
    Fetcher f = fetcher(SETTINGS.withMaxAttempts(2));
    Failed failed = assertInstanceOf(Failed.class, f.fetch(closed));
    assertNull(failed.status());
    assertEquals(2, failed.attempts());
    assertTrue(failed.reason().startsWith("could not connect"), failed.reason());
    assertFalse(failed.reason().contains("\n"));
    assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps());
  }

  @Test
  void anInterruptedFetchFailsAndKeepsTheInterrupt() {
    site.always(meeting, status(500));
    Sleeper interrupting = new Sleeper() {
      @Override
      public Instant now() {
        return FakeTime.START;
      }

      @Override
      public void sleep(Duration d) throws InterruptedException {
        throw new InterruptedException();
      }
    };
    try {
      assertEquals(new Failed(meeting, null, "interrupted", 1), new Fetcher(SETTINGS, interrupting).fetch(meeting));
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void onlyWebAddressesAreFetched() {
    Fetcher f = fetcher(SETTINGS);
    assertThrows(IllegalArgumentException.class, () -> f.fetch(URI.create("file:///etc/passwd")));
    assertThrows(IllegalArgumentException.class, () -> f.fetch(URI.create("/relative")));
  }

  @Test
  void settingsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> SETTINGS.withMaxAttempts(0));
    assertThrows(IllegalArgumentException.class, () -> SETTINGS.withRequestTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> FetchSettings.defaults("1", "line\nbreak"));
    assertEquals(Duration.ofSeconds(2), SETTINGS.backoff(1));
    assertEquals(Duration.ofSeconds(8), SETTINGS.backoff(3));
    assertEquals(Duration.ofSeconds(60), SETTINGS.backoff(10));
  }
}
