package org.minutebook.ingest.label.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line that closes a meeting's minutes: "The meeting ended at 11.40 am", "Meeting closed",
 * "The proceedings concluded at ...", and the signature lines printed under it.
 */
public final class ClosingLine {
  /** The closing line itself; kept strict, since the minutes end where it is printed. */
  private static final Pattern CLOSES = Pattern.compile(
      "(?i)\\b(meeting|proceedings|session)\\s+(?:stands\\s+)?(ended|closed|concluded|finished|terminated|adjourned|rose)\\b"
          + "|^(the\\s+)?meeting\\s+(closed|ended)|^meeting\\s+(closed|ended)");
  /** Any words that tell when the meeting ended, in tenses the closing line does not use ("the meeting was closed at"). */
  private static final Pattern TELLS_END = Pattern.compile(
      "(?i)\\b(?:meeting|proceedings|session)\\s+(?:was\\s+|stands\\s+|stood\\s+)?(?:ended|closed|concluded|finished|terminated|adjourned|rose|ends|closes)\\b"
          + "|\\bmeeting\\s+closed\\b");
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
    return line.length() < LONGEST && CLOSES.matcher(line).find();
  }

  /** Whether a line's words say the meeting closed, however long the line (an item's text, a title). */
  public static boolean mentionsClosing(String text) {
    return CLOSES.matcher(text).find();
  }

  /** A matcher over text for the words that tell the meeting ended ("the meeting closed at"): a time follows them. */
  public static Matcher endings(String text) {
    return TELLS_END.matcher(text);
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
