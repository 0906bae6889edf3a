package org.minutebook.ingest.label.rules;

import java.util.ArrayList;
import java.util.List;
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

  /** What a column of an action log holds, as its header cell names it. */
  public enum LogColumn { REF, ACTION, OWNER, UPDATE, DUE }

  /** The header cells of an action log's columns ("NO | ACTION | OWNER | UPDATE", "Action by", "Action date"). */
  private static final Pattern LOG_REF = Pattern.compile("(?i)no\\.?|ref(?:erence)?\\.?|item\\s+no\\.?|#|action\\s+(?:no\\.?|ref)");
  private static final Pattern LOG_ACTION = Pattern.compile("(?i)actions?|item|action\\s+(?:required|point)s?|description|task");
  private static final Pattern LOG_OWNER = Pattern.compile("(?i)owners?|action\\s+by|by\\s+whom|who|responsib(?:le|ility)|lead");
  private static final Pattern LOG_UPDATE = Pattern.compile("(?i)update|progress|status|comments?|outcome|notes?");
  private static final Pattern LOG_DUE = Pattern.compile("(?i)action\\s+date|due(?:\\s+date)?|deadline|by\\s+when|target\\s+date|date");

  private static final Pattern TRAILING = Pattern.compile("[:\\s]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /**
   * More characters (spaces and colons not counted) than any header the LOG_ patterns read:
   * the longest, "action requireds", has 15. Most cells are sentences, and are asked no pattern.
   */
  private static final int LONGEST_HEADER = 24;

  private ActionLabel() {}

  /** The column an action log's header cell names, or empty when the cell is no such header. */
  public static Optional<LogColumn> logColumn(String cell) {
    if (letters(cell) > LONGEST_HEADER) {
      return Optional.empty(); // a sentence, not a header: no pattern below can match it
    }
    String c = SPACES.matcher(TRAILING.matcher(cell.strip()).replaceAll("")).replaceAll(" ");
    Pattern[] patterns = {LOG_REF, LOG_ACTION, LOG_OWNER, LOG_UPDATE, LOG_DUE};
    for (int i = 0; i < patterns.length; i++) {
      if (patterns[i].matcher(c).matches()) {
        return Optional.of(LogColumn.values()[i]);
      }
    }
    return Optional.empty();
  }

  /** The characters of a cell other than whitespace and colons. */
  private static int letters(String cell) {
    int n = 0;
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      if (ch != ':' && !Character.isWhitespace(ch)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The columns of an action log's header row, cell by cell, or empty when the cells are not one:
   * every cell must name a column, each column at most once, and the row must name both what is
   * to be done (or its reference) and who does it.
   */
  public static Optional<List<LogColumn>> logHeader(List<String> cells) {
    List<LogColumn> out = new ArrayList<>();
    for (String cell : cells) {
      LogColumn c = logColumn(cell).orElse(null);
      if (c == null || out.contains(c)) {
        return Optional.empty();
      }
      out.add(c);
    }
    boolean what = out.contains(LogColumn.ACTION) || out.contains(LogColumn.REF);
    return what && out.contains(LogColumn.OWNER) ? Optional.of(List.copyOf(out)) : Optional.empty();
  }

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
