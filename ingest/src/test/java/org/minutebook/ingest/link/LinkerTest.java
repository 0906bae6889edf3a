package org.minutebook.ingest.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.Models;
import org.minutebook.ingest.Pipeline;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.DocumentRecord;
import org.minutebook.ingest.store.QueryResults;
import org.minutebook.ingest.store.QueryResults.MeetingSummary;
import org.minutebook.model.ActionLogEntry;
import org.minutebook.model.ActionRow;
import org.minutebook.model.Attendance;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionKind;
import org.minutebook.model.FollowUp;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.MinutesApproval;
import org.minutebook.model.Owner;
import org.minutebook.model.Source;

/** The archive-wide links made after each write, against a real archive. */
class LinkerTest {
  private static final LocalDate MARCH = LocalDate.of(2021, 3, 4);
  private static final LocalDate APRIL = MARCH.plusMonths(1);

  private static DocumentRecord record(String sha) {
    return new DocumentRecord(sha, sha + ".pdf", sha + ".pdf", "PDF", 3, "MINUTES", IngestStatus.INGESTED, null, null, List.of(),
        "test", new byte[0]);
  }

  private static Meeting meeting(String sha, String body, LocalDate date, int items, MinutesApproval approval) {
    List<Item> list = new java.util.ArrayList<>();
    for (int i = 1; i <= items; i++) {
      Decision d = new Decision(DecisionKind.RESOLVED, "RESOLVED that the parks report number " + i + " be noted.", List.of(),
          List.of(), List.of(), 1, null, null);
      list.add(new Item(String.valueOf(i), "Parks " + i, 1, List.of(), "", List.of(d), List.of(), null, null));
    }
    return new Meeting(new Source(sha + ".pdf", sha, 3, 1, 3), body, date, null, null, null, null, Attendance.empty(), list,
        approval);
  }

  /** Stores and links, as the Ingestor does. */
  private static void store(Archive archive, String sha, Meeting m) throws Exception {
    archive.store(record(sha), List.of(m), List.of());
    new Linker(archive).run();
  }

  @Test
  void oneMeetingFromTwoFilesIsListedOnceFromTheFileThatReadItBest(@TempDir Path dir) throws Exception {
    try (Archive archive = Archive.open(dir.resolve("a.db"), null)) {
      store(archive, "aaa", meeting("aaa", "Riverside Parks Board", MARCH, 1, null));
      archive.store(record("bbb"), List.of(meeting("bbb", "RIVERSIDE PARKS BOARD (Special Meeting)", MARCH, 3, null)), List.of());
      ArchiveQueries q = new ArchiveQueries(archive);
      assertEquals(1, q.meetings(Filter.all()).get(0).items(), "until linked, the file stored first is shown, once");
      new Linker(archive).run();
      List<MeetingSummary> listed = q.meetings(Filter.all());
      assertEquals(1, listed.size());
      assertEquals(3, listed.get(0).items(), "the file that read more is shown");
      assertEquals(2, listed.get(0).sources());
    }
  }

  private static final FollowUp ROW = new FollowUp("Riverside Parks Board", "2", MARCH, "Parks 2",
      "It was resolved that the parks report number 2 be noted.", "Noted and filed.", APRIL, 5);

  private static int followUpsOf(ArchiveQueries q, String item) throws Exception {
    List<QueryResults.DecisionHit> decisions = q.decisions(null, null, new Filter(null, MARCH, MARCH), 10);
    return decisions.stream().filter(d -> item.equals(d.itemNumber())).findFirst().orElseThrow().followUps().size();
  }

  @Test
  void aLaterMeetingApprovingTheMinutesIsShownAndAFollowUpArrivingFirstIsLinkedLater(@TempDir Path dir) throws Exception {
    try (Archive archive = Archive.open(dir.resolve("a.db"), null)) {
      archive.store(record("pack"), List.of(), List.of(), List.of(ROW), List.of());
      new Linker(archive).run();
      store(archive, "march", meeting("march", "Riverside Parks Board", MARCH, 3, null));
      store(archive, "april", meeting("april", "Riverside Parks Board", APRIL, 1, new MinutesApproval(List.of(MARCH), "1")));
      ArchiveQueries q = new ArchiveQueries(archive);
      MeetingSummary march = q.meetings(Filter.all()).get(0);
      assertEquals("2021-04-04", march.approvedOn());
      assertEquals(1, followUpsOf(q, "2"));
      List<QueryResults.DecisionHit> decisions = q.decisions(null, null, new Filter(null, MARCH, MARCH), 10);
      QueryResults.DecisionHit second = decisions.stream().filter(d -> "2".equals(d.itemNumber())).findFirst().orElseThrow();
      assertEquals("Noted and filed.", second.followUps().get(0).update());
    }
  }

