package org.minutebook.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.store.QueryResults.PersonRecord;
import org.minutebook.ingest.store.QueryResults.PersonVote;
import org.minutebook.model.Attendance;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionKind;
import org.minutebook.model.Division;
import org.minutebook.model.Item;
import org.minutebook.model.Motion;
import org.minutebook.model.Tally;
import org.minutebook.model.Vote;
import org.minutebook.model.VoteResult;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.Meeting;
import org.minutebook.model.Person;
import org.minutebook.model.Source;

class PersonQueryTest {
  private static void store(Archive archive, String sha, String body, LocalDate date, List<Person> present) throws Exception {
    archive.store(new DocumentRecord(sha, sha + ".pdf", sha + ".pdf", "PDF", 1, "MINUTES", IngestStatus.INGESTED, null, null,
        List.of(), "test", new byte[0]), List.of(new Meeting(new Source(sha + ".pdf", sha, 1, 1, 1), body, date, null, null, null,
        null, new Attendance(present, List.of(), List.of(), List.of(), List.of()), List.of())), List.of());
  }

  private static Person person(String name, String honorific, String role) {
    return new Person(name, honorific, role, null, null);
  }

  @Test
  void shortFormsAtTheSameBodyAreOnePersonAndTheSameNameElsewhereIsKeptApart(@TempDir Path dir) throws Exception {
    try (Archive archive = Archive.open(dir.resolve("a.db"), null)) {
      store(archive, "a", "Riverside Board", LocalDate.of(2021, 1, 7), List.of(person("Kit Someone", "Councillor", "Leader")));
      store(archive, "b", "Riverside Board", LocalDate.of(2021, 2, 4), List.of(person("Someone", "Cllr", null)));
      store(archive, "c", "Hillside Choir", LocalDate.of(2021, 3, 4), List.of(person("Kit Someone", null, "Treasurer")));
      List<PersonRecord> found = new ArchiveQueries(archive).person("Councillor Kit Someone");
      assertEquals(2, found.size(), "two bodies that share nothing: two people");
      PersonRecord councillor = found.get(0);
      assertEquals(List.of("Riverside Board"), councillor.bodies());
      assertEquals(2, councillor.attended(), "'Cllr Someone' at the same body is the same person");
      assertEquals(List.of("Someone"), councillor.alsoPrintedAs());
      assertEquals(1, found.get(1).attended());
    }
  }

  @Test
  void aSurnameSharedAtTheBodyIsNotTakenForThePerson(@TempDir Path dir) throws Exception {
    try (Archive archive = Archive.open(dir.resolve("a.db"), null)) {
      store(archive, "a", "Riverside Board", LocalDate.of(2021, 1, 7),
          List.of(person("Kit Someone", null, null), person("Lee Someone", null, null)));
      store(archive, "b", "Riverside Board", LocalDate.of(2021, 2, 4), List.of(person("Someone", "Cllr", null)));
      assertEquals(1, new ArchiveQueries(archive).person("Kit Someone").get(0).attended());
    }
  }

  @Test
  void aMembersVotesAreListedByDivisionWithADecisionsOwnVoteOnce(@TempDir Path dir) throws Exception {
    Vote rollCall = new Vote(List.of("Elton", "Hodge"), List.of("Kit Someone"), List.of(), List.of("Bow"), VoteResult.CARRIED);
    Decision motion = new Decision(DecisionKind.MOTION, "Motion to buy benches. Motion carried.", List.of(), List.of(), List.of(), 1,
        rollCall, null, null, new Motion("Elton", "Hodge", VoteResult.CARRIED, new Tally(2, 1, 0)));
    Decision resolved = new Decision(DecisionKind.RESOLVED, "RESOLVED that the gate be painted.", List.of(), List.of(), List.of(), 1,
        new Vote(List.of("Someone"), List.of(), List.of(), VoteResult.CARRIED), null);
    Item item = new Item("A", "Benches", 1, List.of(), "", List.of(motion, resolved), List.of(), null, null)
        .withVotes(List.of(new Division("amendment", VoteResult.LOST, null,
            new Vote(List.of(), List.of(), List.of("Someone"), List.of(), VoteResult.LOST), 1),
            new Division("the benches", VoteResult.CARRIED, new Tally(2, 1, 0), rollCall, 1)));
    try (Archive archive = Archive.open(dir.resolve("a.db"), null)) {
      archive.store(new DocumentRecord("v", "v.pdf", "v.pdf", "PDF", 1, "MINUTES", IngestStatus.INGESTED, null, null, List.of(), "test",
          new byte[0]), List.of(new Meeting(new Source("v.pdf", "v", 1, 1, 1), "Riverside Board", LocalDate.of(2021, 1, 7), null, null,
          null, null, new Attendance(List.of(person("Kit Someone", "Councillor", null), person("Elton", "Trustee", null)), List.of(),
          List.of(), List.of(), List.of(), List.of(person("Bow", null, null)), List.of(), List.of()), List.of(item))), List.of());
      PersonRecord kit = new ArchiveQueries(archive).person("Kit Someone").get(0);
      assertEquals(List.of("amendment abstain Someone", "the benches against Kit Someone", "RESOLVED that the gate be painted. for Someone"),
          kit.votes().stream().map(v -> v.motion() + " " + v.vote() + " " + v.printedAs()).toList(),
          "the motion's own vote is the item's second division, listed once");
      PersonRecord elton = new ArchiveQueries(archive).person("Elton").get(0);
      assertEquals(List.of("for"), elton.votes().stream().map(PersonVote::vote).toList(), "a surname alone is a name too");
      PersonRecord bow = new ArchiveQueries(archive).person("Bow").get(0);
      assertEquals(0, bow.attended());
      assertEquals(1, bow.absent());
      assertEquals(List.of("absent"), bow.votes().stream().map(PersonVote::vote).toList());
    }
  }
}
