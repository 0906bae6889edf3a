package org.minutebook.ingest.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.Typography;
import org.minutebook.ingest.label.rules.ItemNumber;
import org.minutebook.ingest.label.rules.SectionHeading;
import org.minutebook.ingest.text.Word;

/**
 * Reads the headings minutes print without numbers, after their numbered items are found.
 *
 * <p>Contract: a pure function of the {@link Segments} the numbering gave. Two refinements:
 *
 * <ul>
 *   <li>a heading printed without a number, set as a heading (bold or capitals) on a line of its
 *       own at the left, where the numbered headings start ("Other matters", "APPROVAL OF
 *       MINUTES:", "NEW BUSINESS"), or a heading in capitals run in before its first sentence
 *       ("CORRESPONDENCE – A motion was made ..."), opens an item with no number. Without numbered
 *       items, headings count only after the meeting's head (its title lines, up to the first
 *       sentence: the call to order), which stays front matter. A line in plain case, a caption over
 *       a table, a signature block and a label with its text ("Clerk: ...") open nothing;
 *   <li>entries lettered a), b) ... under a heading, each opening with a title of its own ("a)
 *       Playground Advisory Group"), are items of their own, grouped under the heading. The heading
 *       stays an item only where text stands under it before its first entry. Lettered paragraphs of
 *       running text stay in their item.
 * </ul>
 */
final class Sections {
  /** How far apart (in points) two left edges may be and still be the same margin. */
  private static final float SAME_EDGE = 4f;
  /** A gap between words this many font sizes wide sets a row out as a table's cells. */
  private static final float CELL_GAP = 3f;

  private Sections() {}

  static Segments refine(Segments segments) {
    List<LabelledRow> front = segments.front();
    List<RawItem> items = new ArrayList<>();
    if (segments.items().isEmpty()) {
      int head = headEnd(front);
      List<Integer> starts = headings(front, head, null);
      if (starts.isEmpty()) {
        return segments;
      }
      items.addAll(split(null, front, starts));
      front = front.subList(0, starts.get(0));
    } else {
      // with numbered items, an unnumbered heading opens a section only after the last of them
      // ("Other matters", "Dates for 2024", an action list summary), set as the numbered headings are
      List<RawItem> numbered = segments.items();
      RawItem last = numbered.get(numbered.size() - 1);
      Style style = Style.of(numbered);
      List<Integer> starts = style == null ? List.of() : headings(last.bodyRows(), 0, style);
      items.addAll(numbered.subList(0, numbered.size() - 1));
      if (starts.isEmpty()) {
        items.add(last);
      } else {
        List<LabelledRow> body = last.bodyRows();
        items.add(new RawItem(last.number(), last.titleRows(), body.subList(0, starts.get(0)), last.group()));
        items.addAll(split(null, body, starts));
      }
    }
    List<RawItem> out = new ArrayList<>();
    for (RawItem item : items) {
      out.addAll(entries(item));
    }
    return new Segments(front, out, segments.closing());
  }