  /** A meeting of the board with one decision whose Action entry, and the row beside it, have this owner. */
  private static Meeting withOwner(String sha, LocalDate date, Owner owner) {
    Decision d = new Decision(DecisionKind.RESOLVED, "RESOLVED that the benches be repaired.", List.of(), List.of(owner.initials()),
        List.of(owner), 1, null, null);
    ActionRow beside = new ActionRow(List.of(owner.initials()), d.text(), 1, null, 0, List.of(owner));
    Item item = new Item("1", "Benches", 1, List.of(), "", List.of(d), List.of(beside), null, null);
    return new Meeting(new Source(sha + ".pdf", sha, 3, 1, 3), "Riverside Parks Board", date, null, null, null, null,
        Attendance.empty(), List.of(item), null);
  }

  /** A meeting whose only Action entry is beside narrative, not a decision. */
  private static Meeting withNarrativeEntry(String sha, LocalDate date, Owner owner) {
    ActionRow row = new ActionRow(List.of(owner.initials()), "The benches were discussed.", 1, null, null, List.of(owner));
    Item item = new Item("1", "Benches", 1, List.of(), "The benches were discussed.", List.of(), List.of(row), null, null);
    return new Meeting(new Source(sha + ".pdf", sha, 3, 1, 3), "Riverside Parks Board", date, null, null, null, null,
        Attendance.empty(), List.of(item), null);
  }

  private static final Owner KNOWN = new Owner("KS", "Kit Someone", "the only attendee with these initials", List.of());

  /** An owner its meeting could not resolve; the wording is free: the archive decides on its kind. */
  private static Owner unknown(String words) {
    return new Owner("KS", null, words, List.of());
  }

  private static Meeting exported(Archive archive, LocalDate date) throws Exception {
    return new ArchiveQueries(archive).export(new Filter(null, date, date)).get(0);
  }

  @Test
  void initialsNoEvidenceResolvesTakeTheBodysNearbyResolutionWhateverTheWordsOfTheEvidence(@TempDir Path dir) throws Exception {
    try (Archive archive = Archive.open(dir.resolve("a.db"), null)) {
      store(archive, "april", withOwner("april", APRIL, unknown("nobody at this meeting goes by KS")));
      store(archive, "march", withOwner("march", MARCH, KNOWN));
      Meeting april = exported(archive, APRIL);
      Owner o = april.decisions().get(0).owners().get(0);
      assertEquals("Kit Someone", o.name());
      assertEquals("resolved at the body's meeting of 2021-03-04", o.evidence());
      assertEquals(o, april.items().get(0).actionRows().get(0).owners().get(0), "the row beside the decision has the same owner");
    }
  }

  @Test
  void anEntryBesideNarrativeIsResolvedAcrossMeetingsToo(@TempDir Path dir) throws Exception {
    try (Archive archive = Archive.open(dir.resolve("a.db"), null)) {
      store(archive, "march", withOwner("march", MARCH, KNOWN));
      store(archive, "april", withNarrativeEntry("april", APRIL, unknown("no attendee or name in item 1 has these initials")));
      assertEquals("Kit Someone", exported(archive, APRIL).items().get(0).actionRows().get(0).owners().get(0).name());
      List<QueryResults.ActionHit> owned = new ArchiveQueries(archive).actions("Kit Someone", Filter.all(), 10);
      assertEquals(List.of("2021-04-04", "2021-03-04"), owned.stream().map(QueryResults.ActionHit::date).toList());
    }
  }

  @Test
  void aResolutionAcrossMeetingsFeedsNoOther(@TempDir Path dir) throws Exception {
    LocalDate nextYear = LocalDate.of(2022, 3, 20); // within a year of April, not of March
    try (Archive archive = Archive.open(dir.resolve("a.db"), null)) {
      store(archive, "march", withOwner("march", MARCH, KNOWN));
      store(archive, "april", withOwner("april", APRIL, unknown("no attendee or name in item 1 has these initials")));
      store(archive, "next", withOwner("next", nextYear, unknown("no attendee or name in item 1 has these initials")));
      assertEquals("Kit Someone", exported(archive, APRIL).decisions().get(0).owners().get(0).name());
      assertNull(exported(archive, nextYear).decisions().get(0).owners().get(0).name());
    }
  }

  @Test
  void linksAKillInterruptedAreMadeByTheNextRun(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("a.db");
    try (Archive archive = Archive.open(db, null)) {
      // written, never linked: as when the process dies between the write and the linking
      archive.store(record("pack"), List.of(), List.of(), List.of(ROW), List.of());
      archive.store(record("march"), List.of(meeting("march", "Riverside Parks Board", MARCH, 3, null)), List.of());
      archive.store(record("march2"), List.of(withOwner("march2", MARCH, KNOWN)), List.of());
      archive.store(record("april"), List.of(withOwner("april", APRIL, unknown("no attendee or name in item 1 has these initials"))),
          List.of());
      assertTrue(archive.linksPending());
      assertNull(exported(archive, APRIL).decisions().get(0).owners().get(0).name());
    }
    Path empty = Files.createFile(dir.resolve("empty.pdf"));
    try (Archive archive = Archive.open(db, null)) {
      Ingestor.Outcome outcome = new Ingestor(archive, new Pipeline(Models.NONE)).ingest(empty);
      assertTrue(outcome.refused(), "the file itself is refused; the links are made all the same");
      assertFalse(archive.linksPending());
      assertEquals("Kit Someone", exported(archive, APRIL).decisions().get(0).owners().get(0).name());
      assertEquals(1, followUpsOf(new ArchiveQueries(archive), "2"));
    }
  }

