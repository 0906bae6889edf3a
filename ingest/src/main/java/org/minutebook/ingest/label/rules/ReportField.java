package org.minutebook.ingest.label.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field of a report's head: "Report No. CSD18054", "Author:", "Subject:", "Decision Maker:",
 * and the weaker fields any document may print ("Date:", "Ward:", "To:").
 */
public final class ReportField {
  private static final Pattern NUMBER_LINE = Pattern.compile("(?i)^report\\s+(no\\b\\.?|number\\b|ref(erence)?\\b\\.?).*");
  private static final Pattern NUMBER = Pattern.compile(
      "(?i)\\breport\\s+(?:no\\b\\.?|number\\b|ref(?:erence)?\\b\\.?)\\s*:?\\s*([A-Z]{2,6}\\s?\\d{2,6}[A-Za-z]?|\\d{3,6})\\b");
  /** A field that only a report's head prints. */
  private static final Pattern STRONG = Pattern.compile(
      "(?i)^(date\\s+report\\s+filed|author|report\\s+author|subject|title|report\\s+title|decision\\s+maker|contact\\s+officer"
          + "|report\\s+(of|to|by|from)|prepared\\s+by|lead\\s+officer|purpose\\s+of\\s+(the\\s+)?report|report\\s+no\\.?"
          + "|report\\s+number|key\\s+decision|decision\\s+type|chief\\s+officer|approval/information)\\s*:.*");
  /** A field any head may print ("Date:", "Ward:"). */
  private static final Pattern WEAK = Pattern.compile(
      "(?i)^(date|date\\s+of\\s+[\\p{L} ]{1,40}|meeting(\\s+date)?|ward\\(?s?\\)?|classification|portfolio(\\s+holder)?|to|from"
          + "|status|purpose)\\s*:.*");
  /** Any short label before a colon: "Contact:", "Wards affected:". */
  private static final Pattern ANY = Pattern.compile("^[\\p{L} /()]{2,40}:.*");
  private static final Pattern TITLE = Pattern.compile("(?i)^(report\\s+)?(title|subject)\\s*:\\s*(\\S.*)$");

  private ReportField() {}

  /** Whether a line opens with "Report No." (or "Report number", "Report ref"). */
  public static boolean numberLine(String line) {
    return NUMBER_LINE.matcher(line.strip()).matches();
  }

  /** The report number a text gives after "Report No.", if any: "CSD18054". */
  public static Optional<String> number(String text) {
    Matcher m = NUMBER.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Whether a line is a field only a report's head prints ("Author:", "Decision Maker:"). */
  public static boolean strong(String line) {
    return STRONG.matcher(line.strip()).matches();
  }

  /** Whether a line is a report head's field, strong or weak. */
  public static boolean field(String line) {
    return strong(line) || WEAK.matcher(line.strip()).matches();
  }

  /** Whether a line is any short label and its value ("Wards affected: all"). */
  public static boolean anyField(String line) {
    return ANY.matcher(line.strip()).matches();
  }

  /** The title a "Title:" or "Subject:" field gives, if the line is one. */
  public static Optional<String> title(String line) {
    Matcher m = TITLE.matcher(line.strip());
    return m.matches() ? Optional.of(m.group(3)) : Optional.empty();
  }
}
