package org.minutebook.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.minutebook.model.Attendance;
import org.minutebook.model.Decision;
import org.minutebook.model.Division;
import org.minutebook.model.Item;
import org.minutebook.model.Motion;
import org.minutebook.model.Movement;
import org.minutebook.model.Person;
import org.minutebook.model.Tally;
import org.minutebook.model.Vote;

/**
 * Counts the votes of motions the minutes call unanimous ("All were in favor", "unanimously
 * agreed") without printing their number, from a roll call that is known: the item's own roll call
 * where it has one (everyone named in it voted), else the members present at the meeting, less
 * those recorded leaving before the item or arriving after it. Such a motion was carried by all of
 * them, none against, none abstaining. With neither known, its tally stays unknown.
 *
 * <p>Contract: a pure function of the items and the attendance; the items come back in order, the
 * same where nothing is counted.
 */
public final class UnanimousVotes {
  private UnanimousVotes() {}

  /** The items with their unanimous motions counted. */
  public static List<Item> count(List<Item> items, Attendance attendance) {
    List<Item> out = new ArrayList<>(items.size());
    for (int k = 0; k < items.size(); k++) {
      Item item = items.get(k);
      if (item.decisions().stream().noneMatch(UnanimousVotes::uncounted)) {
        out.add(item);
        continue;
      }
      int voters = rollCall(item);
      if (voters == 0) {
        voters = present(attendance, items, k);
      }
      if (voters == 0) {
        out.add(item);
        continue;
      }
      Tally all = new Tally(voters, 0, 0);
      List<Decision> decisions = new ArrayList<>();
      for (Decision d : item.decisions()) {
        decisions.add(uncounted(d) ? d.withMotion(d.motion().withTally(all), null) : d);
      }
      out.add(item.withDecisions(decisions));
    }
    return out;
  }

  private static boolean uncounted(Decision d) {
    Motion m = d.motion();
    return m != null && m.unanimous() && m.tally() == null && d.vote() == null;
  }

  /** How many voted in the item's first named division, or 0. */
  private static int rollCall(Item item) {
    for (Division division : item.votes()) {
      Vote v = division.vote();
      if (v != null) {
        int n = v.inFavour().size() + v.against().size() + v.abstain().size();
        if (n > 0) {
          return n;
        }
      }
    }
    return 0;
  }

  /** The members present for item k: those printed present, less who had left before it or arrived after it. */
  private static int present(Attendance attendance, List<Item> items, int k) {
    Set<String> names = new LinkedHashSet<>();
    for (Person p : attendance.present()) {
      names.add(p.name());
    }
    for (Movement left : attendance.left()) {
      if (at(left.beforeItem(), items) <= k && at(left.beforeItem(), items) >= 0) {
        names.remove(left.name());
      }
    }
    for (Movement arrived : attendance.arrived()) {
      if (at(arrived.beforeItem(), items) > k) {
        names.remove(arrived.name());
      }
    }
    return names.size();
  }

  /** The place of the item with a number among the items, or -1. */
  private static int at(String number, List<Item> items) {
    for (int i = 0; number != null && i < items.size(); i++) {
      if (number.equals(items.get(i).number())) {
        return i;
      }
    }
    return -1;
  }
}