  @Test
  void linkingAgainChangesNothing(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("a.db");
    List<Meeting> before;
    try (Archive archive = Archive.open(db, null)) {
      archive.store(record("pack"), List.of(), List.of(), List.of(ROW), List.of());
      store(archive, "march", meeting("march", "Riverside Parks Board", MARCH, 3, null));
      store(archive, "march2", withOwner("march2", MARCH, KNOWN));
      store(archive, "april", withOwner("april", APRIL, unknown("no attendee or name in item 1 has these initials")));
      before = new ArchiveQueries(archive).export(Filter.all());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      s.execute("INSERT OR IGNORE INTO pending_links (body_key, date) SELECT body_key, date FROM meetings");
    }
    try (Archive archive = Archive.open(db, null)) {
      assertTrue(archive.linksPending());
      new Linker(archive).run();
      assertFalse(archive.linksPending());
      assertEquals(before, new ArchiveQueries(archive).export(Filter.all()));
      assertEquals(1, followUpsOf(new ArchiveQueries(archive), "2"));
    }
  }

  /** A meeting of the parish council whose only item prints an action table with these rows. */
  private static Meeting withActionLog(String sha, LocalDate date, ActionLogEntry... rows) {
    Item item = new Item("4", "Action log", 1, List.of(), "", List.of(), List.of(), null, null).withActionLog(List.of(rows));
    return new Meeting(new Source(sha + ".pdf", sha, 3, 1, 3), "Souldern Parish Council", date, null, null, null, null,
        Attendance.empty(), List.of(item), null);
  }

  private static ActionLogEntry logRow(String ref, String update, Owner owner) {
    return new ActionLogEntry(ref, "Car park ramp: quotes to be obtained", List.of(owner.initials()), update, null, 1, List.of(owner));
  }

  @Test
  void anActionLogRowCarriedOnAtLaterMeetingsShowsTheirUpdatesWhicheverArrivesFirst(@TempDir Path dir) throws Exception {
    LocalDate dec = LocalDate.of(2022, 12, 8);
    LocalDate jan = LocalDate.of(2023, 1, 26);
    LocalDate feb = LocalDate.of(2023, 2, 23);
    Owner stone = new Owner("AS", "Al Stone", "the only attendee with these initials", List.of());
    Owner open = new Owner("AS", null, "no attendee or name in item 4 has these initials", List.of());
    Path db = dir.resolve("a.db");
    try (Archive archive = Archive.open(db, null)) {
      store(archive, "dec", withActionLog("dec", dec, logRow("Dec22.02", "", stone)));
      store(archive, "feb", withActionLog("feb", feb, logRow("Dec22.02", "Three quotes received.", open),
          logRow("Feb23.01", "", open)));
      store(archive, "jan", withActionLog("jan", jan, logRow("Dec 22.02", "Awaiting a quote.", open)));
      List<QueryResults.ActionHit> hits = new ArchiveQueries(archive).actions("AS", Filter.all(), 10);
      assertEquals(List.of("2023-02-23 Dec22.02", "2023-02-23 Feb23.01", "2023-01-26 Dec 22.02", "2022-12-08 Dec22.02"),
          hits.stream().map(h -> h.date() + " " + h.ref()).toList());
      QueryResults.ActionHit first = hits.get(3);
      assertEquals(List.of("2023-01-26 Awaiting a quote.", "2023-02-23 Three quotes received."),
          first.later().stream().map(u -> u.date() + " " + u.update()).toList(), "the meeting that came late sits between");
      assertEquals(List.of("2023-02-23"), hits.get(2).later().stream().map(QueryResults.LogUpdate::date).toList());
      assertEquals(List.of(), hits.get(0).later());
      assertEquals(List.of("Al Stone", "Al Stone", "Al Stone", "Al Stone"), hits.stream().map(QueryResults.ActionHit::owner).toList(),
          "an action-log owner is resolved at the body's other meetings like an Action entry");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      s.execute("INSERT OR IGNORE INTO pending_links (body_key, date) SELECT body_key, date FROM meetings");
    }
    try (Archive archive = Archive.open(db, null)) {
      new Linker(archive).run();
      List<QueryResults.ActionHit> hits = new ArchiveQueries(archive).actions("Al Stone", Filter.all(), 10);
      assertEquals(2, hits.get(3).later().size(), "linking again changes nothing");
    }
  }
}