  /** The items that start at each heading row in rows, each running to the next. */
  private static List<RawItem> split(String group, List<LabelledRow> rows, List<Integer> starts) {
    List<RawItem> out = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int at = starts.get(k);
      int end = k + 1 < starts.size() ? starts.get(k + 1) : rows.size();
      LabelledRow row = rows.get(at);
      List<LabelledRow> body = new ArrayList<>();
      LabelledRow title;
      Optional<String> bulleted = SectionHeading.bulleted(row.text());
      if (bulleted.isPresent()) {
        row = row.withCells(null, bulleted.get(), row.action(), true, row.box(), row.actionBox());
      }
      Optional<SectionHeading.RunIn> runIn = Typography.capitals(row.text()) ? Optional.empty() : SectionHeading.runIn(row.text());
      if (runIn.isPresent()) {
        title = row.withCells(null, runIn.get().title(), null, true, row.box(), null);
        body.add(row.withCells(null, runIn.get().rest(), row.action(), true, row.box(), row.actionBox()));
      } else {
        title = row.withCells(null, SectionHeading.title(row.text()), row.action(), true, row.box(), row.actionBox());
      }
      body.addAll(rows.subList(at + 1, end));
      out.add(new RawItem(null, List.of(title), body, group));
    }
    return out;
  }

  /**
   * How the numbered headings are set: where they start on the page (the leftmost of their first
   * rows), and whether most are bold, most in capitals.
   */
  private record Style(float left, boolean bold, boolean capitals) {
    static Style of(List<RawItem> items) {
      float left = Float.MAX_VALUE;
      int bold = 0;
      int capitals = 0;
      int n = 0;
      for (RawItem item : items) {
        LabelledRow first = item.titleRows().get(0);
        if (first.box() == null || item.number() == null) {
          continue;
        }
        left = Math.min(left, first.box().x() - (first.number() != null ? numberWidth(first) : 0));
        bold += first.bold() ? 1 : 0;
        capitals += Typography.capitals(first.text()) ? 1 : 0;
        n++;
      }
      return n == 0 ? null : new Style(left, bold * 2 > n, capitals * 2 > n);
    }

    /** Whether a row is set as these headings are: at their left edge, bold if they are, in capitals if they are. */
    boolean sets(LabelledRow r) {
      return r.box() != null && Math.abs(r.box().x() - left) <= SAME_EDGE && (!bold || r.bold())
          && (!capitals || Typography.capitals(r.text()));
    }
  }

  /** How far left of the text the number cell of a row starts (its words' left edge), or 0. */
  private static float numberWidth(LabelledRow row) {
    List<Word> words = row.words();
    return words.isEmpty() || row.box() == null ? 0 : Math.max(0, row.box().x() - words.get(0).x0());
  }

  /** The first row of running text (the call to order, an attendance list): the meeting's head ends there. */
  private static int headEnd(List<LabelledRow> rows) {
    for (int i = 0; i < rows.size(); i++) {
      LabelledRow r = rows.get(i);
      if (!r.hasText()) {
        continue;
      }
      if (r.labels().opensAttendance() || r.labels().finished()) {
        return i;
      }
      LabelledRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
      if (next != null && !next.paragraphStart() && next.page() == r.page() && !r.labels().heading()) {
        return i;
      }
    }
    return rows.size();
  }

  /**
   * The rows from index from on that open a section with a heading of their own, set as the
   * numbered headings are (style), or, without numbered headings (null), at the left margin. A
   * heading printed more than once is a label the minutes repeat ("AMOUNT OF MONEY AND SOURCE:"),
   * not a section.
   */
  private static List<Integer> headings(List<LabelledRow> rows, int from, Style style) {
    List<Integer> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    // an outline's entries: its outer level is the leftmost bullet
    float outer = Float.MAX_VALUE;
    for (int i = from; i < rows.size(); i++) {
      if (SectionHeading.bulleted(rows.get(i).text()).isPresent()) {
        outer = Math.min(outer, rows.get(i).indent());
      }
    }
    for (int i = from; i < rows.size(); i++) {
      if (heading(rows, i, style) || style == null && bulletHeading(rows, i, outer)) {
        out.add(i);
      }
    }
    for (int i : out) {
      seen.merge(key(rows.get(i)), 1, Integer::sum);
    }
    out.removeIf(i -> seen.get(key(rows.get(i))) > 1);
    if (style == null && out.stream().anyMatch(i -> capitalised(rows.get(i)))) {
      // minutes that head their sections in capitals set bold lines in plain case for emphasis
      out.removeIf(i -> !capitalised(rows.get(i)));
    }
    if (style != null) {
      out.removeIf(i -> rows.get(i).text().strip().split("\\s+").length < 2); // a lone "NOTED" closes its item
    }
    return out;
  }

  /** Whether a heading is printed in capitals, whole or run in before its text. */
  private static boolean capitalised(LabelledRow r) {
    return Typography.capitals(r.text()) || SectionHeading.runIn(r.text()).isPresent();
  }

  /** A heading's words, for telling repeats apart from sections: case, digits and punctuation ignored. */
  private static String key(LabelledRow r) {
    String t = r.text();
    Optional<SectionHeading.RunIn> runIn = SectionHeading.runIn(t);
    if (runIn.isPresent() && !Typography.capitals(t)) {
      t = runIn.get().title();
    }
    return t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", "");
  }

  private static boolean heading(List<LabelledRow> rows, int i, Style style) {
    LabelledRow r = rows.get(i);
    String t = r.text().strip();
    if (!r.hasText() || r.number() != null || !starts(rows, i) || labelled(r) || afterSignature(rows, i)) {
      return false;
    }
    boolean capitals = Typography.capitals(t);
    boolean atLeft = style == null ? r.indent() <= SAME_EDGE : style.sets(r);
    if (!capitals && SectionHeading.runIn(t).isPresent()) {
      return atLeft; // "CORRESPONDENCE – A motion was made ...": capitals run in before text
    }
    if (!(r.bold() || capitals) || !SectionHeading.shaped(t) || !alone(rows, i) || cells(r)) {
      return false;
    }
    if (!atLeft && !(capitals && r.bold() && (style == null || style.bold()))) {
      return false; // a heading elsewhere than the left margin must be set strongly: bold capitals
    }
    // a caption over a table ("Invoices to be approved" over Payee | Detail | Total) is the table's
    return capitals || !captionOfTable(rows, i);
  }

  /**
   * Whether the row is a heading of an outline: a bullet of its outer level, then a heading's
   * words, bold or in capitals, with the entry's lines (its sub-bullets, its text) under it.
   */
  private static boolean bulletHeading(List<LabelledRow> rows, int i, float outer) {
    LabelledRow r = rows.get(i);
    String t = SectionHeading.bulleted(r.text()).orElse(null);
    if (t == null || Math.abs(r.indent() - outer) > SAME_EDGE || labelled(r) || afterSignature(rows, i)) {
      return false;
    }
    return (r.bold() || Typography.capitals(t)) && SectionHeading.shaped(t) && alone(rows, i)
        && SectionHeading.runIn(t).isEmpty();
  }

  /** Whether the row opens something else: a decision, an attendance list, a vote, an action, a numbered or lettered line. */
  private static boolean labelled(LabelledRow r) {
    return r.labels().decision() != null || r.labels().opensAttendance() || r.labels().attendance() != null
        || r.labels().vote() != null || r.labels().actionLine() != null || r.labels().signature() || r.labels().closing()
        || r.labels().leading() != null || ItemNumber.entry(r.text()).isPresent();
  }

  /** Whether the row starts a paragraph, or its page. */
  private static boolean starts(List<LabelledRow> rows, int i) {
    return i == 0 || rows.get(i).paragraphStart() || rows.get(i - 1).page() != rows.get(i).page();
  }

  /**
   * Whether the row stands alone: the row after it starts a paragraph, a page or a numbered line,
   * or a bold row has plain text under it.
   */
  private static boolean alone(List<LabelledRow> rows, int i) {
    if (i + 1 >= rows.size()) {
      return true;
    }
    LabelledRow next = rows.get(i + 1);
    return next.paragraphStart() || next.page() != rows.get(i).page() || next.number() != null
        || rows.get(i).bold() && !next.bold();
  }

  /** Whether the row's words stand apart as a table's cells. */
  private static boolean cells(LabelledRow r) {
    List<Word> words = r.words();
    for (int k = 1; k < words.size(); k++) {
      Word prev = words.get(k - 1);
      Word w = words.get(k);
      if (w.x0() - prev.x1() >= CELL_GAP * Math.max(w.fontSize(), prev.fontSize())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the next row with text is a table's header: bold cells ("Payee   Detail   Total"). */
  private static boolean captionOfTable(List<LabelledRow> rows, int i) {
    for (int k = i + 1; k < rows.size(); k++) {
      if (rows.get(k).hasText()) {
        return rows.get(k).bold() && cells(rows.get(k));
      }
    }
    return false;
  }

  /** Whether the row is the signature block's ("Chair, Riverside Parish Council" under "Signed ....."). */
  private static boolean afterSignature(List<LabelledRow> rows, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (rows.get(k).hasText()) {
        return rows.get(k).labels().signature() && rows.get(k).text().strip().length() >= 3; // a stray "." signs nothing
      }
    }
    return false;
  }

  /**
   * An item whose body holds entries lettered a), b) ... each with a title of its own: the entries
   * as items grouped under the item's heading, and the heading itself where text stands under it
   * before the first entry. Other items come back as they are.
   */
  private static List<RawItem> entries(RawItem item) {
    List<LabelledRow> body = item.bodyRows();
    List<Integer> starts = new ArrayList<>();
    List<ItemNumber.Leading> letters = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      LabelledRow r = body.get(i);
      if (!starts(body, i)) {
        continue;
      }
      ItemNumber.Leading entry = ItemNumber.entry(r.text()).orElse(null);
      if (entry == null || !titled(body, i, entry.rest())) {
        continue;
      }
      int expected = letters.size() + 1;
      boolean sameCase = letters.isEmpty() || Character.isUpperCase(letters.get(0).number().printed().charAt(0))
          == Character.isUpperCase(entry.number().printed().charAt(0));
      if (entry.number().letter() == expected && sameCase) {
        starts.add(i);
        letters.add(entry);
      }
    }
    if (starts.isEmpty()) {
      return List.of(item);
    }
    String group = groupOf(item);
    List<RawItem> out = new ArrayList<>();
    List<LabelledRow> before = body.subList(0, starts.get(0));
    if (before.stream().anyMatch(r -> r.text().codePoints().anyMatch(Character::isLetterOrDigit))) {
      out.add(new RawItem(item.number(), item.titleRows(), before, item.group()));
    }
    for (int k = 0; k < starts.size(); k++) {
      int at = starts.get(k);
      int end = k + 1 < starts.size() ? starts.get(k + 1) : body.size();
      LabelledRow row = body.get(at);
      LabelledRow title = row.withCells(null, letters.get(k).rest(), row.action(), true, row.box(), row.actionBox());
      out.add(new RawItem(letters.get(k).number().printed(), List.of(title), body.subList(at + 1, end), group));
    }
    return out;
  }

  /** Whether an entry's words after its letter are a title: short, capitalised, not a sentence, set apart. */
  private static boolean titled(List<LabelledRow> rows, int i, String rest) {
    String t = rest.strip();
    if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) || !SectionHeading.shaped(t)) {
      return false;
    }
    return rows.get(i).bold() || Typography.capitals(t) || alone(rows, i);
  }

  /** The heading an item's entries stand under: its title as printed, without its number. */
  private static String groupOf(RawItem item) {
    StringBuilder sb = new StringBuilder();
    for (LabelledRow r : item.titleRows()) {
      String t = r.text().strip();
      if (!t.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : " ").append(t);
      }
    }
    return sb.length() == 0 ? null : SectionHeading.title(sb.toString());
  }
}
