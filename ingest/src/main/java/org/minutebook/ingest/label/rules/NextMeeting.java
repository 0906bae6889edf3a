package org.minutebook.ingest.label.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where minutes speak of the next meeting: "the next meeting", "next ordinary meeting", "the following meeting". */
public final class NextMeeting {
  private static final Pattern NEXT = Pattern.compile("(?i)\\bnext\\s+(?:\\w+\\s+){0,2}?meeting\\b");
  private static final Pattern ENDS_WITH = Pattern.compile("(?i).*\\b(next|following)\\s+meeting$");

  /** A heading over a list of the meetings' dates: "Dates for 2023 – last Thursday of the month", "Meeting dates", "Dates of future meetings". */
  private static final Pattern DATES_LIST = Pattern.compile(
      "(?i)^(?:(?:future|forthcoming|council|meeting)\\s+)?(?:meeting\\s+)?dates\\b(?:\\s+(?:for|of)\\s+(?:\\d{4}|(?:the\\s+)?(?:future|next|forthcoming)?\\s*meetings)\\b.*|\\s*$|\\s*[-–:].*)");

  private NextMeeting() {}

  /** Whether a heading sets out a list of the meetings' dates, so the first date after a meeting is its next. */
  public static boolean listsDates(String heading) {
    return DATES_LIST.matcher(heading.strip()).matches();
  }

  /** A matcher over text for the phrase naming the next meeting ("next meeting", "next Parish Council meeting"). */
  public static Matcher in(String text) {
    return NEXT.matcher(text);
  }

  /** Whether a phrase ends by naming the next (or following) meeting: "to the next meeting". */
  public static boolean endsPhrase(String phrase) {
    return ENDS_WITH.matcher(phrase).matches();
  }
}
