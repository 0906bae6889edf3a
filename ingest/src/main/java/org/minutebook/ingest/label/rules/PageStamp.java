package org.minutebook.ingest.label.rules;

import java.util.regex.Pattern;

/**
 * A page's stamp at its top or foot: "Page 3 of 12", "- 4 -", "12/20", "Item 5 (Page 23)", "iv",
 * and the status a clerk stamps on every page of a copy: "DRAFT", "- Draft -", "CONFIDENTIAL",
 * "UNAPPROVED", "COPY" alone on their line ("unconfirmed" is the minutes heading's word, see MinutesHeading). A rubber stamp is not a heading of the minutes.
 */
public final class PageStamp {
  private static final Pattern STAMP = Pattern.compile(
      "(?i)(page\\s*)?[-–]?\\s*\\d{1,4}\\s*[-–]?(\\s*(of|/)\\s*\\d{1,4})?"
          + "|(?i)(agenda\\s+)?item\\s+\\d{1,3}[a-z]?(\\s*\\(?page\\s*\\d+\\)?)?"
          + "|(?i)page\\s+[ivxlc]+|(?-i:[ivxlc]{1,5})"
          + "|(?i)[-–*\\s]*(?:(?:unapproved\\s+)?draft(?:\\s+copy)?|copy|confidential|unapproved|not\\s+approved)[-–*.\\s]*");

  private PageStamp() {}

  /** Whether a line is a page stamp and nothing else. */
  public static boolean matches(String line) {
    return STAMP.matcher(line).matches();
  }
}
