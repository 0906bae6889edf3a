package org.minutebook.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncStateTest {

  @Test
  void aSiteAddedTwiceIsOneSiteWithTheLatestSettings(@TempDir Path dir) throws Exception {
    try (Archive archive = Archive.open(dir.resolve("a.db"), null)) {
      SyncState sync = archive.sync();
      sync.add("https://democracy.example.gov.uk", List.of(), null);
      SyncState.Site site = sync.add("https://democracy.example.gov.uk", List.of("129", "Planning"), LocalDate.of(2020, 1, 1));
      assertEquals(1, sync.sites().size());
      assertEquals(List.of("129", "Planning"), site.committees());
      assertEquals(LocalDate.of(2020, 1, 1), site.since());
      assertEquals(null, site.lastRunAt());
      sync.finished(site.id());
      assertTrue(sync.site(site.url()).orElseThrow().lastRunAt() != null);
      assertTrue(sync.remove(site.url()));
      assertFalse(sync.remove(site.url()));
      assertTrue(sync.sites().isEmpty());
    }
  }

  @Test
  void fetchesMeetingsAndSourcesAreKeptAcrossOpenings(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("a.db");
    long siteId;
    try (Archive archive = Archive.open(db, null)) {
      SyncState sync = archive.sync();
      siteId = sync.add("https://x.example", List.of(), null).id();
      sync.fetched(siteId, new SyncState.Fetch("https://x.example/a.pdf", "\"e1\"", null, "abc"));
      sync.fetched(siteId, new SyncState.Fetch("https://x.example/a.pdf", "\"e2\"", "Tue, 01 Mar 2022 10:00:00 GMT", "def"));
      sync.meetingRead(new SyncState.SiteMeeting(siteId, 7837, 129, "Cabinet", LocalDate.of(2022, 3, 9), "h1", false));
      sync.meetingRead(new SyncState.SiteMeeting(siteId, 7837, 129, "Cabinet", LocalDate.of(2022, 3, 9), "h2", true));
      sync.source(new SyncState.Provenance("def", siteId, 129, "Cabinet", 7837, "https://x.example/a.pdf", Instant.parse("2022-03-10T08:00:00Z")));
      sync.source(new SyncState.Provenance("def", siteId, 129, "Cabinet", 7837, "https://x.example/a.pdf", Instant.parse("2022-03-11T08:00:00Z")));
    }
    try (Archive archive = Archive.open(db, null)) {
      SyncState sync = archive.sync();
      SyncState.Fetch f = sync.fetch("https://x.example/a.pdf").orElseThrow();
      assertEquals("\"e2\"", f.etag());
      assertEquals("def", f.sha256());
      assertTrue(sync.fetch("https://x.example/b.pdf").isEmpty());
      SyncState.SiteMeeting m = sync.meeting(siteId, 7837).orElseThrow();
      assertEquals("h2", m.detailSha256());
      assertTrue(m.complete());
      assertTrue(sync.meeting(siteId, 1).isEmpty());
      List<SyncState.Provenance> sources = sync.sources("def");
      assertEquals(1, sources.size(), "one row per document and URL");
      assertEquals(Instant.parse("2022-03-11T08:00:00Z"), sources.get(0).fetchedAt());
      assertEquals(7837, sources.get(0).meetingId());
    }
  }
}
