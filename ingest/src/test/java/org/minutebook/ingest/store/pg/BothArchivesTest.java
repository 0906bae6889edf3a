package org.minutebook.ingest.store.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.Models;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.QueryResults.DecisionHit;
import org.minutebook.ingest.store.QueryResults.MeetingSummary;
import org.minutebook.ingest.store.QueryResults.PartHit;
import org.minutebook.ingest.store.QueryResults.PersonSummary;
import org.minutebook.ingest.store.QueryResults.SearchHit;
import org.minutebook.ingest.store.QueryResults.Stats;

/**
 * The same files ingested into a SQLite archive and a PostgreSQL one give the same answers to
 * every query: the same records, in the same order, where the order is the archive's (dates, ids);
 * the same set where it is a ranking (bm25 and ts_rank order the same hits differently), and the
 * same hits first where one hit is clearly best. Queries are made from the archive's own words
 * (each decision's, item's and report's longest words), not from a list written for the samples.
 */
class BothArchivesTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  @TempDir static Path dir;
  private static TestPostgres pg;
  private static Archive sqlite;
  private static Archive postgres;
  private static ArchiveQueries a;
  private static ArchiveQueries b;

  @BeforeAll
  static void ingestTheSamplesIntoBoth() throws Exception {
    pg = TestPostgres.start(dir);
    List<Path> files = samples();
    sqlite = Archive.open(dir.resolve("a.db").toString(), null);
    postgres = Archive.open(pg.url(), null);
    Models models = Models.onClassPath().withoutOcr("not needed");
    new Ingestor(sqlite, models).ingest(files, 1, o -> {});
    new Ingestor(postgres, models).ingest(files, 1, o -> {});
    a = new ArchiveQueries(sqlite);
    b = new ArchiveQueries(postgres);
  }

  @AfterAll
  static void close() throws Exception {
    if (sqlite != null) {
      sqlite.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    if (pg != null) {
      pg.close();
    }
  }

  private static List<Path> samples() throws IOException {
    try (Stream<Path> s = Files.walk(SAMPLES)) {
      return s.filter(p -> p.toString().matches(".*\\.(pdf|html)$")).sorted().toList();
    }
  }

  @Test
  void theEnginesAreTheOnesAsked() {
    assertEquals("SQLite", a.engine());
    assertEquals("PostgreSQL", b.engine());
  }

  @Test
  void meetingsExportAndEveryMeetingAreTheSame() throws Exception {
    List<MeetingSummary> meetings = a.meetings(Filter.all());
    assertTrue(meetings.size() >= 5, "the samples were ingested: " + meetings.size());
    assertEquals(meetings, b.meetings(Filter.all()));
    assertEquals(a.export(Filter.all()), b.export(Filter.all()));
    for (MeetingSummary m : meetings) {
      assertEquals(a.sources(m.id()), b.sources(m.id()));
      assertEquals(a.approvedOn(m.id()), b.approvedOn(m.id()));
      String body = m.body().split("\\s+")[0].toLowerCase(Locale.ROOT); // a part of the name, another case
      Filter f = new Filter(body, LocalDate.parse(m.date()), LocalDate.parse(m.date()));
      assertEquals(a.meetings(f), b.meetings(f), body);
      assertEquals(a.meetingIds(LocalDate.parse(m.date()), body), b.meetingIds(LocalDate.parse(m.date()), body));
    }
  }

  @Test
  void statsRefusedChecksAndDocumentsAreTheSame() throws Exception {
    Stats x = a.stats();
    Stats y = b.stats();
    assertEquals(x.documents(), y.documents());
    assertEquals(x.meetings(), y.meetings());
    assertEquals(x.items(), y.items());
    assertEquals(x.decisions(), y.decisions());
    assertEquals(x.actionEntries(), y.actionEntries());
    assertEquals(x.people(), y.people());
    assertEquals(x.bodies(), y.bodies());
    assertEquals(x.parts(), y.parts());
    assertTrue(y.bytes() > 0, "the database's size is known");
    assertEquals(a.refused(), b.refused());
    assertEquals(a.bodyChecks(), b.bodyChecks());
    assertEquals(a.ocrDocuments(), b.ocrDocuments());
    assertEquals(a.documents(null, 1000), b.documents(null, 1000));
    assertEquals(a.documents("report", 1000), b.documents("report", 1000));
  }

  @Test
  void decisionsActionsAndTheirDetailsAreTheSame() throws Exception {
    List<DecisionHit> all = a.decisions(null, null, Filter.all(), 10_000);
    assertTrue(all.size() > 20, "decisions: " + all.size());
    assertEquals(all, b.decisions(null, null, Filter.all(), 10_000));
    for (DecisionHit d : all) {
      assertEquals(a.decision(d.id()), b.decision(d.id()));
    }
    assertEquals(a.actions(null, Filter.all(), 10_000), b.actions(null, Filter.all(), 10_000));
    Set<String> owners = new TreeSet<>();
    a.actions(null, Filter.all(), 10_000).forEach(h -> owners.add(h.initials()));
    for (String owner : owners) {
      assertEquals(a.actions(owner.toLowerCase(Locale.ROOT), Filter.all(), 1000), b.actions(owner.toLowerCase(Locale.ROOT),
          Filter.all(), 1000), owner);
      assertEquals(a.decisions(null, owner, Filter.all(), 1000), b.decisions(null, owner, Filter.all(), 1000), owner);
    }
    for (String word : words(all.stream().map(DecisionHit::text).toList(), 25)) {
      assertEquals(a.decisions(word, null, Filter.all(), 1000), b.decisions(word, null, Filter.all(), 1000), word);
      assertEquals(a.actions(null, word, Filter.all(), 1000), b.actions(null, word, Filter.all(), 1000), word);
    }
  }

  @Test
  void peopleAndTheirRecordsAreTheSame() throws Exception {
    List<PersonSummary> people = a.people(null, 10_000);
    assertTrue(people.size() > 20, "people: " + people.size());
    same(people, b.people(null, 10_000), "people");
    for (PersonSummary p : people.subList(0, Math.min(40, people.size()))) {
      sameText(a.person(p.name()), b.person(p.name()), p.name());
      assertEquals(a.personMeetings(p.name()), b.personMeetings(p.name()), p.name());
    }
  }

  @Test
  void searchFindsTheSameItemsAndReports() throws Exception {
    List<String> texts = new ArrayList<>();
    for (MeetingSummary m : a.meetings(Filter.all())) {
      a.meeting(m.id()).ifPresent(meeting -> meeting.items().forEach(i -> texts.add(i.title() + " " + i.text())));
    }
    int compared = 0;
    for (String word : words(texts, 30)) {
      sameSet(keys(a.search(word, Filter.all(), 1000)), keys(b.search(word, Filter.all(), 1000)), word);
      compared++;
    }
    assertTrue(compared >= 20, "words searched: " + compared);
    // phrases, prefixes, operators and a column, in the syntax the CLI documents
    for (String q : List.of("\"the council\"", "budget OR school", "council NOT budget", "(report OR reports) AND council",
        "minute*", "title:minutes", "CSD18093")) {
      assertEquals(keys(a.search(q, Filter.all(), 1000)), keys(b.search(q, Filter.all(), 1000)), q);
    }
    List<String> reports = a.documents("report", 1000).stream().map(PartHit::title).filter(t -> t != null).toList();
    for (String word : words(reports, 15)) {
      assertEquals(parts(a.searchDocuments(word, Filter.all(), 1000)), parts(b.searchDocuments(word, Filter.all(), 1000)), word);
    }
  }

  @Test
  void aFilteredSearchKeepsTheSameMeetings() throws Exception {
    MeetingSummary m = a.meetings(Filter.all()).get(0);
    Filter f = new Filter(m.body().substring(0, 4).toUpperCase(Locale.ROOT), null, LocalDate.parse(m.date()).plusYears(3));
    for (String word : List.of("council", "minutes", "agreed", "report")) {
      assertEquals(keys(a.search(word, f, 1000)), keys(b.search(word, f, 1000)), word);
    }
  }

  @Test
  void aQueryEitherEngineCannotReadIsRefusedByBoth() {
    for (String q : List.of("\"unclosed", "(budget", "budget AND", "nosuchcolumn:budget")) {
      assertFalse(readable(a, q), q);
      assertFalse(readable(b, q), q);
    }
  }

  private static boolean readable(ArchiveQueries q, String query) {
    try {
      q.search(query, Filter.all(), 10);
      return true;
    } catch (org.minutebook.ingest.store.QuerySyntaxException e) {
      return false;
    } catch (Exception e) {
      throw new AssertionError(query + ": " + e, e);
    }
  }

  /** Equal lists, else the first difference. */
  private static <T> void same(List<T> x, List<T> y, String what) {
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      assertEquals(x.get(i), y.get(i), what + " at " + i);
    }
    assertEquals(x.size(), y.size(), what + ": how many");
  }

  /** Equal, else where their texts part. */
  private static void sameText(Object x, Object y, String what) {
    String sx = String.valueOf(x);
    String sy = String.valueOf(y);
    int i = 0;
    while (i < Math.min(sx.length(), sy.length()) && sx.charAt(i) == sy.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 150);
    assertEquals(sx, sy, what + ": SQLite ..." + sx.substring(from, Math.min(sx.length(), i + 150)) + "... PostgreSQL ..."
        + sy.substring(from, Math.min(sy.length(), i + 150)));
    assertEquals(x, y, what);
  }

  private static <T> void sameSet(Set<T> x, Set<T> y, String what) {
    Set<T> onlyX = new TreeSet<>(x);
    onlyX.removeAll(y);
    Set<T> onlyY = new TreeSet<>(y);
    onlyY.removeAll(x);
    assertTrue(onlyX.isEmpty() && onlyY.isEmpty(), what + ": only in SQLite " + onlyX + ", only in PostgreSQL " + onlyY);
  }

  /** A search's hits as a set: ranking differs between bm25 and ts_rank. */
  private static Set<String> keys(List<SearchHit> hits) {
    Set<String> out = new TreeSet<>();
    hits.forEach(h -> out.add(h.meetingId() + "/" + h.itemNumber() + "/" + h.itemTitle()));
    return out;
  }

  private static Set<Long> parts(List<PartHit> hits) {
    Set<Long> out = new TreeSet<>();
    hits.forEach(h -> out.add(h.id()));
    return out;
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}{7,}");

  /** The longest distinct words of some texts, a few from each, up to n. */
  private static List<String> words(List<String> texts, int n) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : texts) {
      if (t == null) {
        continue;
      }
      List<String> found = new ArrayList<>();
      Matcher m = WORD.matcher(t);
      while (m.find()) {
        found.add(m.group().toLowerCase(Locale.ROOT));
      }
      found.stream().sorted((x, y) -> y.length() - x.length()).limit(2).forEach(out::add);
      if (out.size() >= n) {
        break;
      }
    }
    return new ArrayList<>(out);
  }
}
