package org.minutebook.ingest.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.rules.DecisionWords;
import org.minutebook.ingest.label.rules.ItemNumber;
import org.minutebook.model.Decision;
import org.minutebook.model.Item;
import org.minutebook.model.SelfCheck.Sighting;

/**
 * Which lines of one set of minutes the reading put in an item, and which lines hold a decision
 * word outside every decision it read.
 *
 * <p>Each item is found among the rows again by where its heading was printed (its page and box;
 * by its number or title where it has no box), in order; its lines run from its heading to the
 * next found item's, the last item's to the closing line ("The meeting ended at ...") or the end
 * of the minutes. A line is inside a decision when its text, or its text from the decision word
 * on, or up to it, is part of the text of a decision of its item (so a line where a decision
 * starts or ends mid-line is judged by its own side of the word). Item headings ("Notice of
 * Motion") are not looked at for decision words.
 */
final class ItemCoverage {
  /** How many lines holding decision words outside decisions are kept as examples, per document. */
  static final int EXAMPLES = 5;

  /**
   * What one set of minutes gave.
   *
   * @param lines its text lines
   * @param inItems those inside an item
   * @param loose the lines holding a decision word outside every decision, in order
   */
  record Counted(int lines, int inItems, List<Sighting> loose) {
    Counted {
      loose = List.copyOf(loose);
    }
  }

  private ItemCoverage() {}

  /**
   * Counts the lines of one set of minutes.
   *
   * @param rows the rows of its span
   * @param lineOnPage each row's line on its page (1-based, among all the layout's rows of the page)
   * @param items the items read from it, in order
   */
  static Counted count(List<LabelledRow> rows, int[] lineOnPage, List<Item> items) {
    int[] itemOf = itemOfEachRow(rows, items);
    int lines = 0;
    int inItems = 0;
    List<Sighting> loose = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      LabelledRow row = rows.get(i);
      if (!row.hasText()) {
        continue;
      }
      lines++;
      Item item = itemOf[i] < 0 ? null : items.get(itemOf[i]);
      inItems += item == null ? 0 : 1;
      List<DecisionWords.Found> words = row.labels().decisionWords();
      if (words.isEmpty() || item != null && heading(row, item)) {
        continue;
      }
      for (DecisionWords.Found w : words) {
        if (item == null || !inDecision(row.text(), w, item.decisions())) {
          loose.add(new Sighting(row.page(), lineOnPage[i], w.word(), row.text().replaceAll("\\s+", " ").strip()));
          break; // one sighting per line
        }
      }
    }
    return new Counted(lines, inItems, loose);
  }

  /** The index of the item each row lies in, or -1 (front matter, closing lines, before an item found). */
  static int[] itemOfEachRow(List<LabelledRow> rows, List<Item> items) {
    int[] out = new int[rows.size()];
    Arrays.fill(out, -1);
    int from = 0;
    int current = -1;
    int next = 0;
    for (int k = 0; k < items.size(); k++) {
      int at = find(rows, items.get(k), from);
      if (at < 0) {
        continue; // not found again: the item before runs on over it
      }
      for (int i = next; i < at; i++) {
        out[i] = current;
      }
      current = k;
      next = at;
      from = at + 1;
    }
    boolean closed = false;
    for (int i = next; i < rows.size(); i++) {
      // after the last item's heading, the closing line and what follows it belong to no item
      closed |= current >= 0 && i > next && rows.get(i).labels().closing();
      out[i] = closed ? -1 : current;
    }
    return out;
  }

  /** The row at or after from where the item's heading was printed, or -1. */
  private static int find(List<LabelledRow> rows, Item item, int from) {
    for (int i = from; i < rows.size(); i++) {
      if (heads(rows.get(i), item)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean heads(LabelledRow row, Item item) {
    if (item.page() != null && row.page() != item.page()) {
      return false;
    }
    if (item.box() != null) {
      return item.box().equals(row.box());
    }
    if (item.number() != null) {
      ItemNumber n = row.labels().number() != null ? row.labels().number()
          : row.labels().leading() == null ? null : row.labels().leading().number();
      return n != null && n.printed().equals(item.number());
    }
    String text = collapse(row.text());
    return item.title() != null && !text.isEmpty() && collapse(item.title()).startsWith(text.length() > 40 ? text.substring(0, 40) : text);
  }

  /** Whether a row is (a line of) the item's heading. */
  private static boolean heading(LabelledRow row, Item item) {
    String text = collapse(row.text());
    return item.title() != null && !text.isEmpty() && collapse(item.title()).contains(text);
  }

  /** The fewest words a line's side of a decision word must hold to tell its decision ("agreed" alone is in any). */
  private static final int SIDE_WORDS = 3;

  /** Whether the decision word w of a row's text is part of one of the decisions. */
  static boolean inDecision(String text, DecisionWords.Found w, List<Decision> decisions) {
    String whole = collapse(text);
    String from = side(text.substring(w.start()));
    String upTo = side(text.substring(0, w.end()));
    for (Decision d : decisions) {
      String decision = collapse(d.text());
      if (decision.contains(whole) || from != null && decision.contains(from) || upTo != null && decision.contains(upTo)) {
        return true;
      }
    }
    return false;
  }

  /** One side of a line, collapsed, or null when it is too short to tell. */
  private static String side(String s) {
    String c = collapse(s);
    return c.split(" ").length >= SIDE_WORDS ? c : null;
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private static String collapse(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }
}
