package org.minutebook.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.model.ActionLogEntry;
import org.minutebook.model.ActionRow;
import org.minutebook.model.Attendance;
import org.minutebook.model.Deadline;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionKind;
import org.minutebook.model.DecisionPart;
import org.minutebook.model.Division;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.MinutesApproval;
import org.minutebook.model.Motion;
import org.minutebook.model.Movement;
import org.minutebook.model.Owner;
import org.minutebook.model.Person;
import org.minutebook.model.Source;
import org.minutebook.model.Tally;
import org.minutebook.model.Vote;
import org.minutebook.model.VoteResult;

/** What the archive stores of a meeting is what it gives back, field for field. */
class MeetingRoundTripTest {
  /** A meeting with every field filled, the new ones of schema 6 and 11 included (boxes: see ArchivedDocumentsTest). */
  static Meeting everyField(String sha) {
    Person elton = new Person("Elton", "Trustee", null, null, null, 91.5);
    Attendance attendance = new Attendance(List.of(elton, new Person("Ann Hodge", "Trustee", "Chair", "Chair", null)),
        List.of(new Person("Buiter", "Clerk", null, null, null)), List.of(new Person("Kit Someone", null, null, null, null)),
        List.of(new Person("Al Bow", null, null, null, "Kit Someone")), List.of(new Person("Eve Fox", null, null, null, null)),
        List.of(new Person("Piacentini", "Trustee", null, null, null)),
        List.of(new Movement("Elton", "20:00", "7"), new Movement("Ann Hodge", null, null)),
        List.of(new Movement("Eve Fox", "19:15", null)));
    Vote rollCall = new Vote(List.of("Elton", "Hodge"), List.of("Bow"), List.of("Fox"), List.of("Piacentini"), VoteResult.CARRIED);
    Decision motion = new Decision(DecisionKind.MOTION, "Motion by Elton to buy benches, 2nd by Hodge. Motion carried.", List.of(),
        List.of(), List.of(), 2, rollCall, null, null, new Motion("Elton", "Hodge", VoteResult.CARRIED, new Tally(2, 1, 1)));
    Decision lost = new Decision(DecisionKind.MOTION, "Motion to close the park. Motion lost.", List.of(), List.of(), List.of(), 2,
        null, null, null, new Motion(null, null, VoteResult.LOST, new Tally(1, null, null)));
    Owner ks = new Owner("KS", "Kit Someone", "the only attendee with these initials", List.of());
    Decision resolved = new Decision(DecisionKind.RESOLVED, "RESOLVED that (a) the benches be painted; (b) the gate be fixed.",
        List.of(new DecisionPart("(a)", "the benches be painted", List.of("KS")), new DecisionPart("(b)", "the gate be fixed", List.of())),
        List.of("KS", "AB"), List.of(ks, new Owner("AB", null, "several attendees have these initials", List.of("Ann Bee", "Al Bow"))),
        3, new Vote(List.of("Elton"), List.of(), List.of(), VoteResult.CARRIED), null,
        new Deadline("by the end of January", "2021-01-31", "the month after the meeting"), null, 72.25);
    List<Division> divisions = List.of(new Division("amendment to paint them green", VoteResult.LOST, new Tally(1, 3, 0), null, 2),
        new Division("the benches", VoteResult.CARRIED, new Tally(2, 1, 1), rollCall, 2), new Division(null, null, null,
            new Vote(List.of(), List.of(), List.of(), null), null));
    List<ActionLogEntry> log = List.of(
        new ActionLogEntry("Dec22.02", "Car Park Ramp - quotes by AS", List.of("AS"), "Awaiting a quote.", "2021-02-01", 3,
            List.of(new Owner("AS", "Al Stone", "the only attendee with these initials", List.of()))),
        new ActionLogEntry(null, "JH and HD to walk the village", List.of("JH", "HD"), "", null, null));
    Item business = new Item("A", "Benches", 2, List.of("ABC19042"), "Benches were discussed.", List.of(motion, lost, resolved),
        List.of(new ActionRow(List.of("KS", "AB"), resolved.text(), 3, null, 2, resolved.owners()),
            new ActionRow(List.of("EF"), "Eve to report.", 3, null, null, List.of(new Owner("EF", null, "no attendee or name in item A has these initials", List.of())))),
        "5", null, "NEW BUSINESS", divisions, log, 88.0);
    Item plain = new Item("7", null, null, List.of(), "", List.of(), List.of(), null, null);
    return new Meeting(new Source(sha + ".pdf", sha, 4, 1, 4), "Crete Township Board", LocalDate.of(2022, 3, 9), LocalTime.of(19, 0),
        LocalTime.of(20, 25), "Townhall", LocalDate.of(2022, 4, 13), attendance, List.of(business, plain),
        new MinutesApproval(List.of(LocalDate.of(2022, 2, 9)), "1"));
  }

  static DocumentRecord record(String sha) {
    return new DocumentRecord(sha, sha + ".pdf", sha + ".pdf", "PDF", 4, "MINUTES", IngestStatus.INGESTED, null, null, List.of(),
        "test", new byte[0]);
  }

  @Test
  void aMeetingWithEveryFieldFilledComesBackEqual(@TempDir Path dir) throws Exception {
    Meeting written = everyField("abc");
    try (Archive archive = Archive.open(dir.resolve("a.db"), null)) {
      archive.store(record("abc"), List.of(written), List.of());
      ArchiveQueries q = new ArchiveQueries(archive);
      long id = q.meetings(ArchiveQueries.Filter.all()).get(0).id();
      Meeting read = q.meeting(id).orElseThrow();
      assertEquals(written.attendance(), read.attendance());
      assertEquals(written.items().get(0).decisions(), read.items().get(0).decisions());
      assertEquals(written.items().get(0).votes(), read.items().get(0).votes());
      assertEquals(written.items().get(0).actionLog(), read.items().get(0).actionLog());
      assertEquals(written, read);
    }
  }
}
