package org.minutebook.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.store.QueryResults.ActionHit;
import org.minutebook.ingest.store.QueryResults.DecisionHit;

/** What a watch remembers a fact by: what it says, never its row ids. */
class WatchesTest {
  private static DecisionHit decision(long id, String body, String item, String text) {
    return new DecisionHit(id, id, "2023-12-06", body, item, "Title", "RESOLVED", text, List.of(), 1, null, null, null, null,
        null, List.of());
  }

  private static ActionHit action(long meetingId, String initials, String decision, String beside) {
    return new ActionHit(initials, meetingId, "2018-06-21", "Strategic Group", "5", "Matters", beside, decision, 2, null, null,
        null, null, null, null, List.of());
  }

  @Test
  void aDecisionIsKnownByBodyDateItemAndTextNotByItsIds() {
    String text = "RESOLVED that the Crime Update be noted.";
    assertEquals(Watches.fingerprint(decision(3, "Safer Bromley Partnership Board", "87", text)),
        Watches.fingerprint(decision(41, "Safer Bromley Partnership Board", "87", text)), "a re-read gives new ids");
    assertEquals(Watches.fingerprint(decision(3, "Safer Bromley Partnership Board", "87", text)),
        Watches.fingerprint(decision(3, "Safer  Bromley Partnership board", "87", "RESOLVED that the Crime\nUpdate be noted. ")),
        "spacing, line breaks and the case of the body's name aside");
    assertNotEquals(Watches.fingerprint(decision(3, "Board", "87", text)), Watches.fingerprint(decision(3, "Board", "88", text)));
    assertNotEquals(Watches.fingerprint(decision(3, "Board", "87", text)),
        Watches.fingerprint(decision(3, "Board", "87", "RESOLVED that the Crime Update be deferred.")));
  }

  @Test
  void anActionIsKnownAlsoByItsInitials() {
    String d = "RESOLVED that an update be provided.";
    assertEquals(Watches.fingerprint(action(1, "RV", d, null)), Watches.fingerprint(action(9, "RV", d, null)));
    assertNotEquals(Watches.fingerprint(action(1, "RV", d, null)), Watches.fingerprint(action(1, "AB", d, null)));
    assertNotEquals(Watches.fingerprint(action(1, "RV", null, "Circulate the report")),
        Watches.fingerprint(action(1, "RV", null, "Book the room")), "without a decision, by the text beside it");
  }
}
