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
  /**
   * A name that ends in the kind of body it is, then one or two words before "meeting": those words
   * name the kind of meeting, not the body ("X PARISH COUNCIL PLANNING MEETING" is a planning meeting
   * of X Parish Council; "X PLANNING COMMITTEE MEETING" is a meeting of the committee).
   */
  private static final String BODY_KINDS = "(?:council|board|committee|commission|authority|panel|trust|forum|cabinet|assembly|township)";
  private static final Pattern KIND_OF_MEETING = Pattern.compile(
      "(?i)^(.+\\b" + BODY_KINDS + ")((?:\\s+(?!" + BODY_KINDS + "\\b)\\p{L}+){1,2})$");
  private static final Pattern THEN_MEETING = Pattern.compile("(?i)^\\s+meeting\\b.*");
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
    String t = heading.strip();
    Matcher m = MINUTES_OF_NAME.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1);
    Matcher kind = KIND_OF_MEETING.matcher(name);
    if (THEN_MEETING.matcher(t.substring(m.end(1))).matches() && kind.matches()) {
      name = kind.group(1);
    }
    return Optional.of(name);
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
