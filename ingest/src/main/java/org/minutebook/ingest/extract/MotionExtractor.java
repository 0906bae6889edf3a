package org.minutebook.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.rules.MotionClause;
import org.minutebook.ingest.label.rules.Sentences;
import org.minutebook.ingest.label.rules.VoteHeading;
import org.minutebook.ingest.people.PersonWords;
import org.minutebook.model.Motion;
import org.minutebook.model.Tally;
import org.minutebook.model.Vote;
import org.minutebook.model.VoteResult;

/**
 * Finds the motions put in an item's paragraphs, sentence by sentence: a sentence that puts one
 * ("Motion to approve ... made by Trustee Piacentini, seconded by Trustee Elton.", "It was proposed
 * by Cllr. X, seconded by Cllr. Y and unanimously agreed to ...") opens it; the sentences that
 * follow belong to it while they record how it was voted ("All were in favor.", a roll call
 * "Trustee Elton – yes, ...", "Ayes: SH, SB Nays: None") or its outcome ("Motion passes.", "Bills
 * stand approved ..."), which ends it. Up to {@link #GAP} other sentences may stand between the
 * motion and its outcome; a motion whose outcome never comes ends at its last sentence of its own.
 * A motion put by its names alone ("Prop CR 2nd KD") right after a sentence stating an outcome
 * ("The Standing Orders were adopted") that no motion took is put after the fact: it starts there.
 *
 * <p>A roll call that is unanimous, or "All were in favor", gives the outcome carried where none is
 * printed. Names lose their honorific ("Trustee Elton" gives "Elton").
 */
final class MotionExtractor {
  /** How many sentences of other matter may stand between a motion and its outcome. */
  static final int GAP = 2;

  /**
   * A motion as found.
   *
   * @param text from the first word of its sentence through its outcome, whitespace collapsed
   * @param rows the rows it was printed on
   * @param paragraph the index of the paragraph it starts in
   * @param at where it starts in that paragraph's text
   * @param motion mover, seconder, outcome and counts
   * @param vote the names by vote, or null
   * @param subject what it was to do ("to approve the agenda"), for a division's label
   * @param amendment whether it is an amendment or a procedural motion
   */
  record Found(String text, List<LabelledRow> rows, int paragraph, int at, Motion motion, Vote vote, String subject,
      boolean amendment) {}

  /** One sentence of a paragraph. */
  private record Sentence(int paragraph, int start, int end, String text) {}

  private MotionExtractor() {}

