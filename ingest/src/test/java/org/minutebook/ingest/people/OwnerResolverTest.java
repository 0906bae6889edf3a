package org.minutebook.ingest.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Attendance;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionKind;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.Owner;
import org.minutebook.model.Person;
import org.minutebook.model.Source;

class OwnerResolverTest {
  /** A recogniser that knows exactly these people. */
  private static NameFinder knowing(String... names) {
    List<String> known = List.of(names);
    List<String> asked = new ArrayList<>();
    return sentence -> {
      asked.add(sentence);
      return known.stream().filter(sentence::contains).toList();
    };
  }

  private static Item item(String number, String text, String... actions) {
    Decision d = new Decision(DecisionKind.RESOLVED, "RESOLVED that the matter be progressed.", List.of(), List.of(actions),
        List.of(), 1, null, null);
    return new Item(number, "Matter " + number, 1, List.of(), text, List.of(d), List.of(), null, null);
  }

  private static Meeting meeting(List<String> present, Item... items) {
    List<Person> people = present.stream().map(Person::named).toList();
    return new Meeting(new Source("m.pdf", "abc", 1, 1, 1), "Riverside Board", LocalDate.of(2021, 3, 4), null, null, null, null,
        new Attendance(people, List.of(), List.of(), List.of(), List.of()), List.of(items));
  }

  private static List<Owner> owners(Meeting m, int item) {
    return m.items().get(item).decisions().get(0).owners();
  }

  private static List<Owner> owners(OwnerResolver.Resolution r, int item) {
    return owners(r.meeting(), item);
  }

  /** A recogniser whose models fail on the first question, as one short of memory does. */
  private static NameFinder failing() {
    return new NameFinder() {
      private boolean failed;

      @Override
      public List<String> people(String sentence) {
        failed = true;
        return List.of();
      }

      @Override
      public boolean available() {
        return !failed;
      }
    };
  }

  @Test
  void theSameInitialsAreResolvedByEachItemsOwnEvidence() {
    Meeting m = new OwnerResolver(knowing("Jo Bloggs")).resolve(meeting(List.of("Jim Bell", "Ann Other"),
        item("4", "The report would be sent to the Board via Jo Bloggs.", "JB"),
        item("5", "Jim Bell agreed to circulate the rota.", "JB"))).meeting();
    assertEquals("Jo Bloggs", owners(m, 0).get(0).name());
    assertEquals("Jim Bell", owners(m, 1).get(0).name());
  }

  @Test
  void theOnlyAttendeeWithTheInitialsIsTakenWhenTheItemNamesNobody() {
    Meeting m = new OwnerResolver(NameFinder.NONE).resolve(meeting(List.of("Ann Other", "Sam Person"),
        item("4", "The budget was discussed.", "SP/AO"))).meeting();
    assertEquals(List.of("Sam Person", "Ann Other"), owners(m, 0).stream().map(Owner::name).toList());
  }

  @Test
  void twoAttendeesWithTheInitialsLeaveItUnresolvedWithBoth() {
    Owner o = owners(new OwnerResolver(NameFinder.NONE).resolve(meeting(List.of("Ann Other", "Alan Oliver"),
        item("4", "The budget was discussed.", "AO"))), 0).get(0);
    assertNull(o.name());
    assertEquals(List.of("Ann Other", "Alan Oliver"), o.candidates());
  }

  @Test
  void aNameNoRecogniserConfirmedBlocksTheAttendanceGuess() {
    Owner o = owners(new OwnerResolver(NameFinder.NONE).resolve(meeting(List.of("Jim Bell"),
        item("4", "The report would be sent via Jo Bloggs.", "JB"))), 0).get(0);
    assertNull(o.name(), "Jim Bell attended, but the item names a JB nobody confirmed");
    assertEquals(List.of("Jo Bloggs", "Jim Bell"), o.candidates());
  }

  @Test
  void anAttendeeNamedByHonorificAndSurnameIsTheItemsEvidence() {
    Owner o = owners(new OwnerResolver(NameFinder.NONE).resolve(meeting(List.of("Lee Nobody", "Lucy Nash"),
        item("4", "Mr Nobody would report back on the parking charges.", "LN"))), 0).get(0);
    assertEquals("Lee Nobody", o.name());
  }

  @Test
  void wordsAndInitialsWithTheSurnameBegun() {
    Meeting m = new OwnerResolver(NameFinder.NONE).resolve(meeting(List.of("Alison Hopper", "Alan Holt"),
        item("4", "The shed was discussed.", "AHop", "Group"))).meeting();
    List<Owner> o = owners(m, 0);
    assertEquals("Alison Hopper", o.get(0).name());
    assertNull(o.get(1).name());
    assertEquals(List.of(), o.get(1).candidates());
  }

  @Test
  void nobodyWithTheInitialsIsUnresolvedWithoutCandidates() {
    Owner o = owners(new OwnerResolver(NameFinder.NONE).resolve(meeting(List.of("Ann Other"), item("4", "Noted.", "KS"))), 0).get(0);
    assertNull(o.name());
    assertEquals(List.of(), o.candidates());
  }

  @Test
  void aNameOnlyTheRecogniserCouldConfirmIsReportedWhenItCannotAnswer() {
    Meeting asked = meeting(List.of("Jim Bell"), item("4", "The report would be sent via Jo Bloggs.", "JB"));
    assertTrue(new OwnerResolver(NameFinder.NONE).resolve(asked).unanswered(), "no models: the question would have been asked");
    OwnerResolver.Resolution failed = new OwnerResolver(failing()).resolve(asked);
    assertTrue(failed.unanswered(), "models that failed on the question");
    assertEquals(List.of("Jo Bloggs", "Jim Bell"), owners(failed, 0).get(0).candidates(), "as without models");
    OwnerResolver.Resolution answered = new OwnerResolver(knowing("Jo Bloggs")).resolve(asked);
    assertFalse(answered.unanswered());
    assertEquals("Jo Bloggs", owners(answered, 0).get(0).name());
  }

  @Test
  void attendanceAloneNeedsNoRecogniser() {
    OwnerResolver.Resolution r = new OwnerResolver(NameFinder.NONE).resolve(meeting(List.of("Ann Other", "Sam Person"),
        item("4", "Sam Person presented the budget.", "SP")));
    assertFalse(r.unanswered(), "an attendee named in the item is not a question for the recogniser");
    assertEquals("Sam Person", owners(r, 0).get(0).name());
  }
}
