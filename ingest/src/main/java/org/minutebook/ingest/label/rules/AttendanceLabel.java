package org.minutebook.ingest.label.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label of an attendance list, however printed: "PRESENT:", "Board Members Present were:",
 * "Also in attendance", "Apologies for absence -", "In attendance virtually", "Attendees  A (AB),
 * ...", "Roll call", the Welsh "Presennol" and "Ymddiheuriadau".
 *
 * @param kind which list it opens
 * @param label the label as printed
 * @param rest what follows it on the line (the first names), or empty
 */
public record AttendanceLabel(Kind kind, String label, String rest) {
  /** Which list a label opens. */
  public enum Kind { PRESENT, ALSO_PRESENT, APOLOGIES, ABSENT, VIRTUAL }

  /** The labels of attendance lists, in their common forms. */
  private static final String LABELS = "(?:(?:committee|board|council|panel)\\s+members\\s+present(?:\\s+were)?|members\\s+present(?:\\s+were)?"
      + "|(?:commissioners|councillors|trustees|directors|governors)\\s+present(?:\\s+were)?"
      + "|(?:others|staff|officers|guests|also)\\s+present(?:\\s+were)?|present(?:\\s+were)?|presennol|attendees|attending|attendance"
      + "|also\\s+in\\s+attendance|invited|in\\s+attendance\\s+virtually|in\\s+attendance|officers\\s+in\\s+attendance|officers"
      + "|apologies(?:\\s+for\\s+absence)?|apologies\\s+received|ymddiheuriadau|(?:commissioners|members|councillors)\\s+absent|absent"
      + "|virtual(?:ly)?\\s+attendance|attending\\s+virtually|present\\s+virtually)";
  /** A label as a heading, then a colon, semicolon or dash (or nothing), then the first names. */
  private static final Pattern HEADING = Pattern.compile(
      "(?i)^(?:[\\p{Pd}•o*·\\u2022\\uF0B7\\uF0A7]\\s*)?(" + LABELS + ")\\s*(?::|;|-|–|\\s*$)\\s*(.*)$");
  /** A header table's label with its cell beside it and no colon: "Attendees  Ann Other (AO), ...". */
  private static final Pattern TABLE_CELL = Pattern.compile(
      "^(?:[\\p{Pd}•o*·]\\s*)?(PRESENT|PRESENNOL|APOLOGIES|ABSENT|IN ATTENDANCE|ALSO PRESENT|Present|Attendees|Attending|Invited|Apologies"
          + "|Absent|In attendance|Also present)\\s+(\\p{Lu}.*)$");
  /** "Also in attendance were A, B and C.", "Also present: ..." as a sentence. */
  private static final Pattern ALSO_SENTENCE = Pattern.compile("(?i)^also\\s+(?:in\\s+attendance|present)(?:\\s+were)?:?\\s+(.+)$");
  /** A line that opens an attendance list in any form, a running sentence included ("Members present were ..."). */
  private static final Pattern OPENS_LIST = Pattern.compile(
      "(?i)^\\W{0,3}\\s*((\\p{L}+\\s+){0,3}(present|presennol)\\b|in attendance\\b|attendees?\\b|attendance\\b"
          + "|(call\\s+to\\s+order\\s+and\\s+)?roll\\s+call\\b|apologies\\b).*");
  /** "PRESENT" or "Present" as a heading of its own, as each set of minutes in a pack without minutes headings starts. */
  private static final Pattern PRESENT_HEADING = Pattern.compile("^(PRESENT|Present)\\s*(:.*|$)");
  /** An item's title that is about attendance: "Apologies for Absence", "Substitutes", "Membership". */
  private static final Pattern ATTENDANCE_ITEM = Pattern.compile("(?i).*(apolog|attendance|present|substitut|membership|ymddiheur).*");

  /**
   * A list's label as a heading ("Present:", "APOLOGIES", "Also present - A, B"). A label run on into
   * prose ("Present were A and B") counts only where the line is bold, ends at the label, or puts
   * a colon or semicolon after it.
   */
  public static Optional<AttendanceLabel> heading(String line, boolean bold) {
    String t = line.strip();
    Matcher m = HEADING.matcher(t);
    if (m.matches() && (bold || m.group(2).isEmpty() || t.substring(0, t.length() - m.group(2).length()).matches(".*[:;].*"))) {
      return Optional.of(new AttendanceLabel(kind(m.group(1)), m.group(1), m.group(2).strip()));
    }
    m = TABLE_CELL.matcher(t);
    if (m.matches()) {
      return Optional.of(new AttendanceLabel(kind(m.group(1)), m.group(1), m.group(2).strip()));
    }
    return Optional.empty();
  }

  /**
   * A list's label opening a title or a sentence, however it runs on ("Apologies; A, B", "Members
   * Present were: A (chair), B", "Also in attendance were C and D").
   */
  public static Optional<AttendanceLabel> opening(String text) {
    String t = text.strip();
    Matcher m = HEADING.matcher(t);
    if (m.matches()) {
      return Optional.of(new AttendanceLabel(kind(m.group(1)), m.group(1), m.group(2).strip()));
    }
    m = ALSO_SENTENCE.matcher(t);
    return m.matches() ? Optional.of(new AttendanceLabel(Kind.ALSO_PRESENT, "also", m.group(1).strip())) : Optional.empty();
  }

  /** Whether a line opens an attendance list in any form: a heading, a running sentence, a roll call. */
  public static boolean opensList(String line) {
    return OPENS_LIST.matcher(line.strip()).matches();
  }

  /** Whether a line is "PRESENT" (or "Present") as a heading, alone or before a colon. */
  public static boolean presentHeading(String line) {
    return PRESENT_HEADING.matcher(line.strip()).matches();
  }

  /** Whether an item's title is about attendance, so its sentences may say who came or sent apologies. */
  public static boolean attendanceItem(String title) {
    return ATTENDANCE_ITEM.matcher(title).matches();
  }

  private static Kind kind(String label) {
    String h = label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (h.contains("virtual")) {
      return Kind.VIRTUAL;
    }
    if (h.startsWith("apolog") || h.startsWith("ymddiheuriadau")) {
      return Kind.APOLOGIES;
    }
    if (h.endsWith("absent")) {
      return Kind.ABSENT;
    }
    if (h.startsWith("also") || h.contains("attendance") && !h.equals("attendance") || h.startsWith("officers")
        || h.startsWith("invited") || h.matches("(others|staff|guests) present.*")) {
      return Kind.ALSO_PRESENT;
    }
    return Kind.PRESENT;
  }
}
