package org.minutebook.ingest.label.rules;

import java.util.regex.Pattern;

/** Where a sentence ends, as layout (paragraph breaks) and extraction (paragraphs, clauses) both need it. */
public final class Sentences {
  /** A stop, then a closing quote or bracket: "... on 5 May.’", "(see minute 12.)". */
  private static final Pattern STOP_THEN_CLOSE = Pattern.compile(".*[.!?][’'\"”)]$");

  private Sentences() {}

  /** Whether a line ends its sentence: on a stop, colon, semicolon, or a stop inside a closing quote or bracket. Empty: no. */
  public static boolean finished(String text) {
    String t = text.strip();
    return !t.isEmpty() && (".:;!?".indexOf(t.charAt(t.length() - 1)) >= 0 || STOP_THEN_CLOSE.matcher(t).matches());
  }
}
