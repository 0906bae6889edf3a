package org.minutebook.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.Models;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.QueryResults.MeetingSummary;
import org.minutebook.ingest.store.pg.TestPostgres;

/**
 * A PostgreSQL search's candidates, found range by range among the ids (newest first, each range
 * sized by the density found), are exactly the newest matches a plain query orders by id: however
 * narrow the first range, so that a search takes many looks, none read twice or skipped; with or
 * without a body or date filter; and cut at the number wanted.
 */
class PostgresCandidatesTest {
  @TempDir static Path dir;
  private static TestPostgres pg;
  private static Archive archive;
  private static ArchiveQueries q;

  @BeforeAll
  static void ingestTheSamples() throws Exception {
    pg = TestPostgres.start(dir);
    archive = Archive.open(pg.url(), null);
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("..", "samples"))) {
      files = s.filter(p -> p.toString().matches(".*\\.(pdf|html)$")).sorted().toList();
    }
    new Ingestor(archive, Models.onClassPath().withoutOcr("not needed")).ingest(files, 1, o -> {});
    q = new ArchiveQueries(archive);
  }

  @AfterAll
  static void close() throws Exception {
    if (archive != null) {
      archive.close();
    }
    if (pg != null) {
      pg.close();
    }
  }

  @Test
  void candidatesAreTheNewestMatchesHoweverManyLooksFindThem() throws Exception {
    List<MeetingSummary> meetings = q.meetings(Filter.all());
    MeetingSummary m = meetings.get(0);
    List<Filter> filters = List.of(Filter.all(), new Filter(m.body().substring(0, 4).toLowerCase(Locale.ROOT), null, null),
        new Filter(null, LocalDate.parse(m.date()), null), new Filter("no such body", null, null));
    int compared = 0;
    for (String word : List.of("council", "the", "minutes", "agreed", "report", "budget", "resolved")) {
      String match = q.match(FullTextQuery.Index.ITEMS, word);
      for (Filter f : filters) {
        for (int wanted : List.of(3, 40, PostgresTextSearch.CANDIDATES)) {
          List<Long> plain = plain(match, f, wanted);
          String what = word + " " + f + " " + wanted;
          for (long firstWindow : List.of(1L, 7L, 100L, Long.MAX_VALUE / 4)) {
            assertEquals(plain, PostgresTextSearch.candidates(q, match, f, wanted, firstWindow), what + " from " + firstWindow);
          }
          compared += plain.size();
        }
      }
    }
    assertTrue(compared > 100, "candidates compared: " + compared);
  }

  /** The newest matches in the filter's meetings, by one query. */
  private static List<Long> plain(String match, Filter f, int wanted) throws ArchiveException {
    List<Object> params = new ArrayList<>();
    params.add(match);
    String filter = q.given(f, "m.date", params);
    params.add(wanted);
    return q.query("plain", "SELECT i.id FROM items i JOIN meetings m ON m.id = i.meeting_id WHERE i.fts @@ ?::tsquery AND " + filter
        + " ORDER BY i.id DESC LIMIT ?", params, r -> r.getLong(1));
  }
}
