package org.minutebook.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.store.QueryResults.PersonRecord;
import org.minutebook.model.Attendance;
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
}
