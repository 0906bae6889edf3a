package org.minutebook.ingest.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.ingest.layout.Row;

/**
 * Splits one set of minutes into front matter and numbered items.
 *
 * <p>Contract: a pure function of the span's rows. An item starts at a row whose number cell
 * holds an item number ("1", "16a", "186b", "84.") that follows the previous item's number
 * (16 -> 16a -> 16b -> 17), so numbered lists inside an item are not taken for items. Its title
 * is the heading text beside the number and the heading lines that continue it in the same style;
 * an item may be empty (a group heading such as "REPORTS FROM SUB-GROUPS" before its sub-items).
 * When the document has no number cells at all, numbers at the start of a heading line serve.
 */
public final class ItemSegmenter {
  private static final Pattern NUMBER = Pattern.compile("\\(?(\\d{1,4})([a-z]?)[.):]?|\\(?(\\d{1,3})/(\\d{1,4})[.):]?|(\\d{1,3})\\.(\\d{1,2})[.)]?");
  private static final Pattern INLINE_NUMBER = Pattern.compile("^(\\d{1,4}[a-z]?|\\d{1,3}/\\d{1,4})[.):]?\\s+(\\S.*)$");
  private static final Pattern CLOSING = MinutesLocator.END;

  public Segments segment(List<Row> rows) {
    Segments byReference = byAgendaReference(rows);
    if (byReference != null) {
      return byReference;
    }
    // one stray number in the margin (an address's "100") does not make a number column
    boolean cells = rows.stream().filter(r -> r.number() != null && isNumber(r.number())).limit(2).count() >= 2;
    List<Row> input = cells ? rows : promoteInlineNumbers(rows);
    List<Row> front = new ArrayList<>();
    List<RawItem> items = new ArrayList<>();
    List<Row> closing = new ArrayList<>();
    String number = null;
    List<Row> title = null;
    List<Row> body = null;
    boolean inTitle = false;
    int[] last = null;
    for (int i = 0; i < input.size(); i++) {
      Row row = input.get(i);
      int[] key = row.number() == null ? null : key(row.number());
      if (key != null && follows(last, key) && !(paragraphOf(last, key) && !headed(input, i))) {
        if (number != null) {
          items.add(new RawItem(number, title, body));
        }
        number = clean(row.number());
        title = new ArrayList<>(List.of(row));
        body = new ArrayList<>();
        inTitle = true;
        last = key;
        continue;
      }
      Row r = row.number() != null ? row.withNumberAsText() : row;
      if (number == null) {
        front.add(r);
        continue;
      }
      if (inTitle && continuesTitle(title, r)) {
        title.add(r);
        continue;
      }
      inTitle = false;
      if (CLOSING.matcher(r.text()).find() && r.indent() < -4f) {
        closing.add(r);
        continue;
      }
      if (!closing.isEmpty()) {
        closing.add(r);
      } else {
        body.add(r);
      }
    }
    if (number != null) {
      items.add(new RawItem(number, title, body));
    }
    return unnumberedFirst(front, items, closing);
  }

  private static final Pattern DECISION = Pattern.compile("^(?:\\S+\\s+)?(?:It\\s+was\\s+(?:\\w+\\s+)?)?(?:RESOLVED|AGREED)\\b.*");

  /**
   * Business taken before the first numbered item ("Appointment of a Chair" with its RESOLVED,
   * before minute 41) is an item of its own, without a number: the heading nearest above the first
   * decision in the front matter starts it.
   */
  private static Segments unnumberedFirst(List<Row> front, List<RawItem> items, List<Row> closing) {
    int decision = -1;
    for (int i = 0; i < front.size(); i++) {
      if (front.get(i).paragraphStart() && DECISION.matcher(front.get(i).text().strip()).matches()) {
        decision = i;
        break;
      }
    }
    if (decision < 0) {
      return new Segments(front, items, closing);
    }
    for (int h = decision - 1; h >= 0; h--) {
      Row r = front.get(h);
      String t = r.text().strip();
      if (MinutesLocator.ATTENDANCE.matcher(t).matches()) {
        break;
      }
      if (r.bold() && r.paragraphStart() && t.length() <= 80 && !isUpper(t)) {
        List<RawItem> all = new ArrayList<>();
        all.add(new RawItem(null, List.of(r), new ArrayList<>(front.subList(h + 1, front.size()))));
        all.addAll(items);
        return new Segments(new ArrayList<>(front.subList(0, h)), all, closing);
      }
    }
    return new Segments(front, items, closing);
  }

