package org.minutebook.ingest.label.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading of one side of a recorded vote: "For (12)", "Against: 3", "Ayes: A, B", "Abstain",
 * "Yeas / For (5)", with the names that may follow it on the same line.
 *
 * @param side which side it heads
 * @param count the number printed with it, or null
 * @param names what follows the heading (names, or nothing)
 */
public record VoteHeading(Side side, Integer count, String names) {
  /** The sides of a vote. */
  public enum Side { FOR, AGAINST, ABSTAIN, ABSENT }

  /** One member's vote in a roll call: "Trustee Elton – yes" gives ("Trustee Elton", FOR). */
  public record Cast(String name, Side side) {}

  /** The names printed after a side's heading inside a sentence: "Ayes: SH, SB" gives (FOR, "SH, SB"). */
  public record Named(Side side, String names) {}

  /** A side's heading word. */
  private static final String SIDE_WORD = "for|in\\s+favou?r|ayes|yeas|yes|against|noes|nays|no|abstain(?:ed|ing|s)?|abstentions?";
  /** A side's heading, its word alone or with another for the same side after a slash ("Yeas / For (5)", "Nays / Against (11)"). */
  private static final Pattern HEADING = Pattern.compile(
      "(?i)^(" + SIDE_WORD + ")(?:\\s*/\\s*(?:" + SIDE_WORD + "))?\\s*(?:\\(\\s*(\\d+)\\s*\\)|[:\\-–]\\s*(\\d+)?)"
          + "\\s*[:\\-–]?\\s*(.*)$",
      Pattern.DOTALL);
  /** "Against (0)", "Abstain (11)" inside a paragraph of names. */
  private static final Pattern EMBEDDED = Pattern.compile(
      "(?:^|\\s)(against|noes|nays|abstain(?:ed|ing|s)?|abstentions?)\\s*\\(\\s*(\\d+)\\s*\\)\\s*[:\\-–]?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern FOR = Pattern.compile("(?i)for|in\\s+favou?r|ayes|yeas|yes");
  private static final Pattern AGAINST = Pattern.compile("(?i)against|noes|nays|no");

  /** One roll-call entry: a capitalised name, a dash, and its vote. */
  private static final Pattern CAST = Pattern.compile(
      "(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,3})\\s*[–—\\-:]\\s*(?i:(yes|aye|yea|no|nay|abstain(?:ed|s)?|absent))\\b");
  /** A side's heading inside a sentence, before its names: "Ayes: SH, SB Nays: None Absent: DL". */
  private static final Pattern INLINE = Pattern.compile(
      "(?i)(?:^|(?<=[\\s,;.]))(ayes|yeas|nays|noes|abstain(?:ed|ing|s)?|abstentions?|absent)\\s*(?:\\(\\s*\\d+\\s*\\)\\s*)?:\\s*");
  /** A side's count inside a sentence: "Yes – 4, No – 0", "Ayes 5, Nays 0". */
  private static final Pattern COUNT = Pattern.compile(
      "(?i)\\b(yes|ayes|yeas|in\\s+favou?r|no|nays|noes|against|abstain(?:ed|ing|s)?|abstentions?)\\s*[–—:\\-]?\\s*(\\d{1,3})\\b(?![.,:/]\\d)");

  /** The roll-call entries of a text, in order: "Trustee Elton – yes, Trustee Hodge – no". */
  public static List<Cast> rollCall(String text) {
    List<Cast> out = new ArrayList<>();
    Matcher m = CAST.matcher(text);
    while (m.find()) {
      out.add(new Cast(m.group(1), sideOfCast(m.group(2))));
    }
    return out;
  }

  /** The sides headed inside a text, each with the names up to the next heading. */
  public static List<Named> inline(String text) {
    List<Named> out = new ArrayList<>();
    Matcher m = INLINE.matcher(text);
    List<int[]> at = new ArrayList<>();
    List<Side> sides = new ArrayList<>();
    while (m.find()) {
      at.add(new int[] {m.start(), m.end()});
      sides.add(m.group(1).toLowerCase(Locale.ROOT).equals("absent") ? Side.ABSENT : side(m.group(1)));
    }
    for (int k = 0; k < at.size(); k++) {
      int to = k + 1 < at.size() ? at.get(k + 1)[0] : text.length();
      out.add(new Named(sides.get(k), text.substring(at.get(k)[1], to)));
    }
    return out;
  }

  /** The counts printed for the sides inside a text ("Yes – 4, No – 0"), by side; empty when fewer than two sides are counted. */
  public static Map<Side, Integer> counts(String text) {
    Map<Side, Integer> out = new EnumMap<>(Side.class);
    Matcher m = COUNT.matcher(text);
    while (m.find()) {
      out.putIfAbsent(side(m.group(1)), Integer.valueOf(m.group(2)));
    }
    return out.size() >= 2 ? out : Map.of();
  }

  /** Whether a word is a side's heading word ("Ayes", "Nays", "Absent"), in any case: it ends a list of names before it. */
  public static boolean headingWord(String word) {
    return INLINE.matcher(word + ":").matches() || FOR.matcher(word).matches() || AGAINST.matcher(word).matches();
  }

  private static Side sideOfCast(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("absent")) {
      return Side.ABSENT;
    }
    return w.startsWith("abstain") ? Side.ABSTAIN : w.matches("yes|aye|yea") ? Side.FOR : Side.AGAINST;
  }

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

  /** The count of a heading found by {@link #embedded(String)}'s matcher: "Against (0)" gives 0. */
  public static Integer embeddedCount(Matcher found) {
    return Integer.valueOf(found.group(2));
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
