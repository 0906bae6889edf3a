package org.minutebook.ingest.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minutebook.ingest.label.rules.ItemNumber;
import org.minutebook.ingest.label.rules.Sentences;
import org.minutebook.ingest.text.Line;
import org.minutebook.ingest.text.Page;
import org.minutebook.ingest.text.TextDocument;
import org.minutebook.ingest.text.Word;
import org.minutebook.model.Box;

/**
 * The layout stage: positioned lines become {@link Row}s of the minutes table.
 *
 * <p>Contract: a pure function of the {@link TextDocument}. Removes page furniture, finds the
 * columns from the document itself, splits each line into number, text and Action cells, and
 * marks where paragraphs start. Never throws on odd layouts: a document without a table yields
 * rows with only text cells.
 */
public final class LayoutAnalyzer {

  public Layout analyze(TextDocument document) {
    List<Page> pages = document.pages();
    Map<Integer, java.util.Set<Integer>> furnitureIndex = Furniture.find(pages);
    Map<Integer, List<String>> furniture = new LinkedHashMap<>();
    List<Line> body = new ArrayList<>();
    Map<Line, Page> pageOf = new HashMap<>();
    for (Page page : pages) {
      Set<Integer> skip = furnitureIndex.getOrDefault(page.number(), Set.of());
      List<String> removed = new ArrayList<>();
      for (int i = 0; i < page.lines().size(); i++) {
        Line line = page.lines().get(i);
        if (skip.contains(i)) {
          removed.add(line.text());
        } else {
          body.add(line);
          pageOf.put(line, page);
        }
      }
      furniture.put(page.number(), removed);
    }
    float width = pages.isEmpty() ? 595f : pages.get(0).width();
    boolean paged = document.format() == TextDocument.Format.PDF;
    Columns columns = paged ? Columns.of(body, width) : Columns.textOnly(Columns.textColumn(body));
    Layout layout = layout(pages, body, furniture, columns, paged);
    if (columns.hasActionColumn() && !plausibleActions(layout.rows())) {
      // what fell in the "Action column" is mostly not entries (amounts, dates, words of justified
      // text): there is no such column, only text set wide
      layout = layout(pages, body, furniture, Columns.textOnly(columns.textX()), paged);
    }
    return layout;
  }

  /** Whether most cells read as Action entries (initials, names, "Clerk"), as a real column's do. */
  private static boolean plausibleActions(List<Row> rows) {
    int cells = 0;
    int entries = 0;
    for (Row r : rows) {
      if (r.action() != null) {
        cells++;
        entries += Columns.isEntry(r.action().strip()) ? 1 : 0;
      }
    }
    return cells == 0 || entries * 2 >= cells;
  }

  private Layout layout(List<Page> pages, List<Line> body, Map<Integer, List<String>> furniture, Columns columns, boolean paged) {
    List<Row> rows = new ArrayList<>();
    // the table starts at its first numbered line: the front matter above it is set across the page
    boolean inTable = false;
    List<float[]> numberAt = new ArrayList<>();
    for (Line line : body) {
      inTable |= columns.numbered(line.words());
      Row row = split(line, columns, inTable && columns.inTable(line.words()));
      if (row != null) {
        rows.add(row);
        Word first = line.words().get(0);
        numberAt.add(row.number() == null ? null : new float[] {first.x0(), first.x1()});
      }
    }
    rows = outerNumbersOnly(rows, numberAt);
    // a web page's lines are its blocks: each one is a paragraph of its own
    Set<Integer> scanned = new HashSet<>();
    for (Page p : pages) {
      if (p.ocr()) {
        scanned.add(p.number());
      }
    }
    List<Row> marked = paged ? markParagraphs(rows, scanned) : rows.stream().map(r -> r.withParagraphStart(true)).toList();
    return new Layout(marked, furniture, pages.size(), columns.hasActionColumn());
  }