  static List<Found> find(List<Paragraph> paragraphs) {
    List<Sentence> sentences = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      String text = paragraphs.get(p).text();
      for (int[] s : Sentences.split(text, w -> PersonWords.isHonorific(w))) {
        sentences.add(new Sentence(p, s[0], s[1], text.substring(s[0], s[1])));
      }
    }
    List<Found> out = new ArrayList<>();
    List<Open> emitted = new ArrayList<>(); // the motions of out, as read
    Open open = null;
    int taken = -1; // the last sentence a motion took
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (open != null && open.carried) {
        // the sentence runs on from the paragraph before, which the minutes broke mid-sentence
        open.take(s);
        taken = k;
        open = settle(open, sentences, k, paragraphs, out, emitted);
        continue;
      }
      boolean puts = MotionClause.puts(s.text());
      boolean secondsOnly = puts && open != null && open.seconder == null && MotionClause.mover(s.text()).isEmpty()
          && MotionClause.seconder(s.text()).isPresent();
      if (puts && !secondsOnly && open == null && recordedAgain(emitted, sentences, k)) {
        // "X made a motion, seconded by Y ... failed" then "RESULT: FAILED MOTION BY: X SECOND: Y AYES: ...": one motion
        open = emitted.remove(emitted.size() - 1);
        out.remove(out.size() - 1);
        open.closed = false;
        open.take(s);
        taken = k;
        open = settle(open, sentences, k, paragraphs, out, emitted);
        continue;
      }
      if (puts && !secondsOnly) {
        emit(open, paragraphs, out, emitted);
        Sentence before = k > 0 && k - 1 > taken && (open == null || open.last != sentences.get(k - 1)) ? sentences.get(k - 1) : null;
        if (before != null && bare(s.text()) && MotionClause.closes(before.text()).isPresent() && !MotionClause.puts(before.text())) {
          // "The Standing Orders were adopted. Prop CR 2nd JC": the outcome, then who put it
          open = new Open(before);
          open.read(before);
          open.take(s);
          open.closed = true;
        } else {
          open = new Open(s);
          open.read(s);
        }
        taken = k;
        open = settle(open, sentences, k, paragraphs, out, emitted);
        continue;
      }
      if (open == null) {
        continue;
      }
      if (Sentences.listLabel(s.text()) > 0 && !open.closed) {
        // a new entry of a list ("e) Councillor's Handbook ...") is no part of a motion in the entry before
        emit(open, paragraphs, out, emitted);
        open = null;
        continue;
      }
      if (secondsOnly || open.records(s)) {
        open.take(s);
        taken = k;
        open = settle(open, sentences, k, paragraphs, out, emitted);
      } else if (open.voted() || ++open.gap > GAP) {
        emit(open, paragraphs, out, emitted);
        open = null;
      } else {
        open.pending.add(s);
      }
    }
    emit(open, paragraphs, out, emitted);
    return out;
  }

  /**
   * After a motion took sentence k: whether it runs on into the next paragraph; a motion closed by
   * its outcome that does not run on is emitted, and null returned (no motion open any more).
   */
  private static Open settle(Open open, List<Sentence> sentences, int k, List<Paragraph> paragraphs, List<Found> out,
      List<Open> emitted) {
    open.carried = continues(sentences, k);
    if (open.closed && !open.carried) {
      emit(open, paragraphs, out, emitted);
      return null;
    }
    return open;
  }

  /**
   * Whether sentence k runs on into the next paragraph: it ends its paragraph unfinished and the
   * next opens in lower case ("... the Board approved" | "settlement as requested ..."), as
   * double-spaced minutes break every line.
   */
  private static boolean continues(List<Sentence> sentences, int k) {
    if (k + 1 >= sentences.size()) {
      return false;
    }
    Sentence s = sentences.get(k);
    Sentence next = sentences.get(k + 1);
    return next.paragraph() == s.paragraph() + 1 && next.start() == 0 && !Sentences.finished(s.text())
        && Character.isLowerCase(next.text().codePointAt(0)) && Sentences.listLabel(next.text()) == 0;
  }

  /**
   * Whether sentence k records again the motion read just before it, which ended on the sentence
   * before: the same mover and seconder, as a block of fields after the narrative says it.
   */
  private static boolean recordedAgain(List<Open> emitted, List<Sentence> sentences, int k) {
    if (emitted.isEmpty() || k == 0) {
      return false;
    }
    Open done = emitted.get(emitted.size() - 1);
    String t = sentences.get(k).text();
    String mover = MotionClause.mover(t).map(MotionExtractor::person).orElse(null);
    String seconder = MotionClause.seconder(t).map(MotionExtractor::person).orElse(null);
    return done.last == sentences.get(k - 1) && done.mover != null && done.seconder != null && done.mover.equals(mover)
        && done.seconder.equals(seconder);
  }

  /** Whether a sentence puts a motion by its names alone ("Prop CR 2nd KD"): no subject, no outcome. */
  private static boolean bare(String sentence) {
    return MotionClause.subject(sentence).isEmpty() && MotionClause.closes(sentence).isEmpty() && !MotionClause.amendment(sentence);
  }

  /** A motion being read. */
  private static final class Open {
    final Sentence first;
    Sentence last;
    final List<Sentence> pending = new ArrayList<>();
    int gap;
    String mover;
    String seconder;
    VoteResult result;
    Tally tally;
    boolean allInFavour;
    boolean closed;
    /** Whether its last sentence runs on into the next paragraph. */
    boolean carried;
    final List<List<String>> names = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

    Open(Sentence first) {
      this.first = first;
      this.last = first;
    }

    /** Whether a sentence records how the motion was voted or its outcome. */
    boolean records(Sentence s) {
      String t = s.text();
      return MotionClause.closes(t).isPresent() || MotionClause.allInFavour(t) || !VoteHeading.rollCall(t).isEmpty()
          || !VoteHeading.inline(t).isEmpty() || !VoteHeading.counts(t).isEmpty() || MotionClause.counts(t).isPresent();
    }

    boolean voted() {
      return allInFavour || tally != null || names.stream().anyMatch(l -> !l.isEmpty());
    }

    void take(Sentence s) {
      pending.clear();
      gap = 0;
      last = s;
      read(s);
    }

    void read(Sentence s) {
      String t = s.text();
      if (mover == null) {
        mover = MotionClause.mover(t).map(MotionExtractor::person).orElse(null);
      }
      if (seconder == null) {
        seconder = MotionClause.seconder(t).map(MotionExtractor::person).orElse(null);
      }
      allInFavour |= MotionClause.allInFavour(t);
      for (VoteHeading.Cast c : VoteHeading.rollCall(t)) {
        String n = person(c.name());
        if (n != null) {
          names.get(c.side().ordinal()).add(n);
        }
      }
      for (VoteHeading.Named named : VoteHeading.inline(t)) {
        names.get(named.side().ordinal()).addAll(people(named.names()));
      }
      if (tally == null) {
        tally = MotionClause.counts(t).orElse(null);
      }
      Map<VoteHeading.Side, Integer> counts = VoteHeading.counts(t);
      if (tally == null && !counts.isEmpty()) {
        tally = new Tally(counts.get(VoteHeading.Side.FOR), counts.get(VoteHeading.Side.AGAINST), counts.get(VoteHeading.Side.ABSTAIN));
      }
      VoteResult r = MotionClause.closes(t).orElse(null);
      if (r != null) {
        result = r;
        closed = true;
      }
    }

    Vote vote() {
      if (names.stream().allMatch(List::isEmpty)) {
        return null;
      }
      return new Vote(names.get(0), names.get(1), names.get(2), names.get(3), result);
    }
  }

  private static void emit(Open o, List<Paragraph> paragraphs, List<Found> out, List<Open> emitted) {
    if (o == null) {
      return;
    }
    emitted.add(o);
    Vote vote = o.vote();
    VoteResult result = o.result;
    if (result == null && (o.allInFavour || vote != null && vote.against().isEmpty() && vote.abstain().isEmpty())
        && (o.allInFavour || vote != null)) {
      result = VoteResult.CARRIED; // a unanimous vote, with no outcome printed
    }
    Tally tally = o.tally;
    if (tally == null && vote != null) {
      tally = new Tally(vote.inFavour().size(), vote.against().size(), vote.abstain().size());
    }
    Sentence first = o.first;
    int from = first.start() + MotionClause.start(first.text());
    StringBuilder text = new StringBuilder();
    List<LabelledRow> rows = new ArrayList<>();
    for (int p = first.paragraph(); p <= o.last.paragraph(); p++) {
      Paragraph para = paragraphs.get(p);
      int a = p == first.paragraph() ? from : 0;
      int b = p == o.last.paragraph() ? o.last.end() : para.text().length();
      text.append(' ').append(para.text(), a, b);
      rows.addAll(para.rowsBetween(a, b));
    }
    // all voted for it and their number is not printed: the meeting's roll call will count them
    Motion motion = new Motion(o.mover, o.seconder, result, tally, o.allInFavour && tally == null);
    String subject = MotionClause.subject(first.text()).orElse(null);
    out.add(new Found(Paragraph.collapse(text.toString()), rows, first.paragraph(), from, motion,
        vote == null ? null : new Vote(vote.inFavour(), vote.against(), vote.abstain(), vote.absent(), result), subject,
        MotionClause.amendment(first.text())));
  }

  /** A name as printed in a motion, honorific dropped, cut where the name ends: "Cllr. J. Davies" gives "J. Davies". */
  static String person(String raw) {
    List<String> kept = new ArrayList<>();
    for (String token : raw.strip().split("\\s+")) {
      String bare = token.replaceAll("[.,;:]+$", "");
      // a heading word after a name ends it ("SB Nays"); first, it is initials ("NO")
      if (bare.isEmpty() || !kept.isEmpty() && VoteHeading.headingWord(bare) || MotionClause.keyword(bare)) {
        break;
      }
      if (token.endsWith(".") && bare.length() > 1 && !PersonWords.isHonorific(bare)) {
        kept.add(bare); // a stop after a word that is no initial or title ends the sentence, and the name
        break;
      }
      kept.add(token);
    }
    if (kept.isEmpty()) {
      return null;
    }
    String joined = String.join(" ", kept);
    String name = PersonWords.stripHonorific(joined).replaceAll("[,;:]+$", "").strip();
    return name.isEmpty() || PersonWords.isHonorific(name) ? null : name;
  }

  /** The names of a list printed after a heading: "SH, SB and DL"; "None" gives none. */
  private static List<String> people(String list) {
    List<String> out = new ArrayList<>();
    for (String piece : list.split("\\s*[,;]\\s*|\\s+and\\s+|\\s*&\\s*")) {
      String p = piece.strip().replaceAll("[.]+$", "");
      if (p.isEmpty() || p.matches("(?i)none|nil|n/?a|-|–")) {
        continue;
      }
      String n = person(p);
      if (n != null) {
        out.add(n);
      }
    }
    return out;
  }
}
