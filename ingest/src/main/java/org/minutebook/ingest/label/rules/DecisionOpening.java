package org.minutebook.ingest.label.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.DecisionKind;

/**
 * The opening of a formal decision: upper-case RESOLVED or AGREED, alone or after "It was"
 * ("It was AGREED", "It was therefore RESOLVED"), after a paragraph number ("2. RESOLVED that")
 * or a bullet or dash ("- RESOLVED that", as OCR also reads a speck in the margin),
 * or inside a paragraph after a sentence ends ("... be circulated. AGREED to pay ..."). Lower-case
 * "agreed" in narrative ("the Board agreed that it would ...") opens none.
 *
 * @param kind RESOLVED or AGREED
 * @param start where the decision's words start in the text ("It was ..." or the keyword itself)
 * @param keyword where the keyword starts
 */
public record DecisionOpening(DecisionKind kind, int start, int keyword) {
  /** A paragraph that opens with a decision: an optional paragraph number, then the decision's words. */
  private static final String IT_WAS = "[Ii]t\\s+was\\s+(?:then\\s+|therefore\\s+|also\\s+|further\\s+|unanimously\\s+|accordingly\\s+)?";
  /**
   * The decision's words: upper-case RESOLVED or AGREED (after "It was" or not); lower-case
   * "It was resolved that|to", as parish councils write it; or "Resolved:" and "Agreed:" as a label.
   */
  private static final String KEYWORD = "(?:(?:" + IT_WAS + ")?(RESOLVED|AGREED)(?!\\p{L})(?:\\s*[-–—:,]?\\s*|$)"
      + "|" + IT_WAS + "(resolved)(?=\\s+(?:that|to)\\b)|(Resolved|Agreed)(?=\\s*[:\\-–—]\\s*\\S))";
  private static final Pattern OPENING = Pattern.compile(
      "^(?:[-\u2013\u2014_\u2022\u00b7*~|]\\s+)?(?:(?:\\d{1,3}(?:\\.\\d{1,3})*[.)]?|\\(?[a-zA-Z0-9]{1,3}\\))\\s+)?(" + KEYWORD + ".*)$",
      Pattern.DOTALL);
  /**
   * A decision inside a paragraph: after a sentence ends ("... for 2016. AGREED to pay ..."), or
   * as "it was AGREED" within one ("once the details were final it was AGREED to purchase."); "It
   * was resolved" after a run-in title's dash too ("Review of controls – It was resolved that ...").
   */
  private static final Pattern WITHIN = Pattern.compile(
      "(?:(?<=[.;!?:]\\s{1,3})(?:[Ii]t\\s+was\\s+(?:\\p{Ll}+\\s+)?)?|(?<=\\s)it\\s+was\\s+(?:\\p{Ll}+\\s+)?)(RESOLVED|AGREED)(?![\\p{L}])"
          + "|(?:(?<=[.;!?:–—]\\s{1,3})[Ii]|(?<=\\s)i)t\\s+was\\s+(?:unanimously\\s+|therefore\\s+|also\\s+|then\\s+)?(resolved)(?=\\s+(?:that|to)\\b)");
  /** Words a line may end with that lead into a decision's keyword on the next line ("It was" | "RESOLVED that"). */
  private static final Pattern LEADS_IN = Pattern.compile(
      "(?is).*\\b(it\\s+was|was|were|be|been|and|then|therefore|unanimously|Board|Committee|Council|Panel|[,;-])$");
  /** A line that records an outcome without a formal decision: "APPROVED", "CARRIED", "Motion ...", "Result: ...". */
  private static final Pattern RECORDS = Pattern.compile(
      "^(\\S+\\s+)?(It was\\s+)?(RESOLVED|AGREED|APPROVED|CARRIED)\\b.*|(?i)^(\\W\\s*)?(result|motion|moved|resolution)\\b.*");
  /** A decision as a report quotes it, in any case: "It was resolved that ...", "Agreed: ...", "The Board resolved ...". */
  private static final Pattern QUOTED = Pattern.compile(
      "(?i)^(it\\s+was\\s+(also\\s+)?(resolved|agreed|decided)|resolved|agreed|decided|the\\s+\\p{L}+\\s+(resolved|agreed))\\b.*");

  private static DecisionKind kind(String keyword) {
    return DecisionKind.valueOf(keyword.toUpperCase(Locale.ROOT));
  }

  /** The decision a paragraph opens with, if it opens with one. */
  public static Optional<DecisionOpening> at(String paragraph) {
    Matcher m = OPENING.matcher(paragraph);
    if (!m.matches()) {
      return Optional.empty();
    }
    int g = m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
    return Optional.of(new DecisionOpening(kind(m.group(g)), m.start(1), m.start(g)));
  }

  /** Whether a paragraph (or line) opens with a formal decision. */
  public static boolean opens(String text) {
    return OPENING.matcher(text).matches();
  }

  /** The decisions opening inside a paragraph that does not open with one, in order. */
  public static List<DecisionOpening> within(String paragraph) {
    if (!paragraph.contains("RESOLVED") && !paragraph.contains("AGREED") && !paragraph.contains("resolved")) {
      return List.of(); // WITHIN's keywords, found far faster than by its lookbehinds at every position
    }
    Matcher m = WITHIN.matcher(paragraph);
    List<DecisionOpening> out = new ArrayList<>();
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      out.add(new DecisionOpening(kind(m.group(g)), m.start(), m.start(g)));
    }
    return out;
  }

  /** Whether the line before a decision's keyword leads into it ("It was" | "RESOLVED that"), so both are one paragraph. */
  public static boolean ledInto(String lineBefore) {
    return LEADS_IN.matcher(lineBefore).matches();
  }

  /** Whether a line records that something was decided, formally or not: what makes a document read as minutes. */
  public static boolean recordsOutcome(String line) {
    return RECORDS.matcher(line).matches();
  }

  /** A title run into the decision a report quotes below it, with no paragraph break seen: "Library Hours It was resolved that ...". */
  private static final Pattern QUOTED_AFTER_TITLE = Pattern.compile(
      "^(\\S.{2,80}?)\\s+((?:It\\s+was\\s+(?:also\\s+)?(?:resolved|agreed|decided)|Resolved|RESOLVED|Agreed|AGREED)\\b.*)$", Pattern.DOTALL);

  /** Where a decision a report quotes starts after a title printed on the same line, or -1. */
  public static int quotedAfterTitle(String text) {
    Matcher m = QUOTED_AFTER_TITLE.matcher(text);
    return m.matches() ? m.start(2) : -1;
  }

  /** Whether a report's paragraph quotes a decision ("It was resolved that ..."), in any case. */
  public static boolean quoted(String paragraph) {
    return QUOTED.matcher(paragraph).matches();
  }

  /** Whether the keyword is printed in lower case, as narrative ("It was resolved to ..."): such a decision is one sentence. */
  public boolean narrative(String text) {
    return Character.isLowerCase(text.charAt(keyword));
  }

  /** Whether the keyword is the first word: "RESOLVED that ...", not "It was RESOLVED" or "2. RESOLVED". */
  public boolean keywordFirst() {
    return keyword == 0;
  }

  /** The decision's words in text, from where they start: the opening without a paragraph number before it. */
  public String words(String text) {
    return text.substring(start);
  }
}