  /** Splits a line into its number, text and action cells; table says it is a row of the minutes table. */
  static Row split(Line line, Columns columns, boolean table) {
    List<Word> words = line.words();
    int end = words.size();
    if (columns.hasActionColumn()) {
      // on a line of the table a word space before an entry past the column's edge is gap enough
      // when the table's text stays in its column: only the gutter, however narrow, separates the
      // cells. Other lines, words that read as text, and tables whose text runs on under the
      // Action header need the wider gap of a cell of their own.
      for (int i = 0; i < words.size(); i++) {
        float x0 = words.get(i).x0();
        boolean entry = table && columns.bounded() && x0 >= columns.tableEdge() && Columns.isEntry(join(words.subList(i, words.size())));
        if (!entry && x0 < columns.actionX()) {
          continue;
        }
        if (Columns.separated(words, i, entry ? Columns.WORD_GAP : Columns.CELL_GAP)) {
          end = i;
          break;
        }
      }
    }
    int start = 0;
    String number = null;
    Word first = words.get(0);
    if (end > 0 && ItemNumber.isCell(first.text()) && first.x0() < columns.textX() - 4f
        && (end == 1 || words.get(1).x0() >= columns.textX() - 3f || Columns.separated(words, 1))) {
      number = first.text();
      start = 1;
    }
    List<Word> text = words.subList(start, end);
    List<Word> action = words.subList(end, words.size());
    float size = line.fontSize();
    float top = line.top();
    float bottom = line.baseline() + Row.DESCENT * size;
    Box box = text.isEmpty() ? null : box(line.page(), text, top, bottom);
    Box actionBox = action.isEmpty() ? null : box(line.page(), action, top, bottom);
    int bold = 0;
    int letters = 0;
    for (Word w : text) {
      int n = w.text().length();
      letters += n;
      bold += w.bold() ? n : 0;
    }
    return new Row(
        line.page(),
        top,
        bottom,
        number,
        join(text),
        action.isEmpty() ? null : join(action),
        letters > 0 && bold * 2 > letters,
        number != null,
        text.isEmpty() ? 0 : text.get(0).x0() - columns.textX(),
        size,
        box,
        actionBox,
        words);
  }

  /** How far apart two number cells' edges may be and still share a column, in points. */
  private static final float SAME_COLUMN = 3f;

