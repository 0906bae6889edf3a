package org.minutebook.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Attendance;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionKind;
import org.minutebook.model.Division;
import org.minutebook.model.Item;
import org.minutebook.model.Motion;
import org.minutebook.model.Movement;
import org.minutebook.model.Person;
import org.minutebook.model.Tally;
import org.minutebook.model.Vote;
import org.minutebook.model.VoteResult;

class UnanimousVotesTest {
  private static Decision motion(Motion m) {
    return new Decision(DecisionKind.MOTION, "Motion to approve by Trustee Abel, seconded by Trustee Bond. All were in favor.", List.of(),
        List.of(), List.of(), 1, null, null, null, m);
  }

  private static Item item(String number, Decision d, List<Division> votes) {
    return new Item(number, "Business", 1, List.of(), "", List.of(d), List.of(), null, null).withVotes(votes);
  }

  private static Attendance present(String... names) {
    return new Attendance(List.of(names).stream().map(n -> new Person(n, "Trustee", null, null, null)).toList(), List.of(), List.of(),
        List.of(), List.of());
  }

  private static final Motion ALL = new Motion("Abel", "Bond", VoteResult.CARRIED, null, true);

  private static Tally tally(Item item) {
    return item.decisions().get(0).motion().tally();
  }

  @Test
  void allInFavourCountsTheMembersPresent() {
    List<Item> items = UnanimousVotes.count(List.of(item("1", motion(ALL), List.of())), present("Abel", "Bond", "Cole", "Dean", "Eddy"));
    assertEquals(new Tally(5, 0, 0), tally(items.get(0)));
  }

  @Test
  void theItemsRollCallCountsBeforeAttendance() {
    Division roll = new Division("to pay", VoteResult.CARRIED, new Tally(3, 0, 0),
        new Vote(List.of("Abel", "Bond", "Cole"), List.of(), List.of(), VoteResult.CARRIED), 1);
    List<Item> items = UnanimousVotes.count(List.of(item("1", motion(ALL), List.of(roll))), present("Abel", "Bond", "Cole", "Dean"));
    assertEquals(new Tally(3, 0, 0), tally(items.get(0)));
  }

  @Test
  void membersWhoLeftBeforeTheItemDoNotVote() {
    Attendance att = new Attendance(present("Abel", "Bond", "Cole").present(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(new Movement("Cole", "20:00", "2")), List.of());
    List<Item> items = UnanimousVotes.count(List.of(item("1", motion(ALL), List.of()), item("2", motion(ALL), List.of())), att);
    assertEquals(new Tally(3, 0, 0), tally(items.get(0)));
    assertEquals(new Tally(2, 0, 0), tally(items.get(1)));
  }

  @Test
  void withoutARollCallOrACountedVoteNothingIsCounted() {
    assertNull(tally(UnanimousVotes.count(List.of(item("1", motion(ALL), List.of())), Attendance.empty()).get(0)));
    Motion counted = new Motion("Abel", "Bond", VoteResult.CARRIED, new Tally(4, 1, 0));
    assertEquals(new Tally(4, 1, 0), tally(UnanimousVotes.count(List.of(item("1", motion(counted), List.of())), present("Abel", "Bond")).get(0)));
    Motion notUnanimous = new Motion("Abel", "Bond", VoteResult.CARRIED, null);
    assertNull(tally(UnanimousVotes.count(List.of(item("1", motion(notUnanimous), List.of())), present("Abel", "Bond")).get(0)));
  }
}