  /** A line that is only an agenda reference: "(Item 3)", "(Agenda item 4)". */
  private static final Pattern REFERENCE_LINE = Pattern.compile("(?i)^\\s*[(\\[]\\s*(?:agenda\\s+)?item\\s+(?:no\\.?\\s*)?\\d{1,3}[a-z]?\\s*[)\\]]\\s*$");

  /**
   * Minutes whose items carry no minute number, only a heading with its agenda reference on the
   * line below ("Apologies and Substitutes" / "(Item 1)"): each item starts at the heading above a
   * reference line, and numbers in the body ("1.", "2.") are its paragraphs. Null when the minutes
   * number their items (or have fewer than two such references).
   */
  private static Segments byAgendaReference(List<Row> rows) {
    List<Integer> refs = new ArrayList<>();
    int numbered = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (REFERENCE_LINE.matcher(r.text()).matches() && r.number() == null && i > 0) {
        refs.add(i);
        Row above = rows.get(i - 1);
        numbered += above.number() != null || i > 1 && rows.get(i - 2).number() != null ? 1 : 0;
      }
    }
    if (refs.size() < 2 || numbered * 2 >= refs.size()) {
      return null;
    }
    // each heading: the rows above its reference line back to where the heading's paragraph starts
    List<Integer> starts = new ArrayList<>();
    int floor = 0;
    for (int ref : refs) {
      int start = ref - 1;
      while (start > floor && ref - start < 3 && !rows.get(start).paragraphStart() && rows.get(start - 1).bold() == rows.get(ref - 1).bold()) {
        start--;
      }
      starts.add(start);
      floor = ref + 1;
    }
    List<Row> front = new ArrayList<>(plain(rows.subList(0, starts.get(0))));
    List<RawItem> items = new ArrayList<>();
    List<Row> closing = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int start = starts.get(k);
      int ref = refs.get(k);
      int end = k + 1 < starts.size() ? starts.get(k + 1) : rows.size();
      List<Row> title = plain(rows.subList(start, ref + 1));
      List<Row> body = new ArrayList<>();
      for (Row r : plain(rows.subList(ref + 1, end))) {
        if (k + 1 == starts.size() && (CLOSING.matcher(r.text()).find() && r.text().length() < 160 || !closing.isEmpty())) {
          closing.add(r);
        } else {
          body.add(r);
        }
      }
      items.add(new RawItem(null, title, body));
    }
    return new Segments(front, items, closing);
  }

  /** Rows with any number cell read as the start of their text. */
  private static List<Row> plain(List<Row> rows) {
    List<Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(r.number() != null ? r.withNumberAsText() : r);
    }
    return out;
  }

  /** Whether a row continues the heading: same style, no paragraph gap, or the number stood alone. */
  private static boolean continuesTitle(List<Row> title, Row row) {
    Row first = title.get(0);
    if (!row.hasText()) {
      return false;
    }
    if (!first.hasText() && title.size() == 1) {
      return true; // the number's cell stood alone; the title is on the next line
    }
    if (row.paragraphStart()) {
      return false;
    }
    String t = row.text().strip();
    if (first.bold()) {
      return row.bold();
    }
    return isUpper(first.text()) && isUpper(t) && !t.matches("[A-Z]{2,6}\\s?\\d{4,6}\\.?");
  }

  private static boolean isUpper(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (Character.isLowerCase(c) && !(i > 0 && Character.isDigit(s.charAt(i - 1)))) {
          // "16th" keeps its ordinal suffix in lower case inside an upper-case title
          if (!(i > 1 && Character.isDigit(s.charAt(i - 2)))) {
            return false;
          }
        }
      }
    }
    return letter;
  }

  /**
   * Documents without a number column: "1. APOLOGIES" at the start of a heading line. A numbered
   * line that is not heading-like still opens an item when its number fills the gap between two
   * that are ("1. Apologies" then "2. Matters arising. The clerk reported ..." then
   * "3. Planning"); its title is then its first sentence.
   */
  private static List<Row> promoteInlineNumbers(List<Row> rows) {
    Integer[] number = new Integer[rows.size()];
    boolean[] heading = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Matcher m = INLINE_NUMBER.matcher(row.text().strip());
      if (row.paragraphStart() && m.matches()) {
        int[] key = key(m.group(1));
        number[i] = key == null || key[1] != 0 ? null : key[0]; // "16a" never fills a gap
        heading[i] = headingLike(m.group(2), row);
      }
    }
    List<Row> out = new ArrayList<>(rows.size());
    Integer last = null;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Matcher m = INLINE_NUMBER.matcher(row.text().strip());
      boolean promote = m.matches() && (heading[i] || number[i] != null && fillsGap(number, heading, i, last));
      if (promote) {
        String text = m.group(2);
        String rest = null;
        if (!heading[i]) {
          Matcher sentence = FIRST_SENTENCE.matcher(text);
          if (sentence.matches()) {
            text = sentence.group(1);
            rest = sentence.group(2);
          }
        }
        out.add(new Row(row.page(), row.top(), row.bottom(), m.group(1), text, row.action(), row.bold(),
            true, row.indent(), row.fontSize(), row.box(), row.actionBox()));
        if (rest != null) {
          out.add(new Row(row.page(), row.top(), row.bottom(), null, rest, null, row.bold(), true, row.indent(), row.fontSize(),
              row.box(), null));
        }
        last = number[i] != null ? number[i] : last;
      } else {
        out.add(row);
      }
    }
    return out;
  }

  /** A line's first sentence, short enough to be a title, and the rest: "Matters arising. The clerk ...". */
  private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.{3,60}?)[.:]\\s+(\\p{Lu}.*)$");

  /** Whether the number at i is the one after the last item and the next heading-like number follows it. */
  private static boolean fillsGap(Integer[] number, boolean[] heading, int i, Integer last) {
    if (last == null || number[i] != last + 1) {
      return false;
    }
    for (int j = i + 1; j < number.length; j++) {
      if (number[j] != null && heading[j]) {
        return number[j] == number[i] + 1;
      }
    }
    return false;
  }

  private static boolean headingLike(String text, Row row) {
    String t = text.strip();
    if (t.length() > 160) {
      return false;
    }
    return row.bold() || isUpper(t.length() > 40 ? t.substring(0, 40) : t) || Character.isUpperCase(t.codePointAt(0)) && t.length() < 80 && !t.endsWith(",");
  }

  static boolean isNumber(String cell) {
    return NUMBER.matcher(cell).matches();
  }

  /** "16a" -> {16, 1, 0}; "14/037" -> {37, 0, 14}; "2.1" -> {2, 0, 1} (sub-numbers sort after their parent). */
  static int[] key(String cell) {
    Matcher m = NUMBER.matcher(cell.strip());
    if (!m.matches()) {
      return null;
    }
    if (m.group(1) != null) {
      int letter = m.group(2).isEmpty() ? 0 : m.group(2).charAt(0) - 'a' + 1;
      return new int[] {Integer.parseInt(m.group(1)), letter, 0};
    }
    if (m.group(3) != null) {
      return new int[] {Integer.parseInt(m.group(4)), 0, 0};
    }
    return new int[] {Integer.parseInt(m.group(5)), 0, Integer.parseInt(m.group(6))};
  }

  /** Whether key comes after last in a plausible numbering (no jumps backwards, none huge). */
  static boolean follows(int[] last, int[] key) {
    if (last == null) {
      return true;
    }
    if (key[0] == last[0]) {
      return key[1] > last[1] || key[1] == last[1] && key[2] > last[2];
    }
    return key[0] > last[0] && key[0] - last[0] <= 40;
  }

  /**
   * Whether a sub-number ("3.2") numbers a paragraph of the item before it ("3" or "3.1"): minutes
   * that number their paragraphs keep them in the item; only a document numbered "2.1", "2.2"
   * throughout, with no item "2" of its own, makes them items.
   */
  static boolean paragraphOf(int[] last, int[] key) {
    return last != null && key[2] > 0 && last[2] == 0 && key[0] == last[0] && key[1] == last[1];
  }

  /**
   * Whether a numbered row carries a heading of its own ("6.1 Safety Management System", or the
   * number alone with its heading on the next line) rather than opening running text ("6.1 Our bank
   * balance stands at ...").
   */
  private static boolean headed(List<Row> rows, int i) {
    Row row = rows.get(i);
    String t = row.text().strip();
    if (t.isEmpty()) {
      return true;
    }
    Row next = i + 1 < rows.size() ? rows.get(i + 1) : null;
    boolean alone = next == null || next.paragraphStart() || next.number() != null;
    return Character.isUpperCase(t.codePointAt(0)) && t.length() <= 80 && !t.matches(".*[.;,:]$") && (row.bold() || alone);
  }

  /** The number as printed without its brackets or trailing punctuation: "(16a)." -> "16a". */
  private static String clean(String cell) {
    return cell.strip().replaceAll("^\\(|[.):]+$", "");
  }
}
