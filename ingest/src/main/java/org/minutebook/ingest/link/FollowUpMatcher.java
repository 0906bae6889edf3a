package org.minutebook.ingest.link;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.minutebook.model.FollowUp;

/**
 * Decides which decision a matters-arising row follows up, among the decisions of the meeting it
 * names.
 *
 * <p>The minute number usually settles it: the decision of that item whose text the report
 * restates. Reports get the number wrong now and then (a "186a" for the minutes' "186b"), so a
 * decision in another item is taken when its item's title or its text agrees with the row much
 * better, and the disagreement is recorded as the link's note. A row nothing agrees with stays
 * unlinked: a wrong link is worse than none.
 *
 * <p>Contract: a pure function; never throws.
 */
public final class FollowUpMatcher {
  /** A decision of the meeting the row names. */
  public record Candidate(long decisionId, String itemNumber, String itemTitle, String text) {}

  /** The decision chosen, and a note when the row's minute number does not name its item. */
  public record Match(long decisionId, String note) {}

  /** Text agreement at which a decision in the row's own item is taken. */
  private static final double SAME_ITEM = 0.25;
  /** Text agreement at which a decision in another item is taken. */
  private static final double OTHER_ITEM = 0.5;
  /** Title agreement at which another item is the one meant, given some agreement in text. */
  private static final double TITLE = 0.8;
  /** How much better another item must agree than the numbered one to overrule the number. */
  private static final double OVERRULE = 0.3;

  public Optional<Match> match(FollowUp row, List<Candidate> candidates) {
    Candidate best = null;
    double bestScore = 0;
    Candidate ownBest = null;
    double ownScore = -1;
    for (Candidate c : candidates) {
      double text = similarity(row.resolution(), c.text());
      boolean own = row.minute() != null && row.minute().equalsIgnoreCase(c.itemNumber());
      if (own && text > ownScore) {
        ownBest = c;
        ownScore = text;
      }
      double score = score(row, c);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (ownBest != null && (best == ownBest || ownScore >= SAME_ITEM && bestScore - score(row, ownBest) < OVERRULE)) {
      return Optional.of(new Match(ownBest.decisionId(), null));
    }
    if (best == null) {
      return Optional.empty();
    }
    double text = similarity(row.resolution(), best.text());
    double title = row.title() == null || best.itemTitle() == null ? 0 : similarity(row.title(), best.itemTitle());
    if (text >= OTHER_ITEM || title >= TITLE && text >= SAME_ITEM) {
      String note = row.minute() == null
          ? "matched by " + (title >= TITLE ? "title and text" : "text")
          : "the report gives minute " + row.minute() + "; the minutes print it as "
              + (best.itemNumber() == null ? "an unnumbered item" : best.itemNumber()) + " (matched by "
              + (title >= TITLE ? "title and text" : "text") + ")";
      return Optional.of(new Match(best.decisionId(), note));
    }
    return Optional.empty();
  }

  /** Text agreement, plus a bonus when the titles agree. */
  private static double score(FollowUp row, Candidate c) {
    double title = row.title() == null || c.itemTitle() == null ? 0 : similarity(row.title(), c.itemTitle());
    return similarity(row.resolution(), c.text()) + (title >= TITLE ? 0.5 : 0);
  }

  /** Dice agreement of two texts' content words (after the decision's opening words). */
  static double similarity(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String w : x) {
      if (y.contains(w)) {
        common++;
      }
    }
    return 2.0 * common / (x.size() + y.size());
  }

  private static final Set<String> STOP = Set.of("it", "was", "that", "the", "a", "an", "and", "of", "to", "be", "would",
      "should", "resolved", "agreed", "also", "by", "for", "on", "in", "at", "with", "from", "this", "is", "are", "were",
      "had", "has", "have", "been", "update", "next", "meeting", "concerning");

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    if (s == null) {
      return out;
    }
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
