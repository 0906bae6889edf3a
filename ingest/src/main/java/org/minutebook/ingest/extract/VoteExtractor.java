package org.minutebook.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.ingest.label.rules.MotionClause;
import org.minutebook.ingest.label.rules.VoteHeading;
import org.minutebook.ingest.people.PersonWords;
import org.minutebook.model.Tally;
import org.minutebook.model.Vote;
import org.minutebook.model.VoteResult;

/**
 * Finds recorded votes among an item's paragraphs: a "For (12)" heading (or "Ayes:", "In
 * favour:") followed by the names that voted so, then "Against (30)" and "Abstain (3)" with
 * theirs, and the outcome line ("Motion carried.", "Amendment lost."). Names may follow their
 * heading on the same line or in the paragraphs below it, comma-separated or one per line; honours
 * after a name ("Sir Ann Other, CBE") are not part of it. An outcome printed as a field above the
 * For heading ("Outcome of Vote: LOST") is the vote's result.
 */
final class VoteExtractor {
  private static final Pattern OUTCOME = Pattern.compile(
      "(?i)(?:^|\\s)((?:the\\s+)?(?:substantive\\s+|original\\s+)?(?:motion|amendment|recommendations?|proposal|resolution)(?:\\s+as\\s+amended)?\\s+(?:was\\s+)?(carried|agreed|approved|passed|adopted|lost|fell|defeated|failed|not\\s+carried))\\.?\\s*$");
  private static final Pattern HONOURS = Pattern.compile(PersonWords.HONOUR);

  /** A vote as found: its names and result, the counts its headings print (or null), and the paragraphs it spans. */
  record Found(Vote vote, Tally tally, int first, int last) {}

  private VoteExtractor() {}

  static List<Found> find(List<Paragraph> paragraphs) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < paragraphs.size()) {
      VoteHeading h = VoteHeading.parse(paragraphs.get(i).text()).orElse(null);
      if (h == null || h.side() != VoteHeading.Side.FOR || !counted(h)) {
        i++;
        continue;
      }
      List<List<String>> lists = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      int first = i;
      int kind = 0;
      // the outcome may stand above the For heading as a field: "Outcome of Vote: LOST"
      VoteResult result = i > 0 ? MotionClause.outcomeField(paragraphs.get(i - 1).text()).orElse(null) : null;
      String names = h.names();
      Integer[] counts = {h.count(), null, null};
      i++;
      while (true) {
        Matcher o = OUTCOME.matcher(names);
        boolean ends = o.find();
        if (ends) {
          result = o.group(2).toLowerCase(Locale.ROOT).matches("lost|fell|defeated|failed|not\\s+carried") ? VoteResult.LOST : VoteResult.CARRIED;
          names = names.substring(0, o.start());
        }
        // a heading run into the names before it, with no paragraph gap: "... Mrs Person Against (0)"
        Matcher e = VoteHeading.embedded(names);
        int from = 0;
        while (e.find()) {
          lists.get(kind).addAll(names(names.substring(from, e.start())));
          kind = kindOf(e.group(1));
          counts[kind] = VoteHeading.embeddedCount(e);
          from = e.end();
        }
        lists.get(kind).addAll(names(names.substring(from)));
        if (ends || i >= paragraphs.size()) {
          break;
        }
        String next = paragraphs.get(i).text();
        VoteHeading n = VoteHeading.parse(next).orElse(null);
        if (n != null && counted(n) && n.side() != VoteHeading.Side.FOR) {
          kind = n.side() == VoteHeading.Side.AGAINST ? 1 : 2;
          counts[kind] = n.count();
          names = n.names();
        } else if (n != null && n.side() == VoteHeading.Side.FOR) {
          break; // the next vote
        } else if (looksLikeNames(next) || OUTCOME.matcher(next).matches()) {
          names = next;
        } else {
          break;
        }
        i++;
      }
      if (!lists.get(0).isEmpty() || !lists.get(1).isEmpty()) {
        Tally tally = counts[0] == null && counts[1] == null && counts[2] == null ? null : new Tally(counts[0], counts[1], counts[2]);
        out.add(new Found(new Vote(lists.get(0), lists.get(1), lists.get(2), result), tally, first, i - 1));
      }
    }
    return out;
  }

  /** 1 for the votes against, 2 for abstentions. */
  private static int kindOf(String word) {
    return VoteHeading.side(word) == VoteHeading.Side.AGAINST ? 1 : 2;
  }

  /** A heading that counts or lists votes: "For (12)", "Ayes: A, B", not a sentence starting "For the ...". */
  private static boolean counted(VoteHeading h) {
    return h.counted() || h.names().isBlank() || looksLikeNames(h.names());
  }

  /** Whether text reads as a list of names: capitalised words between commas, no sentence. */
  static boolean looksLikeNames(String text) {
    String t = VoteHeading.embedded(OUTCOME.matcher(text).replaceFirst("")).replaceAll(", ").strip();
    if (t.isEmpty()) {
      return false;
    }
    for (String piece : t.split("\\s*,\\s*|\\s+and\\s+")) {
      String p = piece.strip();
      if (p.isEmpty() || HONOURS.matcher(p).matches()) {
        continue;
      }
      for (String w : p.split("\\s+")) {
        if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !PersonWords.isParticle(w)) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    for (String piece : text.split("\\s*[,;]\\s*|\\s+and\\s+|\\n")) {
      String p = piece.strip().replaceAll("[.,]+$", "");
      p = p.replaceAll("(\\s+" + HONOURS.pattern() + ")+$", "").strip();
      if (p.isEmpty() || HONOURS.matcher(p).matches() || p.matches("(?i)none|nil|-|–")) {
        continue;
      }
      out.add(p);
    }
    return out;
  }
}