  /**
   * Minutes that number their items at the margin and the paragraphs inside them further in ("84."
   * then "1)", "2)" at the text's edge) have two columns of numbers; only the outer one numbers
   * items. Numbers not aligned with it (by left or right edge: numbers may be set flush right)
   * become the start of their line's text. Nothing changes when all numbers share one column.
   */
  static List<Row> outerNumbersOnly(List<Row> rows, List<float[]> numberAt) {
    float left = Float.MAX_VALUE;
    for (float[] at : numberAt) {
      if (at != null && sharing(numberAt, at[0]) >= 2) {
        left = Math.min(left, at[0]);
      }
    }
    if (left == Float.MAX_VALUE) {
      return rows;
    }
    Set<Integer> rights = new HashSet<>();
    for (float[] at : numberAt) {
      if (at != null && Math.abs(at[0] - left) <= SAME_COLUMN) {
        rights.add(Math.round(at[1]));
      }
    }
    List<Row> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      float[] at = numberAt.get(i);
      boolean outer = at == null || Math.abs(at[0] - left) <= SAME_COLUMN
          || rights.stream().anyMatch(r -> Math.abs(r - at[1]) <= SAME_COLUMN);
      out.add(outer ? rows.get(i) : rows.get(i).withNumberAsText());
    }
    return out;
  }

  /** How many number cells start within a column's width of x. */
  private static int sharing(List<float[]> numberAt, float x) {
    int n = 0;
    for (float[] at : numberAt) {
      n += at != null && Math.abs(at[0] - x) <= SAME_COLUMN ? 1 : 0;
    }
    return n;
  }

  /**
   * Marks paragraph starts: a gap above larger than the usual line pitch, a change of font size, a
   * line after one that finished its sentence well short of the column's right edge (where the
   * next word would have fitted), or on a new page, a line after one that finished its sentence.
   */
  static List<Row> markParagraphs(List<Row> rows) {
    return markParagraphs(rows, Set.of());
  }

  /**
   * {@link #markParagraphs(List)}; on the scanned pages (read by OCR) a bold line opening with a
   * number after a line that is not bold starts a paragraph too: an item's heading set flush
   * under the last item's text. On a scan the gap above is measured from OCR's boxes and is too
   * coarse to show it, while the weight of the type (OCR's stroke width) does; on a text layer
   * the writer's own line pitch is exact, and a bold numbered line flush under text there is as
   * often an entry of a list (of contracts, of grants) as an item.
   */
  static List<Row> markParagraphs(List<Row> rows, Set<Integer> scanned) {
    float leading = typicalLeading(rows);
    float right = rightEdge(rows);
    List<Row> out = new ArrayList<>(rows.size());
    Row previous = null;
    for (Row row : rows) {
      boolean start = row.paragraphStart();
      if (!row.hasText()) {
        out.add(row);
        continue;
      }
      if (previous == null) {
        start = true;
      } else if (previous.page() != row.page()) {
        start = start || Sentences.finished(previous.text()) && !startsLower(row.text());
      } else {
        // baselines, not tops: within a paragraph they step by exactly the leading, whatever the
        // glyphs, so any visible extra space (a fifth of the font size) marks a new paragraph
        float step = row.baseline() - previous.baseline();
        float size = Math.max(row.fontSize(), previous.fontSize());
        start = start || step > leading * size + Math.max(1.2f, 0.18f * size)
            || Math.abs(row.fontSize() - previous.fontSize()) > 1.5f || endedShort(previous, row, right)
            || scanned.contains(row.page()) && row.bold() && !previous.bold() && (row.number() != null || startsWithDigit(row.text()));
      }
      out.add(row.withParagraphStart(start));
      previous = row;
    }
    return out;
  }

  private static boolean startsWithDigit(String text) {
    return !text.isEmpty() && Character.isDigit(text.charAt(0));
  }

  /**
   * The most common baseline-to-baseline step between consecutive lines of a page, as a share of
   * their font size: larger type (a heading) is set with proportionally larger steps.
   */
  private static float typicalLeading(List<Row> rows) {
    Map<Integer, Integer> counts = new HashMap<>();
    Row previous = null;
    for (Row row : rows) {
      if (!row.hasText()) {
        continue;
      }
      if (previous != null && previous.page() == row.page() && row.fontSize() > 0) {
        int step = Math.round((row.baseline() - previous.baseline()) / Math.max(row.fontSize(), previous.fontSize()) * 50);
        if (step > 0) {
          counts.merge(step, 1, Integer::sum);
        }
      }
      previous = row;
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 50f).orElse(1.2f);
  }

  /**
   * The right edge of the text column: the edge that one line in ten of the text column reaches.
   * Lines of wrapped text end close to it; a paragraph's last line usually well before it.
   */
  private static float rightEdge(List<Row> rows) {
    List<Float> edges = new ArrayList<>();
    for (Row row : rows) {
      if (row.box() != null && Math.abs(row.indent()) < 1f) {
        edges.add(row.box().x() + row.box().width());
      }
    }
    if (edges.size() < 10) {
      return Float.NaN;
    }
    edges.sort(null);
    return edges.get(edges.size() - 1 - edges.size() / 10);
  }

  /**
   * Whether previous ended its paragraph on purpose: it finished a sentence, and the room left on
   * it was clearly wider than the first word of row, which a wrapping line would have taken. Word
   * widths are estimated from the row's average character width, generously, so that only lines
   * that stop clearly short count. Both lines must start at the text column.
   */
  private static boolean endedShort(Row previous, Row row, float right) {
    if (Float.isNaN(right) || previous.box() == null || row.box() == null || !Sentences.finished(previous.text())
        || Math.abs(previous.indent()) >= 1f || Math.abs(row.indent()) >= 1f || startsLower(row.text())) {
      return false;
    }
    String text = row.text().strip();
    int space = text.indexOf(' ');
    int firstWord = space < 0 ? text.length() : space;
    float perChar = row.box().width() / Math.max(1, text.length());
    float room = right - (previous.box().x() + previous.box().width());
    return room > (firstWord + 1) * perChar * 1.6f + row.fontSize();
  }

  private static boolean startsLower(String text) {
    return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
  }

  private static Box box(int page, List<Word> words, float top, float bottom) {
    float x0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    for (Word w : words) {
      x0 = Math.min(x0, w.x0());
      x1 = Math.max(x1, w.x1());
    }
    return new Box(page, x0, top, Math.max(0, x1 - x0), Math.max(0, bottom - top));
  }

  private static String join(List<Word> words) {
    StringBuilder sb = new StringBuilder();
    for (Word w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.text());
    }
    return sb.toString();
  }
}
