package org.minutebook.ingest.label.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item (minute) number as councils print it, as a comparable value: "16", "16a", "(16a)",
 * "84.", "3)", "14/037", "70/17", "2.1", "02.23.01", "15/03/5".
 *
 * <p>Numbers compare as their numbering runs: 16 &lt; 16a &lt; 16b &lt; 17, and a sub-number
 * after its parent (2 &lt; 2.1 &lt; 2.2 &lt; 3). "14/037" and "02.23.01" (a year's, a month's or a
 * meeting's prefix, then the minute) number by their minute.
 *
 * <p>A letter alone ("a)", "A)", "(b)") is not an item number but an entry under a heading: see
 * {@link #entry(String)}.
 *
 * @param major the number ("16" of "16a", "37" of "14/037", "2" of "2.1")
 * @param letter the letter after it, a = 1, or 0
 * @param minor the sub-number ("1" of "2.1"), or 0
 * @param printed as printed, without brackets or trailing punctuation: "16a", "14/037", "2.1"
 */
public record ItemNumber(int major, int letter, int minor, String printed) implements Comparable<ItemNumber> {
  /** The largest step forward from one item to the next that is still plausible numbering. */
  private static final int MAX_STEP = 40;

  /** A plain item number and its letter, as a fragment for patterns that cite a minute ("Minute 180", "Min. 16a"). */
  public static final String PLAIN = "\\d{1,4}[a-z]?";

  /** A number in a cell of its own. */
  private static final Pattern CELL = Pattern.compile(
      "\\(?(?:(\\d{1,4})([a-z]?)|(\\d{1,3})/(\\d{1,4})|(\\d{1,3})\\.(\\d{1,2})|\\d{2}([./])\\d{2}\\7(\\d{1,3}))[.):]?");
  /** A number opening a line's text, then the heading or text it numbers: "1. APOLOGIES", "14/037 Planning", "02.23.01 Apologies". */
  private static final Pattern LEADING = Pattern.compile("^(\\d{1,4}[a-z]?|\\d{1,3}/\\d{1,4}|\\d{2}([./])\\d{2}\\2\\d{1,3})[.):]?\\s+(\\S.*)$");
  /** A letter numbering an entry under a heading, then the entry: "a) Playground group", "A) Road repairs", "(b) Grants". */
  private static final Pattern ENTRY = Pattern.compile("^(\\(?([a-zA-Z])\\))\\s+(\\S.*)$");

  /** The number a cell holds, if it holds one and nothing else. */
  public static Optional<ItemNumber> parse(String cell) {
    if (cell == null) {
      return Optional.empty();
    }
    Matcher m = CELL.matcher(cell.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String printed = cell.strip().replaceAll("^\\(|[.):]+$", "");
    if (m.group(1) != null) {
      int letter = m.group(2).isEmpty() ? 0 : m.group(2).charAt(0) - 'a' + 1;
      return Optional.of(new ItemNumber(Integer.parseInt(m.group(1)), letter, 0, printed));
    }
    if (m.group(3) != null) {
      return Optional.of(new ItemNumber(Integer.parseInt(m.group(4)), 0, 0, printed));
    }
    if (m.group(8) != null) {
      return Optional.of(new ItemNumber(Integer.parseInt(m.group(8)), 0, 0, printed));
    }
    return Optional.of(new ItemNumber(Integer.parseInt(m.group(5)), 0, Integer.parseInt(m.group(6)), printed));
  }

  /** Whether a cell holds an item number alone. */
  public static boolean isCell(String cell) {
    if (cell == null) {
      return false;
    }
    String c = cell.strip();
    // CELL's longest match, "(12.34.567)", has 11 characters, and each starts with a bracket or a digit
    return !c.isEmpty() && c.length() <= 11 && (c.charAt(0) == '(' || Character.isDigit(c.charAt(0))) && CELL.matcher(c).matches();
  }

  /**
   * A number at the start of a line's text and the rest of the line.
   *
   * @param number the number
   * @param cell the number as printed with its punctuation ("1.")
   * @param rest what follows it
   */
  public record Leading(ItemNumber number, String cell, String rest) {
    /** Whether what follows reads as the start of a heading or sentence (a capital first). */
    public boolean opensCapitalised() {
      return !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0));
    }
  }

  /** The number opening a line ("1. APOLOGIES FOR ABSENCE"), if it opens with one. */
  public static Optional<Leading> leading(String text) {
    Matcher m = LEADING.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return parse(m.group(1)).map(n -> new Leading(n, m.group(1), m.group(3)));
  }

  /**
   * The letter opening an entry under a heading ("a) Playground Advisory Group" gives "a"), if the
   * line opens with one: its number is the letter alone (major 0), printed as printed without brackets.
   */
  public static Optional<Leading> entry(String text) {
    Matcher m = ENTRY.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String letter = m.group(2);
    int n = Character.toLowerCase(letter.charAt(0)) - 'a' + 1;
    return Optional.of(new Leading(new ItemNumber(0, n, 0, letter), m.group(1), m.group(3)));
  }

  /** Whether this number comes after last in a plausible numbering (no jump backwards, none huge); any number may come first. */
  public boolean follows(ItemNumber last) {
    if (last == null) {
      return true;
    }
    if (!shape().equals(last.shape())) {
      return false; // a numbering keeps its shape: "09/04/18" in a table does not follow "05.18.10"
    }
    if (major == last.major) {
      return letter > last.letter || letter == last.letter && minor > last.minor;
    }
    return major > last.major && major - last.major <= MAX_STEP;
  }

  /** Whether this is a sub-number ("3.2") of last's item ("3" or "3.1"'s parent), numbering a paragraph of it. */
  public boolean subNumberOf(ItemNumber last) {
    return last != null && minor > 0 && last.minor == 0 && major == last.major && letter == last.letter;
  }

  /**
   * The shape of a prefixed number, its separators ("../" gives "..", "14/037" gives "/"), or ""
   * for a plain number or one with a sub-number ("16a", "2.1"), which follow each other freely.
   */
  private String shape() {
    String separators = printed.replaceAll("[^./]", "");
    return separators.length() >= 2 || separators.equals("/") ? separators : "";
  }

  /** Whether the number carries a letter ("16a"), which never fills a gap in a plain numbering. */
  public boolean lettered() {
    return letter != 0;
  }

  @Override
  public int compareTo(ItemNumber o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(letter, o.letter);
    }
    return c != 0 ? c : Integer.compare(minor, o.minor);
  }

  /**
   * Where a printed item number stands in its numbering, so that a number is compared only with
   * the numbers of its own scheme: "6" is place 6 of the plain numbering, "14/037" place 37 of the
   * numbering "14/", "7.4" place 4 under 7, "02.23.01" place 1 under 02.23, "16a" place 1 (a)
   * under 16.
   *
   * @param scheme what precedes the last part (its numbers without leading zeros) and the kind of
   *     that part: "#" a number, "@" a letter ("#", "14/#", "7.#", "2.23.#", "16@")
   * @param position the last part's value; a letter's place in the alphabet (a = 1)
   */
  public record Place(String scheme, int position) {}

  /** A number of up to four levels, then perhaps a letter: "6", "14/037", "7.4", "02.23.01", "16a", "(3)". */
  private static final Pattern PLACE = Pattern.compile("\\(?((?:\\d{1,4}[./])*)(\\d{1,4})([a-z]?)[.):]?");
  private static final Pattern LEVEL = Pattern.compile("(\\d+)([./])");

  /** Where a printed item number stands in its numbering; empty for anything else ("A", "Part 2"). */
  public static Optional<Place> place(String printed) {
    Matcher m = printed == null ? null : PLACE.matcher(printed.strip());
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    StringBuilder scheme = new StringBuilder();
    Matcher level = LEVEL.matcher(m.group(1));
    while (level.find()) {
      scheme.append(Integer.parseInt(level.group(1))).append(level.group(2));
    }
    int last = Integer.parseInt(m.group(2));
    if (m.group(3).isEmpty()) {
      return Optional.of(new Place(scheme.append('#').toString(), last));
    }
    return Optional.of(new Place(scheme.append(last).append('@').toString(), m.group(3).charAt(0) - 'a' + 1));
  }
}
