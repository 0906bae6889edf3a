package org.minutebook.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.QueryResults.MeetingSummary;
import org.minutebook.model.Attendance;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionKind;
import org.minutebook.model.FollowUp;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.MinutesApproval;
import org.minutebook.model.Source;

class SourcesTest {
  private static final LocalDate MARCH = LocalDate.of(2021, 3, 4);

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

  @Test
  void oneMeetingFromTwoFilesIsListedOnceFromTheFileThatReadItBest(@TempDir Path dir) throws Exception {
    try (Archive archive = Archive.open(dir.resolve("a.db"), null)) {
      archive.store(record("aaa"), List.of(meeting("aaa", "Riverside Parks Board", MARCH, 1, null)), List.of());
      archive.store(record("bbb"), List.of(meeting("bbb", "RIVERSIDE PARKS BOARD (Special Meeting)", MARCH, 3, null)), List.of());
      List<MeetingSummary> listed = new ArchiveQueries(archive).meetings(Filter.all());
      assertEquals(1, listed.size());
      assertEquals(3, listed.get(0).items(), "the file that read more is shown");
      assertEquals(2, listed.get(0).sources());
    }
  }

  @Test
  void aLaterMeetingApprovingTheMinutesIsShownAndAFollowUpArrivingFirstIsLinkedLater(@TempDir Path dir) throws Exception {
    try (Archive archive = Archive.open(dir.resolve("a.db"), null)) {
      FollowUp row = new FollowUp("Riverside Parks Board", "2", MARCH, "Parks 2",
          "It was resolved that the parks report number 2 be noted.", "Noted and filed.", MARCH.plusMonths(1), 5);
      archive.store(record("pack"), List.of(), List.of(), List.of(row), List.of());
      archive.store(record("march"), List.of(meeting("march", "Riverside Parks Board", MARCH, 3, null)), List.of());
      archive.store(record("april"), List.of(meeting("april", "Riverside Parks Board", MARCH.plusMonths(1), 1,
          new MinutesApproval(List.of(MARCH), "1"))), List.of());
      ArchiveQueries q = new ArchiveQueries(archive);
      MeetingSummary march = q.meetings(Filter.all()).get(0);
      assertEquals("2021-04-04", march.approvedOn());
      List<QueryResults.DecisionHit> decisions = q.decisions(null, null, new Filter(null, MARCH, MARCH), 10);
      QueryResults.DecisionHit second = decisions.stream().filter(d -> "2".equals(d.itemNumber())).findFirst().orElseThrow();
      assertEquals(1, second.followUps().size());
      assertEquals("Noted and filed.", second.followUps().get(0).update());
    }
  }

  private static Meeting withOwner(String sha, LocalDate date, org.minutebook.model.Owner owner) {
    Decision d = new Decision(DecisionKind.RESOLVED, "RESOLVED that the benches be repaired.", List.of(), List.of(owner.initials()),
        List.of(owner), 1, null, null);
    Item item = new Item("1", "Benches", 1, List.of(), "", List.of(d), List.of(), null, null);
    return new Meeting(new Source(sha + ".pdf", sha, 3, 1, 3), "Riverside Parks Board", date, null, null, null, null,
        Attendance.empty(), List.of(item), null);
  }

  @Test
  void initialsNoEvidenceResolvesTakeTheBodysNearbyResolution(@TempDir Path dir) throws Exception {
    try (Archive archive = Archive.open(dir.resolve("a.db"), null)) {
      archive.store(record("april"), List.of(withOwner("april", MARCH.plusMonths(1),
          new org.minutebook.model.Owner("KS", null, "no attendee or name in item 1 has these initials", List.of()))), List.of());
      archive.store(record("march"), List.of(withOwner("march", MARCH,
          new org.minutebook.model.Owner("KS", "Kit Someone", "the only attendee with these initials", List.of()))), List.of());
      Meeting april = new ArchiveQueries(archive).export(new Filter(null, MARCH.plusMonths(1), MARCH.plusMonths(1))).get(0);
      org.minutebook.model.Owner o = april.decisions().get(0).owners().get(0);
      assertEquals("Kit Someone", o.name());
      assertEquals("resolved at the body's meeting of 2021-03-04", o.evidence());
    }
  }
}
