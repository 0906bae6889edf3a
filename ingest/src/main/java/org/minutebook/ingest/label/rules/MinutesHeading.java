package org.minutebook.ingest.label.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading that opens a set of minutes ("Minutes of the meeting held on ...", "MINUTES of a meeting
 * of ...", "Draft minutes", "MINUTES"), told from narrative that mentions minutes ("Minutes of the
 * meeting held on ... were agreed as a correct record", "Minutes of the last meeting"), and a
 * heading that only calls the document minutes ("REGULAR MEETING MINUTES", "Action Minutes", the
 * Welsh "Cofnodion").
 */
public final class MinutesHeading {
  private static final Pattern OPENS = Pattern.compile(
      "(?i)^(draft\\s+|unconfirmed\\s+|confirmed\\s+)?minutes\\b(\\s+(of|for)\\b.*(meeting|held|session).*|$|\\s+of\\s+the\\s+\\d+.*)");
  /** Narrative about minutes rather than a heading: "... were agreed as a correct record". */
  private static final Pattern NARRATIVE = Pattern.compile("(?i).*\\b(correct record|were|was|be|been)\\b.*");
  private static final Pattern EARLIER = Pattern.compile("(?i).*\\b(previous|last)\\s+(meeting|minutes)\\b.*|.*minutes of (the )?(last|previous).*");
  private static final Pattern NAMES_MINUTES = Pattern.compile("(?i).*\\b(minutes|cofnodion)\\b.*");
  /** "Minutes of ..." / "MINUTES for ...": the words that name the meeting after them. */
  private static final Pattern MINUTES_OF = Pattern.compile("(?i)\\bminutes\\s+(of|for)\\b");
  private static final Pattern MINUTES = Pattern.compile("(?i)\\bminutes\\b");
  /** The body a minutes heading names: "Minutes of [the] [Xth] Meeting [(no. 12)] of [the] NAME [held ...]", "Minutes of NAME - date". */
  private static final Pattern MINUTES_OF_NAME = Pattern.compile(
      "(?i)^(?:draft\\s+|unconfirmed\\s+)?minutes\\s+of\\s+(?:an?\\s+|the\\s+)?(?:(?:\\d+(?:st|nd|rd|th)?|annual|special|extraordinary|ordinary|regular|general|monthly)\\s+)?(?:(?:meeting|session)\\s*(?:\\([^)]*\\)\\s*)?of\\s+)?(?:the\\s+)?(.+?)(?:\\s+(?:held|meeting)\\b.*|\\s+[-–—,]\\s+.*|,.*|$)");
  /** A status printed before "Minutes": "Draft", "Unconfirmed", "Approved". */
  private static final Pattern STATUS = Pattern.compile("(?i)\\b(draft|unconfirmed|confirmed|approved)\\s*$");

  /** A line that opens with the word, after a status: "MINUTES of a meeting of ...", "Draft minutes ...". */
  private static final Pattern LEADS = Pattern.compile("(?i)^(draft\\s+|unconfirmed\\s+|confirmed\\s+|approved\\s+)?minutes\\b.*");

  private MinutesHeading() {}

  /** Whether text opens with the word minutes ("MINUTES of a meeting of the Cabinet held ..."), a status before it allowed. */
  public static boolean leads(String text) {
    return LEADS.matcher(text.strip()).matches();
  }

  /** Whether a line opens a set of minutes: a minutes heading, not narrative and not a reference to earlier minutes. */
  public static boolean opens(String line) {
    String t = line.strip();
    return OPENS.matcher(t).matches() && !t.toLowerCase(Locale.ROOT).contains("previous") && !NARRATIVE.matcher(t).matches()
        && !EARLIER.matcher(t).matches();
  }

  /** Whether a heading calls its document minutes (and not the minutes of an earlier meeting). */
  public static boolean namesMinutes(String heading) {
    return NAMES_MINUTES.matcher(heading).matches() && !EARLIER.matcher(heading).matches();
  }

  /** Whether text holds the word "minutes" anywhere. */
  public static boolean mentionsMinutes(String text) {
    return MINUTES.matcher(text).find();
  }

  /** The name of the body a minutes heading names ("Minutes of the Annual Meeting of the Riverside Board held ..."), if it names one. */
  public static Optional<String> bodyNamed(String heading) {
    Matcher m = MINUTES_OF_NAME.matcher(heading.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Text before "Minutes" without the minutes' status ("Riverside Board Draft" gives "Riverside Board"). */
  public static String withoutStatus(String before) {
    return STATUS.matcher(before).replaceAll("").strip();
  }

  /** A matcher over text for "minutes of" / "minutes for", after which the meeting is named. */
  public static Matcher minutesOf(String text) {
    return MINUTES_OF.matcher(text);
  }
}
