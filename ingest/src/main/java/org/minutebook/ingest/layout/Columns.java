package org.minutebook.ingest.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.minutebook.ingest.label.rules.ActionLabel;
import org.minutebook.ingest.label.rules.ItemNumber;
import org.minutebook.ingest.text.Line;
import org.minutebook.ingest.text.Word;

/**
 * The columns of the minutes table, found from the document's own lines rather than from any
 * template: the text column's left edge (where most lines start), and the Action column's left
 * edge (from "Action" headers at the right of the page, or else from a column of short entries
 * such as initials standing clear of the text).
 *
 * @param textX where the text column starts
 * @param actionX where the Action column starts, or {@link Float#NaN} when there is none
 * @param tableEdge where the table's text ends, when it never runs on into the Action column
 *     (else {@link Float#NaN}): on the table's lines an entry may start anywhere past it (a long one
 *     set flush right starts left of the column's header) and a word space is gap enough, however
 *     narrow the gutter. Some minutes let their text run on under the column's header, with the
 *     entries further right; there only actionX and a wide gap count.
 */
record Columns(float textX, float actionX, float tableEdge) {
  private static final Pattern ENTRY = Pattern.compile("[A-Z][A-Za-z]{0,3}(/[A-Z][A-Za-z]{0,3})*|[A-Z][a-z]{2,11}|All");
  /** The gap that separates a cell from the text before it, as a share of the font size. */
  static final float CELL_GAP = 0.7f;
  /** The gap after a number that sets it in a column of its own, as a share of the font size. */
  static final float TAB_GAP = 1.0f;
  /** A word space, as a share of the font size: the least gap that can separate two cells. */
  static final float WORD_GAP = 0.2f;
  /** A whole Action cell: initials, names or words joined by '/', ',' or '&', or a pair broken after '/'. */
  private static final Pattern CELL = Pattern.compile("/?[A-Z][A-Za-z]{0,11}(\\s*[/,&]\\s*[A-Z][A-Za-z]{0,11})*/?");

  /**
   * Whether text reads as what an Action cell holds: its header, or capitalised initials, names or
   * words joined by '/', ',' or '&', a pair possibly broken after its '/' ("LS/", "Clerk", "All").
   */
  static boolean isEntry(String text) {
    return ActionLabel.columnHeader(text) || CELL.matcher(text).matches();
  }

  boolean hasActionColumn() {
    return !Float.isNaN(actionX);
  }

  static Columns of(List<Line> lines, float pageWidth) {
    float textX = textColumn(lines);
    float[] action = actionColumn(lines, pageWidth, textX);
    float edge = action[1] + 0.5f;
    boolean bounded = !Float.isNaN(action[0]) && edge > textX && edge <= action[0] && !textRunsPast(lines, textX, edge);
    return new Columns(textX, action[0], bounded ? edge : Float.NaN);
  }

  /** Columns without an Action column (a web page's blocks). */
  static Columns textOnly(float textX) {
    return new Columns(textX, Float.NaN, Float.NaN);
  }

  /** Whether the table's text is known to stay left of the Action column. */
  boolean bounded() {
    return !Float.isNaN(tableEdge);
  }

  /** Whether a line is a row of the table: text at the text column, or an item number before it. */
  boolean inTable(List<Word> words) {
    return Math.abs(words.get(0).x0() - textX) < 2f || numbered(words, textX);
  }

  /** Whether a line opens with an item number in the number column, left of the text column. */
  boolean numbered(List<Word> words) {
    return numbered(words, textX);
  }

