package org.minutebook.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.rules.ActionLabel;
import org.minutebook.ingest.label.rules.ActionLabel.LogColumn;
import org.minutebook.ingest.text.Word;
import org.minutebook.model.ActionLogEntry;

/**
 * Reads the tables of actions printed in an item: a header row whose cells name the columns ("NO
 * | ACTION | OWNER | UPDATE", "Action | Action by | Action date"), then one table row per action,
 * its cells wrapped over several lines and the table run on across a page break.
 *
 * <p>The table is read by where its words stand on the page, not in the order the file wrote them:
 * each header cell anchors a column, and the boundary between two columns is the widest gutter
 * between their headers that no word of the table crosses. The table ends at the first line
 * whose words run across two columns as prose does (a paragraph under the table) or at the end of
 * the item; a new header starts another table.
 *
 * <p>Contract: a pure function of the rows and their words; rows without word positions (HTML)
 * give no table. Never throws for odd input.
 */
final class ActionLogReader {
  /** A gap this many times the font size between two words separates cells, not words. */
  private static final float CELL_GAP = 0.7f;
  /** How far apart (in points) the file may set two pieces of one word (a superscript "rd"). */
  private static final float TOUCHING = 0.5f;
  /** A word set this many times larger than the header's type is not a word of the table. */
  private static final float OVERSIZE = 2f;

  private ActionLogReader() {}

  /** A run of words without a cell gap inside: a header cell, or one cell's line. */
  private record Segment(List<Word> words) {
    float x0() {
      return words.get(0).x0();
    }

    float x1() {
      return words.get(words.size() - 1).x1();
    }

    float centre() {
      return (x0() + x1()) / 2;
    }

    String text() {
      return join(words);
    }
  }

  /** One action being read: each column's text so far. */
  private static final class Entry {
    final StringBuilder[] cells;
    final int page;

    Entry(int columns, int page) {
      cells = new StringBuilder[columns];
      for (int c = 0; c < columns; c++) {
        cells[c] = new StringBuilder();
      }
      this.page = page;
    }

    void add(int column, String text) {
      if (!text.isEmpty()) {
        cells[column].append(cells[column].length() == 0 ? "" : " ").append(text);
      }
    }

    String cell(int column) {
      return column < 0 ? "" : Paragraph.collapse(cells[column].toString());
    }
  }

