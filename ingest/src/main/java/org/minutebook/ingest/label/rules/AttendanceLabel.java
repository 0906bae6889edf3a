package org.minutebook.ingest.label.rules;

import java.util.ArrayList;
import java.util.List;
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
  /** "Board members present were A, B and C", "The trustees present were ...": a list run on in a sentence. */
  private static final Pattern PRESENT_SENTENCE = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:(?:board|council|committee|commission|panel)\\s+)?(?:members|trustees|commissioners|councillors|directors|governors)"
          + "\\s+(present|absent)\\s+(?:were|was|included|being)\\s*:?\\s+(.+?)\\.?$");
  /** "Clerk Doe was also present.", "A and B were absent.": the names, then how they attended. */
  private static final Pattern STATED_AFTER = Pattern.compile(
      "^(\\p{Lu}.*?)\\s+(?:was|were)\\s+(also\\s+present|also\\s+in\\s+attendance|in\\s+attendance|absent)\\.?$");
  /** "Sam Person Absent", "Sam Person (absent)": a member of a present list printed as absent. */
  private static final Pattern MARKED_ABSENT = Pattern.compile("(?i)^(.+?)\\s*[-–(]?\\s*\\b(?:absent|excused)\\)?$");
  /** What stands for nobody in a list: "N/A", "None", "Nil". */
  private static final Pattern NOBODY = Pattern.compile("(?i)^(?:n/?a|none|nil|nobody|no\\s+apologies|-|–)\\.?$");
  /** "Cllr Doe left the meeting at 8.15pm", "Sam Person arrived at 7.40 pm", "... joined the meeting during item 7". */
  private static final Clue MOVEMENT = Clue.of(
      "(?i)(?:^|(?<=[.;]\\s))([^.;]*?)\\s+(left|departed|arrived|joined)(?:\\s+the\\s+meeting)?\\b((?:[^.;]|(?<=\\d)\\.(?=\\d))*)",
      "left|departed|arrived|joined");
  /** The item a movement names: "before item 7", "during item 7b", "at item 12". */
  private static final Pattern MOVEMENT_ITEM = Pattern.compile(
      "(?i)\\b(?:before|during|at|after|prior\\s+to)\\s+(?:agenda\\s+)?(?:item|minute)\\s+(?:no\\.?\\s*)?([0-9][0-9A-Za-z./]*)");

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

  /**
   * A sentence that states who attended: "Board members present were A, B, and C" (PRESENT, the
   * names after the label), "Clerk Doe was also present" (ALSO_PRESENT, the names before it),
   * "A and B were absent" (ABSENT).
   */
  public static Optional<AttendanceLabel> statement(String sentence) {
    String t = sentence.strip();
    Matcher m = PRESENT_SENTENCE.matcher(t);
    if (m.matches()) {
      Kind kind = m.group(1).equalsIgnoreCase("absent") ? Kind.ABSENT : Kind.PRESENT;
      return Optional.of(new AttendanceLabel(kind, m.group(1), m.group(2).strip()));
    }
    m = STATED_AFTER.matcher(t);
    if (m.matches()) {
      String how = m.group(2).toLowerCase(Locale.ROOT);
      Kind kind = how.equals("absent") ? Kind.ABSENT : how.startsWith("also") ? Kind.ALSO_PRESENT : Kind.PRESENT;
      return Optional.of(new AttendanceLabel(kind, m.group(2), m.group(1).strip()));
    }
    return Optional.empty();
  }

  /** The name of an entry printed as absent ("Sam Person Absent", "Sam Person (absent)"), or empty. */
  public static Optional<String> markedAbsent(String entry) {
    Matcher m = MARKED_ABSENT.matcher(entry.strip());
    return m.matches() && !m.group(1).isBlank() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** Whether a list's entry stands for nobody: "N/A", "None", "Nil". */
  public static boolean nobody(String entry) {
    return NOBODY.matcher(entry.strip()).matches();
  }

  /**
   * A member leaving or arriving during the meeting, as a sentence prints it.
   *
   * @param who the text before the verb (the name, perhaps after other words)
   * @param arrived true for arriving or joining, false for leaving
   * @param rest the words after the verb, where the time and item are printed
   * @param item the item named ("before item 7" gives "7"), or null
   */
  public record Movement(String who, boolean arrived, String rest, String item) {}

  /** Every movement a text records, in order. */
  public static List<Movement> movements(String text) {
    List<Movement> out = new ArrayList<>();
    if (!MOVEMENT.possible(Clue.lower(text))) {
      return out;
    }
    Matcher m = MOVEMENT.pattern().matcher(text);
    while (m.find()) {
      String verb = m.group(2).toLowerCase(Locale.ROOT);
      Matcher item = MOVEMENT_ITEM.matcher(m.group(3));
      out.add(new Movement(m.group(1).strip(), verb.equals("arrived") || verb.equals("joined"), m.group(3),
          item.find() ? item.group(1).replaceAll("[.]$", "") : null));
    }
    return out;
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
