package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.DocumentRecord;
import org.minutebook.ingest.store.SyncState.Provenance;
import org.minutebook.model.IngestStatus;

/** What {@link ArchiveCopy} does beside storing documents: re-runs, what it reports, provenance. */
class ArchiveCopyTest {
  private static final String SITE = "https://democracy.example.gov.uk/";

  private static DocumentRecord document(String sha) {
    return new DocumentRecord(sha, "/in/" + sha + ".pdf", sha + ".pdf", "PDF", 1, "REPORT", IngestStatus.INGESTED, null, null,
        List.of(), "test", new byte[] {1});
  }

  private static Provenance fetched(String sha, long site) {
    return new Provenance(sha, site, 129, "Cabinet", 7837, SITE + sha + ".pdf", Instant.parse("2024-03-10T08:00:00Z"));
  }

  @Test
  void aSecondCopyStoresNothingAndEachDocumentIsReportedOnce(@TempDir Path dir) throws Exception {
    try (Archive from = Archive.open(dir.resolve("from.db"), null); Archive to = Archive.open(dir.resolve("to.db"), null)) {
      from.store(document("one"), List.of(), List.of());
      from.store(document("two"), List.of(), List.of());
      to.store(document("two"), List.of(), List.of());
      List<String> told = new ArrayList<>();
      ArchiveCopy.Listener listener = (file, outcome, meetings) -> told.add(file + " " + outcome);
      assertEquals(new ArchiveCopy.Result(1, 1, 0, 0, 0), ArchiveCopy.copy(from, to, Filter.all(), listener));
      assertEquals(List.of("one.pdf COPIED", "two.pdf ALREADY_THERE"), told);
      assertEquals(new ArchiveCopy.Result(0, 2, 0, 0, 0), ArchiveCopy.copy(from, to, Filter.all(), ArchiveCopy.QUIET));
      assertThrows(IllegalArgumentException.class, () -> ArchiveCopy.copy(from, from, Filter.all(), ArchiveCopy.QUIET));
    }
  }

  @Test
  void whereADocumentCameFromComesWithItWhereTheSiteIsFollowed(@TempDir Path dir) throws Exception {
    try (Archive from = Archive.open(dir.resolve("from.db"), null); Archive follows = Archive.open(dir.resolve("follows.db"), null);
        Archive not = Archive.open(dir.resolve("not.db"), null)) {
      from.sync().add("https://elsewhere.example/", List.of(), null);
      long site = from.sync().add(SITE, List.of(), null).id();
      from.store(document("one"), List.of(), List.of());
      from.sync().source(fetched("one", site));
      long there = follows.sync().add(SITE, List.of(), null).id();
      assertEquals(new ArchiveCopy.Result(1, 0, 0, 1, 0), ArchiveCopy.copy(from, follows, Filter.all(), ArchiveCopy.QUIET));
      assertEquals(List.of(fetched("one", there)), follows.sync().sources("one"), "under the destination's id of the site");
      assertEquals(new ArchiveCopy.Result(1, 0, 0, 0, 1), ArchiveCopy.copy(from, not, Filter.all(), ArchiveCopy.QUIET));
      assertEquals(List.of(), not.sync().sites(), "a copy does not make an archive follow a site");
    }
  }
}