  /** The rows of the item's action tables, in order; empty when it prints none. */
  static List<ActionLogEntry> read(List<LabelledRow> rows) {
    List<ActionLogEntry> out = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      List<LogColumn> columns = header(rows.get(i));
      if (columns == null) {
        i++;
        continue;
      }
      List<Segment> head = segments(rows.get(i).words());
      int end = i + 1;
      while (end < rows.size() && header(rows.get(end)) == null && inTable(rows.get(end), head)) {
        end++;
      }
      // a table that heads its references and owners but leaves the action's column unheaded
      // ("No | | Owner | Update"): the action stands in a column of its own between them
      int unheaded = -1;
      int ref = columns.indexOf(LogColumn.REF);
      if (!columns.contains(LogColumn.ACTION) && ref >= 0 && ref + 1 < columns.size() && columns.get(ref + 1) == LogColumn.OWNER) {
        unheaded = ref;
        columns = new ArrayList<>(columns);
        columns.add(ref + 1, LogColumn.ACTION);
      }
      out.addAll(entries(columns, head, unheaded, rows.subList(i, end)));
      i = end;
    }
    return out;
  }

  /** The columns a row heads, or null when it is no action log's header. */
  private static List<LogColumn> header(LabelledRow row) {
    if (row.words().isEmpty()) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    for (Segment s : segments(row.words())) {
      cells.add(s.text());
    }
    return ActionLabel.logHeader(cells).orElse(null);
  }

  /** Whether a row is a line of the table: no run of its words spans the headers of two columns. */
  private static boolean inTable(LabelledRow row, List<Segment> head) {
    if (row.words().isEmpty()) {
      return false;
    }
    List<Word> words = words(row, head); // a line of nothing but such "words" is passed over
    for (Segment s : segments(words)) {
      int spanned = 0;
      for (Segment h : head) {
        if (s.x0() <= h.centre() && h.centre() <= s.x1()) {
          spanned++;
        }
      }
      if (spanned >= 2) {
        return false;
      }
    }
    return true;
  }

  /** The table's rows (its header first) read into actions. */
  private static List<ActionLogEntry> entries(List<LogColumn> columns, List<Segment> head, int unheaded, List<LabelledRow> table) {
    float[] bounds = boundaries(head, unheaded, table);
    int ref = columns.indexOf(LogColumn.REF);
    int action = columns.indexOf(LogColumn.ACTION);
    int owner = columns.indexOf(LogColumn.OWNER);
    List<Entry> read = new ArrayList<>();
    Entry current = null;
    boolean coded = false;
    for (LabelledRow row : table.subList(1, table.size())) {
      List<List<Word>> cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        cells.add(new ArrayList<>());
      }
      for (Word w : words(row, head)) {
        cells.get(column(bounds, w.x0())).add(w);
      }
      if (ref >= 0 && !cells.get(ref).isEmpty()) {
        // references are codes ("Dec22.02", "05.18.07"): after them, words in their column ("For next
        // meeting") are a caption under the table, and the table has ended
        boolean code = join(cells.get(ref)).matches(".*\\d.*");
        if (coded && !code) {
          break;
        }
        coded |= code;
      }
      // a reference opens an action; where none is printed, an action with its own owner beside it does
      boolean opens = ref >= 0 && !cells.get(ref).isEmpty() || current == null
          || owner >= 0 && !cells.get(owner).isEmpty() && !current.cell(owner).isEmpty() && (action < 0 || !cells.get(action).isEmpty());
      if (opens) {
        current = new Entry(columns.size(), row.page());
        read.add(current);
      }
      for (int c = 0; c < columns.size(); c++) {
        current.add(c, join(cells.get(c)));
      }
    }
    List<ActionLogEntry> out = new ArrayList<>();
    for (Entry e : read) {
      String what = e.cell(action);
      List<String> owners = owners(e.cell(owner));
      if (what.isEmpty() && owners.isEmpty()) {
        continue;
      }
      String r = e.cell(ref);
      out.add(new ActionLogEntry(r.isEmpty() ? null : r, what, owners, e.cell(columns.indexOf(LogColumn.UPDATE)),
          blankToNull(e.cell(columns.indexOf(LogColumn.DUE))), e.page));
    }
    return out;
  }

  /**
   * Where each column after the first starts: in the widest gutter between its header's centre and
   * the one before, that no word of the table crosses; the header's own left edge where every
   * point between them is printed on.
   */
  private static float[] boundaries(List<Segment> head, int unheaded, List<LabelledRow> table) {
    List<Float> out = new ArrayList<>();
    for (int c = 0; c + 1 < head.size(); c++) {
      float lo = head.get(c).centre();
      float hi = head.get(c + 1).centre();
      List<float[]> covered = new ArrayList<>();
      for (LabelledRow row : table) {
        for (Word w : words(row, head)) {
          if (w.x1() > lo && w.x0() < hi) {
            covered.add(new float[] {Math.max(lo, w.x0()), Math.min(hi, w.x1())});
          }
        }
      }
      covered.sort((a, b) -> Float.compare(a[0], b[0]));
      List<float[]> gutters = new ArrayList<>(); // [width, middle]
      float reach = lo;
      for (float[] span : covered) {
        if (span[0] > reach) {
          gutters.add(new float[] {span[0] - reach, (reach + span[0]) / 2});
        }
        reach = Math.max(reach, span[1]);
      }
      if (hi > reach) {
        gutters.add(new float[] {hi - reach, (reach + hi) / 2});
      }
      gutters.sort((a, b) -> Float.compare(b[0], a[0]));
      // between two headers one boundary; two where an unheaded column stands between them
      int need = c == unheaded ? 2 : 1;
      List<Float> chosen = new ArrayList<>();
      for (int g = 0; g < Math.min(need, gutters.size()); g++) {
        chosen.add(gutters.get(g)[1]);
      }
      while (chosen.size() < need) {
        chosen.add(head.get(c + 1).x0());
      }
      chosen.sort(null);
      out.addAll(chosen);
    }
    float[] bounds = new float[out.size()];
    for (int i = 0; i < bounds.length; i++) {
      bounds[i] = out.get(i);
    }
    return bounds;
  }

  /**
   * A row's words that are printed as words in the table's type: a "word" far larger than the
   * header's type, or far wider than its letters could be (text drawn along a line, a broken
   * font), covers the gutters and is left out.
   */
  private static List<Word> words(LabelledRow row, List<Segment> head) {
    float size = head.get(0).words().get(0).fontSize();
    List<Word> out = new ArrayList<>(row.words().size());
    for (Word w : row.words()) {
      if (w.fontSize() <= OVERSIZE * size && w.width() <= (w.text().length() + 1) * OVERSIZE * size) {
        out.add(w);
      }
    }
    return out;
  }

  private static int column(float[] bounds, float x) {
    int c = 0;
    while (c < bounds.length && x >= bounds[c]) {
      c++;
    }
    return c;
  }

  /** "JH/HD" gives [JH, HD]. */
  private static List<String> owners(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : cell.split("\\s*/\\s*")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** A row's words in runs split at cell gaps. */
  private static List<Segment> segments(List<Word> words) {
    List<Segment> out = new ArrayList<>();
    List<Word> run = new ArrayList<>();
    for (Word w : words) {
      if (!run.isEmpty()) {
        Word previous = run.get(run.size() - 1);
        if (w.x0() - previous.x1() > CELL_GAP * Math.max(previous.fontSize(), w.fontSize())) {
          out.add(new Segment(run));
          run = new ArrayList<>();
        }
      }
      run.add(w);
    }
    if (!run.isEmpty()) {
      out.add(new Segment(run));
    }
    return out;
  }

  /** Words joined by spaces, pieces set touching (a superscript) joined without one. */
  private static String join(List<Word> words) {
    StringBuilder sb = new StringBuilder();
    Word previous = null;
    for (Word w : words) {
      if (previous != null && w.x0() - previous.x1() > TOUCHING) {
        sb.append(' ');
      }
      sb.append(w.text());
      previous = w;
    }
    return sb.toString();
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
