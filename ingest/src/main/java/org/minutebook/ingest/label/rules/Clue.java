package org.minutebook.ingest.label.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A pattern and the words it cannot match without: every group of {@code needs} must have one of
 * its words somewhere in the text, in any case. Most sentences and items hold none of a rule's
 * words, and a plain search for them is many times cheaper than running the pattern at every
 * position: profiled on realworld, the motion, movement and closing patterns run on every sentence
 * were a fifth of the parse.
 *
 * <p>The needs must be true of every match (a word the pattern itself spells, case-insensitively),
 * so that a clue changes the cost of a rule and never its answer.
 */
record Clue(Pattern pattern, List<List<String>> needs) {
  /**
   * @param regex the pattern's source
   * @param needs one group per argument, its words separated by {@code |}, in lower case
   */
  static Clue of(String regex, String... needs) {
    return new Clue(Pattern.compile(regex), Arrays.stream(needs).map(n -> List.of(n.split("\\|"))).toList());
  }

  /** The text in lower case, for {@link #possible}: made once, asked of several clues. */
  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** Whether the pattern could match a text, given {@link #lower} of it. */
  boolean possible(String lower) {
    for (List<String> any : needs) {
      if (!has(lower, any)) {
        return false;
      }
    }
    return true;
  }

  private static boolean has(String lower, List<String> words) {
    for (String w : words) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
