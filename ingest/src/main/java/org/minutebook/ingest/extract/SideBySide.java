package org.minutebook.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.rules.AttendanceLabel;
import org.minutebook.ingest.text.Word;

/**
 * Attendance lists printed side by side under labels on one line ("Present:      Also in
 * attendance:"), each name on the line of a name of the other list: the lines are cut at the
 * gutter between the labels' columns and read column by column, the left column's lines first,
 * so that each list follows its own label.
 *
 * <p>Contract: a pure function of the rows and their words; rows without word positions, and
 * front matter without such labels, are returned as they are.
 */
final class SideBySide {
  /** A gap this many times the font size between two words on a label line separates two labels. */
  private static final float LABEL_GAP = 2f;

  private SideBySide() {}

  /** The rows with every block of side-by-side lists read column by column. */
  static List<LabelledRow> unfold(List<LabelledRow> rows) {
    List<LabelledRow> out = new ArrayList<>(rows.size());
    int i = 0;
    while (i < rows.size()) {
      LabelledRow row = rows.get(i);
      List<List<Word>> labels = labels(row);
      if (labels == null) {
        out.add(row);
        i++;
        continue;
      }
      float lo = centre(labels.get(0));
      float hi = centre(labels.get(1));
      int end = i + 1;
      while (end < rows.size() && !rows.get(end).words().isEmpty() && gutter(List.of(rows.get(end)), lo, hi) != null) {
        end++;
      }
      List<LabelledRow> block = rows.subList(i, end);
      float cut = gutter(block, lo, hi);
      List<LabelledRow> right = new ArrayList<>();
      for (LabelledRow r : block) {
        List<Word> left = new ArrayList<>();
        List<Word> rest = new ArrayList<>();
        for (Word w : r.words()) {
          (w.x0() < cut ? left : rest).add(w);
        }
        // a line of one column alone keeps its place in it; each side is a line (and label) of its own
        if (!left.isEmpty()) {
          out.add(cell(r, left, r == row || r.paragraphStart()));
        }
        if (!rest.isEmpty()) {
          right.add(cell(r, rest, r == row || r.paragraphStart()));
        }
      }
      out.addAll(right);
      i = end;
    }
    return out;
  }

  /** The words of two attendance labels printed apart on one line, or null when the line is not that. */
  private static List<List<Word>> labels(LabelledRow row) {
    List<Word> words = row.words();
    if (words.size() < 2) {
      return null;
    }
    List<List<Word>> runs = new ArrayList<>();
    List<Word> run = new ArrayList<>();
    for (Word w : words) {
      if (!run.isEmpty() && w.x0() - run.get(run.size() - 1).x1() > LABEL_GAP * w.fontSize()) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(w);
    }
    runs.add(run);
    if (runs.size() != 2) {
      return null;
    }
    for (List<Word> r : runs) {
      AttendanceLabel label = AttendanceLabel.heading(text(r), row.bold()).orElse(null);
      if (label == null || !label.rest().isEmpty()) {
        return null;
      }
    }
    return runs;
  }

  /** The middle of the widest stretch between lo and hi that no word of the rows covers, or null when all of it is. */
  private static Float gutter(List<LabelledRow> rows, float lo, float hi) {
    List<float[]> covered = new ArrayList<>();
    for (LabelledRow r : rows) {
      for (Word w : r.words()) {
        if (w.x1() > lo && w.x0() < hi) {
          covered.add(new float[] {Math.max(lo, w.x0()), Math.min(hi, w.x1())});
        }
      }
    }
    covered.sort((a, b) -> Float.compare(a[0], b[0]));
    float best = 0;
    Float at = null;
    float reach = lo;
    for (float[] span : covered) {
      if (span[0] - reach > best) {
        best = span[0] - reach;
        at = (reach + span[0]) / 2;
      }
      reach = Math.max(reach, span[1]);
    }
    if (hi - reach > best) {
      at = (reach + hi) / 2;
    }
    return at;
  }

  private static LabelledRow cell(LabelledRow r, List<Word> words, boolean start) {
    return r.withCells(null, text(words), null, start, r.box(), null);
  }

  private static float centre(List<Word> words) {
    return (words.get(0).x0() + words.get(words.size() - 1).x1()) / 2;
  }

  private static String text(List<Word> words) {
    StringBuilder sb = new StringBuilder();
    for (Word w : words) {
      sb.append(sb.length() == 0 ? "" : " ").append(w.text());
    }
    return sb.toString();
  }
}
