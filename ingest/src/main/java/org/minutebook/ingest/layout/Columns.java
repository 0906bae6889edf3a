package org.minutebook.ingest.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
 */
record Columns(float textX, float actionX) {
  static final Pattern ACTION_HEADER = Pattern.compile("(?i)actions?:?|action\\s+by:?");
  private static final Pattern ENTRY = Pattern.compile("[A-Z][A-Za-z]{0,3}(/[A-Z][A-Za-z]{0,3})*|[A-Z][a-z]{2,11}|All");
  /** The gap that separates a cell from the text before it, as a share of the font size. */
  static final float CELL_GAP = 0.7f;

  boolean hasActionColumn() {
    return !Float.isNaN(actionX);
  }

  static Columns of(List<Line> lines, float pageWidth) {
    float textX = textColumn(lines);
    return new Columns(textX, actionColumn(lines, pageWidth));
  }

  /** The most common left edge of lines, rounded to 2 points: where body text starts. */
  private static float textColumn(List<Line> lines) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (Line line : lines) {
      counts.merge(Math.round(line.x0() / 2f), line.words().size() >= 4 ? 2 : 1, Integer::sum);
    }
    int best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    // the leftmost x among lines rounding to that bucket
    float x = Float.MAX_VALUE;
    for (Line line : lines) {
      if (Math.round(line.x0() / 2f) == best) {
        x = Math.min(x, line.x0());
      }
    }
    return x == Float.MAX_VALUE ? 0 : x;
  }

  private static float actionColumn(List<Line> lines, float pageWidth) {
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
        if (ACTION_HEADER.matcher(rest).matches()) {
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
      return Math.max(min - 1.5f * size, rightEdgeOfText(lines, min) + 0.5f);
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
        return Math.max(x - 0.5f * entries.get(i).fontSize(), rightEdgeOfText(lines, x) + 0.5f);
      }
    }
    return Float.NaN;
  }

  /** The right edge of running text that stays left of x: the text column's right margin. */
  private static float rightEdgeOfText(List<Line> lines, float x) {
    float edge = 0;
    for (Line line : lines) {
      for (Word w : line.words()) {
        if (w.x1() < x) {
          edge = Math.max(edge, w.x1());
        }
      }
    }
    return Math.min(edge, x - 1f);
  }

  /** Whether word i stands clear of the word before it (or starts its line). */
  static boolean separated(List<Word> words, int i) {
    if (i == 0) {
      return true;
    }
    Word prev = words.get(i - 1);
    Word w = words.get(i);
    return w.x0() - prev.x1() >= CELL_GAP * Math.max(w.fontSize(), prev.fontSize());
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
