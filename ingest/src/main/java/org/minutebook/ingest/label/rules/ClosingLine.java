package org.minutebook.ingest.label.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line that closes a meeting's minutes: "The meeting ended at 11.40 am", "Meeting closed",
 * "The proceedings concluded at ...", and the signature lines printed under it.
 */
public final class ClosingLine {
  /** The closing line itself; kept strict, since the minutes end where it is printed. */
  private static final Clue CLOSES = Clue.of(
      "(?i)\\b(meeting|proceedings|session)\\s+(?:stands\\s+)?(ended|closed|concluded|finished|terminated|adjourned|rose)\\b"
          + "|^(the\\s+)?meeting\\s+(closed|ended)|^meeting\\s+(closed|ended)", "meeting|proceedings|session");
  /** Any words that tell when the meeting ended, in tenses the closing line does not use ("the meeting was closed at"). */
  private static final Clue TELLS_END = Clue.of(
      "(?i)\\b(?:meeting|proceedings|session)\\s+(?:was\\s+|stands\\s+|stood\\s+)?(?:ended|closed|concluded|finished|terminated|adjourned|rose|ends|closes)\\b"
          + "|\\bmeeting\\s+closed\\b", "meeting|proceedings|session");
  /** A line only long sentences are not: a closing line is short. */
  private static final int LONGEST = 160;
  /** "The meeting reconvened at 20:27": an adjournment that did not close the meeting. */
  private static final Pattern RESUMES = Pattern.compile("(?i).*\\b(reconvened|resumed|reassembled)\\b.*");
  private static final Pattern SIGNATURE = Pattern.compile(
      "(?i)^(signed|chair(man|person|woman)?|vice[- ]chair(man)?|date|dated|\\.{3,}|_{3,}|[-–.…_ ]*|signed\\s*[.:_…]*.*|chair(man)?\\s*[.:_…]+.*"
          + "|date\\s*[.:_…]+.*)$");

  private ClosingLine() {}

  /** Whether a line closes the minutes ("The meeting ended at ..."); a long line that only mentions it does not. */
  public static boolean closes(String line) {
    return line.length() < LONGEST && mentionsClosing(line);
  }

  /** Whether a line's words say the meeting closed, however long the line (an item's text, a title). */
  public static boolean mentionsClosing(String text) {
    return CLOSES.possible(Clue.lower(text)) && CLOSES.pattern().matcher(text).find();
  }

  /** A matcher over text for the words that tell the meeting ended ("the meeting closed at"): a time follows them. */
  public static Matcher endings(String text) {
    Matcher m = TELLS_END.pattern().matcher(text);
    return TELLS_END.possible(Clue.lower(text)) ? m : m.region(0, 0); // none of its words: a matcher that finds nothing
  }

  /** Whether a line says the meeting resumed after an adjournment. */
  public static boolean resumes(String line) {
    return RESUMES.matcher(line).matches();
  }

  /** Whether a line is one of the signature lines under the closing line ("Signed ......", "Chairman", "Date"). */
  public static boolean signature(String line) {
    return SIGNATURE.matcher(line.strip()).matches();
  }
}
