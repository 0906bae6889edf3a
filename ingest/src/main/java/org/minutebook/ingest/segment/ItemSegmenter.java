package org.minutebook.ingest.segment;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.Typography;
import org.minutebook.ingest.label.rules.ClosingLine;
import org.minutebook.ingest.label.rules.ItemNumber;

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

  public Segments segment(List<LabelledRow> rows) {
    Segments byReference = byAgendaReference(rows);
    if (byReference != null) {
      return byReference;
    }
    // one stray number in the margin (an address's "100") does not make a number column
    boolean cells = rows.stream().filter(r -> r.labels().number() != null).limit(2).count() >= 2;
    List<LabelledRow> input = cells ? rows : promoteInlineNumbers(rows);
    List<LabelledRow> front = new ArrayList<>();
    List<RawItem> items = new ArrayList<>();
    List<LabelledRow> closing = new ArrayList<>();
    String number = null;
    List<LabelledRow> title = null;
    List<LabelledRow> body = null;
    boolean inTitle = false;
    ItemNumber last = null;
    for (int i = 0; i < input.size(); i++) {
      LabelledRow row = input.get(i);
      ItemNumber key = row.labels().number();
      if (key != null && key.follows(last) && !(key.subNumberOf(last) && !headed(input, i))) {
        if (number != null) {
          items.add(new RawItem(number, title, body));
        }
        number = key.printed();
        title = new ArrayList<>(List.of(row));
        body = new ArrayList<>();
        inTitle = true;
        last = key;
        continue;
      }
      LabelledRow r = row.number() != null ? row.withNumberAsText() : row;
      if (number == null) {
        front.add(r);
        continue;
      }
      if (inTitle && continuesTitle(title, r)) {
        title.add(r);
        continue;
      }
      inTitle = false;
      if (r.indent() < -4f && ClosingLine.mentionsClosing(r.text())) {
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
    return Sections.refine(unnumberedFirst(front, items, closing));
  }

  /**
   * Business taken before the first numbered item ("Appointment of a Chair" with its RESOLVED,
   * before minute 41) is an item of its own, without a number: the heading nearest above the first
   * decision in the front matter starts it.
   */
  private static Segments unnumberedFirst(List<LabelledRow> front, List<RawItem> items, List<LabelledRow> closing) {
    int decision = -1;
    for (int i = 0; i < front.size(); i++) {
      if (front.get(i).paragraphStart() && front.get(i).labels().decision() != null) {
        decision = i;
        break;
      }
    }
    if (decision < 0) {
      return new Segments(front, items, closing);
    }
    for (int h = decision - 1; h >= 0; h--) {
      LabelledRow r = front.get(h);
      String t = r.text().strip();
      if (r.labels().opensAttendance()) {
        break;
      }
      if (r.bold() && r.paragraphStart() && t.length() <= 80 && !Typography.capitals(t)) {
        List<RawItem> all = new ArrayList<>();
        all.add(new RawItem(null, List.of(r), new ArrayList<>(front.subList(h + 1, front.size()))));
        all.addAll(items);
        return new Segments(new ArrayList<>(front.subList(0, h)), all, closing);
      }
    }
    return new Segments(front, items, closing);
  }

  /**
   * Minutes whose items carry no minute number, only a heading with its agenda reference on the
   * line below ("Apologies and Substitutes" / "(Item 1)"): each item starts at the heading above a
   * reference line, and numbers in the body ("1.", "2.") are its paragraphs. Null when the minutes
   * number their items (or have fewer than two such references).
   */
  private static Segments byAgendaReference(List<LabelledRow> rows) {
    List<Integer> refs = new ArrayList<>();
    int numbered = 0;
    for (int i = 0; i < rows.size(); i++) {
      LabelledRow r = rows.get(i);
      if (r.labels().reference() != null && r.number() == null && i > 0) {
        refs.add(i);
        LabelledRow above = rows.get(i - 1);
        numbered += above.number() != null || i > 1 && rows.get(i - 2).number() != null ? 1 : 0;
      }
    }
    if (refs.size() < 2 || numbered * 2 >= refs.size()) {
      return null;
    }
    // each heading: the rows above its reference line back to where the heading's paragraph starts;
    // a reference line right below another ("(Item 3)" / "(Item 4)") has no heading of its own and
    // stays in the item above (else that item would end before its own reference line)
    List<Integer> starts = new ArrayList<>();
    int floor = 0;
    for (Iterator<Integer> it = refs.iterator(); it.hasNext(); ) {
      int ref = it.next();
      if (ref - 1 < floor) {
        it.remove();
        continue;
      }
      int start = ref - 1;
      while (start > floor && ref - start < 3 && !rows.get(start).paragraphStart() && rows.get(start - 1).bold() == rows.get(ref - 1).bold()) {
        start--;
      }
      starts.add(start);
      floor = ref + 1;
    }
    List<LabelledRow> front = new ArrayList<>(plain(rows.subList(0, starts.get(0))));
    List<RawItem> items = new ArrayList<>();
    List<LabelledRow> closing = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int start = starts.get(k);
      int ref = refs.get(k);
      int end = k + 1 < starts.size() ? starts.get(k + 1) : rows.size();
      List<LabelledRow> title = plain(rows.subList(start, ref + 1));
      List<LabelledRow> body = new ArrayList<>();
      for (LabelledRow r : plain(rows.subList(ref + 1, end))) {
        if (k + 1 == starts.size() && (ClosingLine.closes(r.text()) || !closing.isEmpty())) {
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
  private static List<LabelledRow> plain(List<LabelledRow> rows) {
    List<LabelledRow> out = new ArrayList<>(rows.size());
    for (LabelledRow r : rows) {
      out.add(r.number() != null ? r.withNumberAsText() : r);
    }
    return out;
  }

  /** Whether a row continues the heading: same style, no paragraph gap, or the number stood alone. */
  private static boolean continuesTitle(List<LabelledRow> title, LabelledRow row) {
    LabelledRow first = title.get(0);
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
    return Typography.capitals(first.text()) && Typography.capitals(t) && !t.matches("[A-Z]{2,6}\\s?\\d{4,6}\\.?");
  }

  /**
   * Documents without a number column: "1. APOLOGIES" at the start of a heading line. A numbered
   * line that is not heading-like still opens an item when its number fills the gap between two
   * that are ("1. Apologies" then "2. Matters arising. The clerk reported ..." then
   * "3. Planning"); its title is then its first sentence.
   */
  private static List<LabelledRow> promoteInlineNumbers(List<LabelledRow> rows) {
    Integer[] number = new Integer[rows.size()];
    boolean[] heading = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      LabelledRow row = rows.get(i);
      ItemNumber.Leading leading = row.labels().leading();
      if (row.paragraphStart() && leading != null) {
        ItemNumber n = leading.number();
        number[i] = n.lettered() || n.minor() != 0 ? null : n.major(); // "16a" never fills a gap
        heading[i] = headingLike(leading.rest(), row);
      }
    }
    List<LabelledRow> out = new ArrayList<>(rows.size());
    Integer last = null;
    for (int i = 0; i < rows.size(); i++) {
      LabelledRow row = rows.get(i);
      ItemNumber.Leading leading = row.labels().leading();
      boolean promote = leading != null && (heading[i] || number[i] != null && fillsGap(number, heading, i, last));
      if (promote) {
        String text = leading.rest();
        String rest = null;
        if (!heading[i]) {
          Matcher sentence = FIRST_SENTENCE.matcher(text);
          if (sentence.matches()) {
            text = sentence.group(1);
            rest = sentence.group(2);
          }
        }
        out.add(row.withCells(leading.cell(), text, row.action(), true, row.box(), row.actionBox()));
        if (rest != null) {
          out.add(row.withCells(null, rest, null, true, row.box(), null));
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

  private static boolean headingLike(String text, LabelledRow row) {
    String t = text.strip();
    if (t.length() > 160) {
      return false;
    }
    return row.bold() || Typography.capitals(t.length() > 40 ? t.substring(0, 40) : t) || Character.isUpperCase(t.codePointAt(0)) && t.length() < 80 && !t.endsWith(",");
  }

  /**
   * Whether a numbered row carries a heading of its own ("6.1 Safety Management System", or the
   * number alone with its heading on the next line) rather than opening running text ("6.1 Our bank
   * balance stands at ...").
   */
  private static boolean headed(List<LabelledRow> rows, int i) {
    LabelledRow row = rows.get(i);
    String t = row.text().strip();
    if (t.isEmpty()) {
      return true;
    }
    LabelledRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
    boolean alone = next == null || next.paragraphStart() || next.number() != null;
    return Character.isUpperCase(t.codePointAt(0)) && t.length() <= 80 && !t.matches(".*[.;,:]$") && (row.bold() || alone);
  }
}
