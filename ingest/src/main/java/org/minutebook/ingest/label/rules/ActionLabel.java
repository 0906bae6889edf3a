package org.minutebook.ingest.label.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that label Action entries: the Action column's header ("Action", "Actions:", "Action
 * by"), the header of a column that names who acts ("Owner", "Lead", "Who"), and an action written
 * on a line of its own under its text ("ACTION: AB/CD", "Action - Clerk").
 */
public final class ActionLabel {
  private static final Pattern COLUMN_HEADER = Pattern.compile("(?i)actions?:?|action\\s+by:?");
  private static final Pattern WHO_HEADER = Pattern.compile("(?i)owner|lead|who");
  private static final Pattern LINE = Pattern.compile("^(?:ACTIONS?|Actions?)(?:\\s+(?:by|BY))?\\s*[:\\-–]\\s*(\\S.{0,40})$");
  /** A note after a decision that is not part of it: "Post-meeting note:", "Note:", "Action:". */
  private static final Pattern AFTER_DECISION = Pattern.compile("(?i)^(post[- ]meeting\\s+note|note:|action:|actions:).*");

  private ActionLabel() {}

  /** Whether a cell is the Action column's header. */
  public static boolean columnHeader(String cell) {
    return COLUMN_HEADER.matcher(cell).matches();
  }

  /** Whether a cell heads a column of who acts: the Action header, or "Owner", "Lead", "Who". */
  public static boolean header(String cell) {
    return columnHeader(cell) || WHO_HEADER.matcher(cell).matches();
  }

  /** The entries of an action written on a line of its own ("ACTION: AB/CD" gives "AB/CD"), unchecked. */
  public static Optional<String> line(String text) {
    Matcher m = LINE.matcher(text.strip());
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** Whether a paragraph is a note or action that follows a decision and ends it. */
  public static boolean endsDecision(String paragraph) {
    return AFTER_DECISION.matcher(paragraph).matches();
  }
}
