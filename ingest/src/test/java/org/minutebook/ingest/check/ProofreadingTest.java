package org.minutebook.ingest.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Attendance;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionKind;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.Person;
import org.minutebook.model.Source;

class ProofreadingTest {
  private static Decision decision(String text, Double confidence) {
    return new Decision(DecisionKind.RESOLVED, text, List.of(), List.of(), List.of(), 2, null, null).withOcrConfidence(confidence);
  }

  private static Meeting meeting(Attendance attendance, Item... items) {
    return new Meeting(new Source("a.pdf", "abc", 3, 1, 3), "Parish Council", LocalDate.of(2022, 3, 9), null, null, null, null,
        attendance, List.of(items), null);
  }

  @Test
  void listsTheFactsOcrWasUnsureOfInTheMeetingsOrder() {
    Item item = new Item("4", "Playground", 2, List.of(), "", List.of(decision("RESOLVED that the swings be mended.", 72.0),
        decision("RESOLVED to meet again.", 96.0)), List.of(), null, null).withOcrConfidence(55.0);
    Attendance a = new Attendance(List.of(Person.named("Ada Marsh").withOcrConfidence(61.0), Person.named("Ivo Quay").withOcrConfidence(93.0)),
        List.of(), List.of(), List.of(), List.of());
    Proofreading.Result r = Proofreading.of(meeting(a, item));
    assertEquals(5, r.read());
    assertEquals(List.of(new Proofreading.Flagged(Proofreading.Kind.NAME, "Ada Marsh", null, 61.0),
        new Proofreading.Flagged(Proofreading.Kind.ITEM_HEADING, "4 Playground", 2, 55.0),
        new Proofreading.Flagged(Proofreading.Kind.DECISION, "RESOLVED that the swings be mended.", 2, 72.0)), r.flagged());
  }

  @Test
  void aMeetingReadFromATextLayerHasNothingToProofread() {
    Item item = new Item("4", "Playground", 2, List.of(), "", List.of(decision("RESOLVED to meet again.", null)), List.of(), null, null);
    Proofreading.Result r = Proofreading.of(meeting(Attendance.empty(), item));
    assertEquals(0, r.read());
    assertEquals(List.of(), r.flagged());
  }
}
