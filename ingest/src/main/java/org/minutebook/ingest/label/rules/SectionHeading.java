package org.minutebook.ingest.label.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a section heading printed without a number: a short line that names its section
 * ("APPROVAL OF MINUTES:", "NEW BUSINESS", "Other matters", "CITIZENS TO ADDRESS THE BOARD –"), or
 * a heading in capitals run in before its section's first sentence ("CORRESPONDENCE – A motion
 * was made ..."). A label in plain case run in before its text ("Clerk: ...", "Assessor – See the
 * report") is the text's, not a heading; so is a line that reads as a sentence.
 *
 * <p>Only the shape is read here; whether the line is set as a heading (bold, capitals, alone at
 * the left) is the caller's to judge from its typography.
 */
public final class SectionHeading {
  /** How long a section heading may be, in characters. */
  public static final int LONGEST = 80;
  /** A dash (hyphen, en or em dash) set off by spaces, or a colon, between a heading and its text. */
  private static final Pattern RUN_IN = Pattern.compile("^(\\P{Ll}*?\\p{Lu}{2}\\P{Ll}*?)(\\s+[-–—]|:)\\s+(\\p{Lu}.*)$");
  /** A trailing dash printed as a separator before the section's (absent) text. */
  private static final Pattern TRAILING_DASH = Pattern.compile("\\s*[-–—]\\s*$");
  /** A colon followed by more text: a run-in label and its content ("For next Agenda: Village tidyup"). */
  private static final Pattern LABEL_AND_TEXT = Pattern.compile(".*\\S:\\s+\\S.*");

  /**
   * A bullet opening an outline's entry: the round, square and arrow marks, as printed or as a
   * symbol font's private-use code points. A letter "o" (a common second-level mark) and a dash
   * are left alone: they open words and ranges too.
   */
  private static final Pattern BULLET = Pattern.compile("^[\u2022\u00B7\u25AA\u25A0\u25BA\u27A2\u27A4\u25C6\uF0B7\uF0A7\uF0D8\uF076\uF0A8\uF0FC]\\s*(\\S.*)$");

  private SectionHeading() {}

  /** The words after a bullet that opens the line ("\u2022 New Business" gives "New Business"), if one opens it. */
  public static Optional<String> bulleted(String line) {
    Matcher m = BULLET.matcher(line.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * A heading in capitals run in before text, split: its title (a colon kept, a dash dropped) and the
   * text after it.
   *
   * @param title the heading as printed, without a dash separator ("CORRESPONDENCE", "REPORTS:")
   * @param rest the text that follows it on the line
   */
  public record RunIn(String title, String rest) {}

  /** Whether a line's words have the shape of a heading standing alone: short, not a sentence, not a label with its text. */
  public static boolean shaped(String line) {
    String t = line.strip();
    int letters = (int) t.chars().filter(Character::isLetter).count();
    return letters >= 3 && t.length() <= LONGEST && !t.matches(".*[.,;?]$") && !LABEL_AND_TEXT.matcher(t).matches()
        && Character.isLetterOrDigit(t.codePointAt(0));
  }

  /** The heading as its title: a trailing dash separator dropped ("ANNOUNCEMENTS –" gives "ANNOUNCEMENTS"); a colon kept. */
  public static String title(String line) {
    return TRAILING_DASH.matcher(line.strip()).replaceAll("");
  }

  /** A heading in capitals run in before its text ("CORRESPONDENCE – An was made ..."), if the line opens with one. */
  public static Optional<RunIn> runIn(String line) {
    Matcher m = RUN_IN.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String head = m.group(1).strip();
    long letters = head.chars().filter(Character::isLetter).count();
    if (letters < 6 || head.length() > LONGEST || !Character.isLetter(head.codePointAt(0))) {
      return Optional.empty();
    }
    return Optional.of(new RunIn(m.group(2).equals(":") ? head + ":" : head, m.group(3)));
  }
}
