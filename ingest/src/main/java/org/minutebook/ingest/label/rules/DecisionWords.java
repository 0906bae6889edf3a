package org.minutebook.ingest.label.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words minutes record a decision with, in any case and wherever they stand in a line:
 * "resolved", "agreed", "motion(s)", "carried", "seconded". Unlike a {@link DecisionOpening}, which
 * opens a formal decision, they are only a sign that one may be near ("Motion by Smith, seconded
 * by Jones. Motion carried.", "the Board agreed that ..."): what the self-check looks for outside
 * the decisions read. A word inside another ("unresolved", "disagreed") is none.
 */
public final class DecisionWords {
  private static final Clue WORD = Clue.of("(?i)(?<!\\p{L})(resolved|agreed|" + MotionClause.SIGN_WORDS + ")(?!\\p{L})",
      "resolved|agreed|" + MotionClause.SIGN_WORDS_NEED);

  /**
   * A decision word in a text.
   *
   * @param word as printed
   * @param start where it starts in the text
   * @param end one past where it ends
   */
  public record Found(String word, int start, int end) {}

  private DecisionWords() {}

  /** The decision words in a text, in order; empty when it holds none. */
  public static List<Found> in(String text) {
    if (!WORD.possible(Clue.lower(text))) {
      return List.of();
    }
    Matcher m = WORD.pattern().matcher(text);
    List<Found> out = new ArrayList<>();
    while (m.find()) {
      out.add(new Found(m.group(1), m.start(1), m.end(1)));
    }
    return out.isEmpty() ? List.of() : List.copyOf(out);
  }
}
