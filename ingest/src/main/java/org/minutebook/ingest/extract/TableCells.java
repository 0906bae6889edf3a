package org.minutebook.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.text.Word;

/**
 * The columns of a table whose cells are printed side by side, so that one row of the layout
 * holds a line of every cell. Columns are found where words start after a wide gap on enough
 * rows; each row's words are then dealt to the columns by where they start, and each column's
 * lines of one table row become its cell's paragraphs (a wider gap between lines starts a new one).
 */
final class TableCells {
  /** A gap this many times the font size between two words separates cells, not words. */
  private static final float CELL_GAP = 1.2f;
  /** Starts within this many points are one column. */
  private static final float SAME_COLUMN = 4f;
  /** A column must start cells on this share of the rows that have several cells. */
  private static final double SUPPORT = 0.2;
  /** A gap between a cell's lines this many times the usual line spacing starts a paragraph. */
  private static final float PARAGRAPH = 1.6f;

  private final float[] starts;
  private final Function<LabelledRow, List<Word>> words;
  private final float spacing;

  private TableCells(float[] starts, Function<LabelledRow, List<Word>> words, float spacing) {
    this.starts = starts;
    this.words = words;
    this.spacing = spacing;
  }

  /** The table the rows are laid out as, or null when they are not cells side by side (three columns at least). */
  static TableCells of(List<LabelledRow> rows, Function<LabelledRow, List<Word>> wordsOf) {
    // each row's words are gathered from its page once: columns are found from them, then cells read
    Map<LabelledRow, List<Word>> gathered = new IdentityHashMap<>();
    Function<LabelledRow, List<Word>> words = r -> gathered.computeIfAbsent(r, wordsOf);
    List<float[]> cellStarts = new ArrayList<>();
    for (LabelledRow r : rows) {
      float[] s = cellStarts(words.apply(r));
      if (s.length >= 2) {
        cellStarts.add(s);
      }
    }
    if (cellStarts.size() < 2) {
      return null;
    }
    List<float[]> clusters = new ArrayList<>(); // [x, rows]
    for (float[] row : cellStarts) {
      for (float x : row) {
        float[] near = null;
        for (float[] c : clusters) {
          if (Math.abs(c[0] - x) <= SAME_COLUMN) {
            near = c;
            break;
          }
        }
        if (near == null) {
          clusters.add(new float[] {x, 1});
        } else {
          near[1]++;
        }
      }
    }
    float need = (float) Math.max(2, SUPPORT * cellStarts.size());
    float[] kept = sorted(clusters, need);
    if (kept.length < 3) {
      return null;
    }
    return new TableCells(kept, words, spacing(rows));
  }

  /** The starts of the columns with enough rows, left to right. */
  private static float[] sorted(List<float[]> clusters, float need) {
    List<Float> xs = new ArrayList<>();
    for (float[] c : clusters) {
      if (c[1] >= need) {
        xs.add(c[0]);
      }
    }
    float[] out = new float[xs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = xs.get(i);
    }
    Arrays.sort(out);
    return out;
  }

  /** Where a row's cells start: its first word, and every word after a wide gap. */
  private static float[] cellStarts(List<Word> words) {
    if (words.isEmpty()) {
      return new float[0];
    }
    List<Float> out = new ArrayList<>();
    out.add(words.get(0).x0());
    for (int i = 1; i < words.size(); i++) {
      Word previous = words.get(i - 1);
      Word w = words.get(i);
      if (w.x0() - previous.x1() > CELL_GAP * Math.max(previous.fontSize(), w.fontSize())) {
        out.add(w.x0());
      }
    }
    float[] s = new float[out.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = out.get(i);
    }
    return s;
  }

  /** The usual distance from one row's top to the next's on a page. */
  private static float spacing(List<LabelledRow> rows) {
    List<Float> gaps = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).page() == rows.get(i - 1).page()) {
        gaps.add(rows.get(i).top() - rows.get(i - 1).top());
      }
    }
    if (gaps.isEmpty()) {
      return 12f;
    }
    gaps.sort(null);
    return gaps.get(gaps.size() / 2);
  }

  /** One table row's cells, column by column, each as its paragraphs. */
  List<List<String>> cells(List<LabelledRow> rows) {
    List<List<String>> out = new ArrayList<>();
    List<StringBuilder> current = new ArrayList<>();
    LabelledRow[] last = new LabelledRow[starts.length];
    for (int c = 0; c < starts.length; c++) {
      out.add(new ArrayList<>());
      current.add(new StringBuilder());
    }
    for (LabelledRow r : rows) {
      StringBuilder[] line = new StringBuilder[starts.length];
      for (Word w : words.apply(r)) {
        int c = column(w.x0());
        if (line[c] == null) {
          line[c] = new StringBuilder();
        }
        line[c].append(line[c].length() == 0 ? "" : " ").append(w.text());
      }
      for (int c = 0; c < starts.length; c++) {
        if (line[c] == null) {
          continue;
        }
        LabelledRow before = last[c];
        if (before != null && before.page() == r.page() && r.top() - before.top() > PARAGRAPH * spacing && current.get(c).length() > 0) {
          out.get(c).add(current.get(c).toString());
          current.get(c).setLength(0);
        }
        current.get(c).append(current.get(c).length() == 0 ? "" : " ").append(line[c]);
        last[c] = r;
      }
    }
    for (int c = 0; c < starts.length; c++) {
      if (current.get(c).length() > 0) {
        out.get(c).add(current.get(c).toString());
      }
    }
    return out;
  }

  private int column(float x) {
    int c = 0;
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] <= x + SAME_COLUMN) {
        c = i;
      }
    }
    return c;
  }
}
