package org.minutebook.ingest.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minutebook.ingest.label.rules.ItemNumber;
import org.minutebook.model.SelfCheck.NumberingIssue;
import org.minutebook.model.SelfCheck.NumberingKind;

/**
 * Gaps, repeats and backward steps in one meeting's item numbers, each number compared only with
 * the numbers before it in its own scheme ({@link ItemNumber#place}): 14/037 with 14/036, 7.4
 * with 7.3, 16b with 16a, 6 with 4. So 6, 6.1, 6.3, 7 has a gap before 6.3 and none before 7.
 *
 * <p>A scheme's first number may be anything (minutes number on from the year's last meeting, and
 * a sub-item may open at .2). A step back to 1 (or 0) starts the scheme's run again, as numbering
 * that restarts in each section does; a number already printed in the run is a repeat; a step back
 * to one not printed is a backward step. Unnumbered items, and numbers no scheme reads, are passed
 * over.
 */
final class Numbering {
  private Numbering() {}

  /** The issues of one meeting's item numbers (as printed, in order; nulls for unnumbered items). */
  static List<NumberingIssue> issues(List<String> numbers) {
    record Run(String last, int position, Set<Integer> seen) {}
    Map<String, Run> runs = new HashMap<>();
    List<NumberingIssue> out = new ArrayList<>();
    for (String number : numbers) {
      Optional<ItemNumber.Place> place = ItemNumber.place(number);
      if (place.isEmpty()) {
        continue;
      }
      String scheme = place.get().scheme();
      int p = place.get().position();
      Run run = runs.get(scheme);
      Set<Integer> seen = run == null || p <= 1 && p < run.position() ? new HashSet<>() : run.seen();
      if (run != null) {
        if (p > run.position() + 1) {
          out.add(new NumberingIssue(NumberingKind.GAP, run.last(), number));
        } else if (seen.contains(p)) {
          out.add(new NumberingIssue(NumberingKind.REPEAT, run.last(), number));
        } else if (p < run.position() && p > 1) {
          out.add(new NumberingIssue(NumberingKind.BACKWARDS, run.last(), number));
        }
      }
      seen.add(p);
      runs.put(scheme, new Run(number, p, seen));
    }
    return out;
  }
}
