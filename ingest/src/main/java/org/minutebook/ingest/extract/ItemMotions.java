package org.minutebook.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.rules.MotionClause;
import org.minutebook.model.Box;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionKind;
import org.minutebook.model.Division;
import org.minutebook.model.Motion;
import org.minutebook.model.Tally;
import org.minutebook.model.Vote;
import org.minutebook.model.VoteResult;

/**
 * Joins an item's motions to its RESOLVED and AGREED clauses, and lists its divisions.
 *
 * <p>A motion printed inside a clause, or before it with no other motion between, is how that
 * clause was put: its mover, seconder, outcome and counts go on the clause, and so does the vote
 * recorded for the clause ("For (38) ... Motion carried."). A motion with an outcome that no clause
 * records is a decision of its own (MOTION). An amendment or procedural motion in an item whose
 * outcome is a clause is no decision. Every named vote of the item, a roll call included, is one
 * of its divisions, in printed order.
 */
final class ItemMotions {
  /** An item's decisions, each with how it was put where the minutes say, and its divisions. */
  record Joined(List<Decision> decisions, List<Division> divisions) {}

  private ItemMotions() {}

  /**
   * @param found the clauses as found, in order
   * @param decisions the decision each clause became, in the same order
   * @param paragraphs the item's paragraphs
   * @param votes the item's recorded votes under For/Against headings
   * @param title the item's title, what its first division voted on where no paragraph above says, or null
   */
  static Joined join(List<DecisionExtractor.Found> found, List<Decision> decisions, List<Paragraph> paragraphs,
      List<VoteExtractor.Found> votes, String title) {
    List<MotionExtractor.Found> motions = MotionExtractor.find(paragraphs);
    if (motions.isEmpty() && votes.isEmpty()) {
      return new Joined(decisions, List.of());
    }
    Map<LabelledRow, Integer> paragraphOf = new IdentityHashMap<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (LabelledRow r : paragraphs.get(p).rows()) {
        paragraphOf.put(r, p);
      }
    }
    int[] first = new int[found.size()];
    int[] last = new int[found.size()];
    int[] at = new int[found.size()];
    for (int d = 0; d < found.size(); d++) {
      List<LabelledRow> rows = found.get(d).rows();
      first[d] = paragraphOf.getOrDefault(rows.get(0), -1);
      last[d] = paragraphOf.getOrDefault(rows.get(rows.size() - 1), first[d]);
      String head = found.get(d).text().substring(0, Math.min(30, found.get(d).text().length()));
      at[d] = first[d] < 0 ? 0 : Math.max(0, Paragraph.collapse(paragraphs.get(first[d]).text()).indexOf(head));
    }
    MotionExtractor.Found[] put = new MotionExtractor.Found[found.size()];
    List<Positioned> out = new ArrayList<>();
    for (int d = 0; d < decisions.size(); d++) {
      out.add(new Positioned(first[d], at[d], decisions.get(d)));
    }
    boolean[] used = new boolean[motions.size()];
    // "Prop: CR 2nd RD" printed right after a clause puts it
    for (int m = 0; m < motions.size(); m++) {
      MotionExtractor.Found motion = motions.get(m);
      if (motion.subject() != null || motion.amendment() || motion.text().length() > 60) {
        continue;
      }
      int before = -1;
      for (int d = 0; d < found.size(); d++) {
        if (first[d] < motion.paragraph() || first[d] == motion.paragraph() && at[d] <= motion.at()) {
          before = d;
        }
      }
      if (before >= 0 && put[before] == null && last[before] >= motion.paragraph() - 1) {
        put[before] = motion;
        used[m] = true;
      }
    }
    // each clause is put by the first motion printed before it (after the clause before) or inside it
    for (int d = 0; d < found.size(); d++) {
      for (int m = 0; m < motions.size() && put[d] == null; m++) {
        MotionExtractor.Found motion = motions.get(m);
        boolean before = motion.paragraph() < first[d] || motion.paragraph() == first[d] && motion.at() < at[d];
        boolean inside = !before && motion.paragraph() <= last[d];
        if (!used[m] && !motion.amendment() && (before || inside)) {
          put[d] = motion;
          used[m] = true;
        }
      }
      for (int m = 0; m < motions.size(); m++) {
        MotionExtractor.Found motion = motions.get(m);
        used[m] |= motion.paragraph() < first[d] || motion.paragraph() == first[d] && motion.at() < at[d];
      }
    }
    // "Proposed Cllr A, seconded Cllr B" printed after the last clause, which it put
    int lastClause = found.size() - 1;
    for (int m = 0; m < motions.size() && lastClause >= 0; m++) {
      if (!used[m] && put[lastClause] == null && motions.get(m).subject() == null && !motions.get(m).amendment()) {
        put[lastClause] = motions.get(m);
        used[m] = true;
      }
    }
    // a motion with its outcome that puts no clause is a decision of its own (an amendment none)
    List<MotionExtractor.Found> putting = Arrays.asList(put);
    for (MotionExtractor.Found motion : motions) {
      if (motion.motion().result() != null && (found.isEmpty() || !motion.amendment() && !putting.contains(motion))) {
        out.add(new Positioned(motion.paragraph(), motion.at(), decision(motion)));
      }
    }
    for (int d = 0; d < found.size(); d++) {
      Decision decision = decisions.get(d);
      VoteExtractor.Found recorded = recordedFor(votes, decision.vote());
      MotionExtractor.Found motion = put[d];
      if (motion == null && recorded == null) {
        continue;
      }
      Motion m = motion == null ? null : motion.motion();
      VoteResult result = m != null && m.result() != null ? m.result() : decision.vote() != null ? decision.vote().result() : null;
      Tally tally = m != null && m.tally() != null ? m.tally() : recorded != null ? recorded.tally() : null;
      Motion joined = new Motion(m == null ? null : m.mover(), m == null ? null : m.seconder(), result, tally,
          m != null && m.unanimous() && tally == null);
      Decision with = decision.withMotion(joined, motion == null ? null : motion.vote());
      for (int k = 0; k < out.size(); k++) {
        if (out.get(k).decision() == decision) {
          out.set(k, new Positioned(out.get(k).paragraph(), out.get(k).at(), with));
        }
      }
    }
    out.sort(Comparator.comparingInt(Positioned::paragraph).thenComparingInt(Positioned::at));
    List<Decision> result = new ArrayList<>();
    for (Positioned p : out) {
      result.add(p.decision());
    }
    return new Joined(result, divisions(motions, votes, paragraphs, title));
  }

  /** A decision and where it starts: its paragraph and its place in it. */
  private record Positioned(int paragraph, int at, Decision decision) {}

  private static VoteExtractor.Found recordedFor(List<VoteExtractor.Found> votes, Vote vote) {
    for (VoteExtractor.Found v : votes) {
      if (v.vote() == vote && vote != null) {
        return v;
      }
    }
    return null;
  }

  private static Decision decision(MotionExtractor.Found motion) {
    LabelledRow first = motion.rows().get(0);
    return new Decision(DecisionKind.MOTION, motion.text(), List.of(), List.of(), List.of(), first.page(), motion.vote(),
        PrintedRows.box(motion.rows()), null, motion.motion()).withOcrConfidence(PrintedRows.ocrConfidence(motion.rows()));
  }

  /** Every named vote of the item in printed order: roll calls of motions and For/Against lists. */
  private static List<Division> divisions(List<MotionExtractor.Found> motions, List<VoteExtractor.Found> votes, List<Paragraph> paragraphs,
      String title) {
    record At(int paragraph, Division division) {}
    List<At> all = new ArrayList<>();
    for (MotionExtractor.Found m : motions) {
      if (m.vote() != null) {
        all.add(new At(m.paragraph(), new Division(m.subject(), m.motion().result(), m.motion().tally(), m.vote(), m.rows().get(0).page())));
      }
    }
    for (VoteExtractor.Found v : votes) {
      // what was voted on stands above the For heading, or above the outcome printed there
      int above = v.first() - 1;
      if (above >= 0 && MotionClause.outcomeField(paragraphs.get(above).text()).isPresent()) {
        above--;
      }
      String label = above >= 0 ? lead(paragraphs.get(above).text()) : title;
      all.add(new At(v.first(), new Division(label, v.vote().result(), v.tally(), v.vote(), paragraphs.get(v.first()).page())));
    }
    all.sort(Comparator.comparingInt(At::paragraph));
    return all.stream().map(At::division).toList();
  }

  /** What a division voted on, from the paragraph before its For heading: its text without a paragraph number. */
  private static String lead(String paragraph) {
    String t = Paragraph.collapse(paragraph).replaceFirst("^\\(?\\d{1,3}[.)]\\s*", "");
    return t.length() > 200 ? t.substring(0, 200).strip() : t;
  }
}