  /** Whether a line of the table has a word of text (not an entry) past x, closer than a cell's gap. */
  private static boolean textRunsPast(List<Line> lines, float textX, float x) {
    Columns probe = textOnly(textX);
    for (Line line : table(lines, textX)) {
      List<Word> words = line.words();
      if (!probe.inTable(words)) {
        continue;
      }
      for (int i = 1; i < words.size(); i++) {
        if (words.get(i).x0() >= x && !separated(words, i) && !isEntry(join(words, i))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The most common left edge of text, rounded to 2 points: where body text starts. A line that
   * opens with a number set a tab's width clear of its text ("3.    Matters Arising") counts where
   * its text starts: minutes numbered at the margin have their text column at the indent.
   */
  static float textColumn(List<Line> lines) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (Line line : lines) {
      counts.merge(Math.round(textStart(line) / 2f), line.words().size() >= 4 ? 2 : 1, Integer::sum);
    }
    int best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    // the leftmost x among lines rounding to that bucket
    float x = Float.MAX_VALUE;
    for (Line line : lines) {
      float start = textStart(line);
      if (Math.round(start / 2f) == best) {
        x = Math.min(x, start);
      }
    }
    return x == Float.MAX_VALUE ? 0 : x;
  }

  /** Where a line's text starts: after a number standing a tab clear of it, else its left edge. */
  private static float textStart(Line line) {
    List<Word> words = line.words();
    if (words.size() > 1 && ItemNumber.isCell(words.get(0).text()) && separated(words, 1, TAB_GAP)) {
      return words.get(1).x0();
    }
    return line.x0();
  }

  /** The Action column's left edge (or NaN) and the right edge of the table's text left of it. */
  private static float[] actionColumn(List<Line> lines, float pageWidth, float textX) {
    List<Word> headers = new ArrayList<>();
    List<Word> entries = new ArrayList<>();
    for (Line line : lines) {
      List<Word> words = line.words();
      for (int i = 0; i < words.size(); i++) {
        Word w = words.get(i);
        if (w.x0() < pageWidth * 0.55f || !separated(words, i)) {
          continue;
        }
        String rest = join(words, i);
        if (words.size() - i > 3 || rest.length() > 24) {
          continue;
        }
        if (ActionLabel.columnHeader(rest)) {
          headers.add(w);
        } else if (ENTRY.matcher(rest).matches() && (i > 0 || w.x0() > pageWidth * 0.6f)) {
          entries.add(w);
        }
        break;
      }
    }
    if (!headers.isEmpty()) {
      float min = Float.MAX_VALUE;
      float size = 0;
      for (Word h : headers) {
        min = Math.min(min, h.x0());
        size = Math.max(size, h.fontSize());
      }
      float edge = rightEdgeOfText(lines, min, textX);
      return new float[] {Math.max(min - 1.5f * size, edge + 0.5f), edge};
    }
    // no header: a column of at least three short entries whose left edges line up
    entries.sort((a, b) -> Float.compare(a.x0(), b.x0()));
    for (int i = 0; i + 2 < entries.size(); i++) {
      int j = i;
      while (j + 1 < entries.size() && entries.get(j + 1).x0() - entries.get(i).x0() < 30f) {
        j++;
      }
      if (j - i + 1 >= 3) {
        float x = entries.get(i).x0();
        float edge = rightEdgeOfText(lines, x, textX);
        return new float[] {Math.max(x - 0.5f * entries.get(i).fontSize(), edge + 0.5f), edge};
      }
    }
    return new float[] {Float.NaN, Float.NaN};
  }

  /**
   * The right edge of running text that stays left of x: the text column's right margin. Only
   * lines of the table count: front matter set across the whole page (a wrapped attendance list, a
   * centred heading) may run on under the Action column, and would push its edge right.
   */
  private static float rightEdgeOfText(List<Line> lines, float x, float textX) {
    float edge = 0;
    for (Line line : table(lines, textX)) {
      if (line.x0() < textX - 2f) {
        continue;
      }
      for (Word w : line.words()) {
        if (w.x1() < x) {
          edge = Math.max(edge, w.x1());
        }
      }
    }
    return Math.min(edge, x - 1f);
  }

  /**
   * The lines from the table's first numbered line on: the front matter above it is set across the
   * page, and a centred heading there may start by chance where the text column does. All lines
   * when none is numbered.
   */
  private static List<Line> table(List<Line> lines, float textX) {
    for (int i = 0; i < lines.size(); i++) {
      if (numbered(lines.get(i).words(), textX)) {
        return lines.subList(i, lines.size());
      }
    }
    return lines;
  }

  /** Whether a line opens with an item number in the number column, left of the text column. */
  private static boolean numbered(List<Word> words, float textX) {
    Word first = words.get(0);
    return first.x0() < textX - 4f && ItemNumber.isCell(first.text())
        && (words.size() == 1 || words.get(1).x0() >= textX - 3f);
  }

  /** Whether word i stands clear of the word before it (or starts its line). */
  static boolean separated(List<Word> words, int i) {
    return separated(words, i, CELL_GAP);
  }

  /** Whether word i stands at least gap (a share of the font size) clear of the word before it. */
  static boolean separated(List<Word> words, int i, float gap) {
    if (i == 0) {
      return true;
    }
    Word prev = words.get(i - 1);
    Word w = words.get(i);
    return w.x0() - prev.x1() >= gap * Math.max(w.fontSize(), prev.fontSize());
  }

  private static String join(List<Word> words, int from) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < words.size(); k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(words.get(k).text());
    }
    return sb.toString();
  }
}
