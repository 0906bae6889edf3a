package org.minutebook.ingest.label.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading of one side of a recorded vote: "For (12)", "Against: 3", "Ayes: A, B", "Abstain",
 * with the names that may follow it on the same line.
 *
 * @param side which side it heads
 * @param count the number printed with it, or null
 * @param names what follows the heading (names, or nothing)
 */
public record VoteHeading(Side side, Integer count, String names) {
  /** The sides of a vote. */
  public enum Side { FOR, AGAINST, ABSTAIN }

  private static final Pattern HEADING = Pattern.compile(
      "(?i)^(for|in\\s+favou?r|ayes|yeas|yes|against|noes|nays|no|abstain(?:ed|ing|s)?|abstentions?)\\s*(?:\\(\\s*(\\d+)\\s*\\)|[:\\-–]\\s*(\\d+)?)"
          + "\\s*[:\\-–]?\\s*(.*)$",
      Pattern.DOTALL);
  /** "Against (0)", "Abstain (11)" inside a paragraph of names. */
  private static final Pattern EMBEDDED = Pattern.compile(
      "(?:^|\\s)(against|noes|nays|abstain(?:ed|ing|s)?|abstentions?)\\s*\\(\\s*\\d+\\s*\\)\\s*[:\\-–]?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern FOR = Pattern.compile("(?i)for|in\\s+favou?r|ayes|yeas|yes");
  private static final Pattern AGAINST = Pattern.compile("(?i)against|noes|nays|no");

  /** The vote heading a paragraph opens with, if any. A heading word alone before a colon or a count is needed. */
  public static Optional<VoteHeading> parse(String text) {
    Matcher m = HEADING.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    Side side = side(m.group(1));
    String count = m.group(2) != null ? m.group(2) : m.group(3);
    return Optional.of(new VoteHeading(side, count == null ? null : Integer.valueOf(count), m.group(4)));
  }

  /** A matcher over text for the headings of the other sides run into a list of names: "... Mrs Person Against (0) ...". */
  public static Matcher embedded(String text) {
    return EMBEDDED.matcher(text);
  }

  /** The side a heading word names: "Ayes" FOR, "Noes" AGAINST, "Abstentions" ABSTAIN. */
  public static Side side(String word) {
    String w = word.toLowerCase(Locale.ROOT).strip();
    return FOR.matcher(w).matches() ? Side.FOR : AGAINST.matcher(w).matches() ? Side.AGAINST : Side.ABSTAIN;
  }

  /** Whether the heading printed a count ("For (12)", "Against: 3"). */
  public boolean counted() {
    return count != null;
  }
}
