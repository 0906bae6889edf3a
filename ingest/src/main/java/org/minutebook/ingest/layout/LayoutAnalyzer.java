package org.minutebook.ingest.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
  /** An item number in its own cell: "1", "16a", "186b", "84.", "14/037", "2.1". */
  static final Pattern NUMBER_CELL = Pattern.compile("\\(?(\\d{1,4}[a-z]?|\\d{1,3}/\\d{1,4}|\\d{1,3}\\.\\d{1,2})[.):]?");

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
    Columns columns = paged ? Columns.of(body, width) : new Columns(Columns.of(body, width).textX(), Float.NaN);
    List<Row> rows = new ArrayList<>();
    for (Line line : body) {
      Row row = split(line, columns);
      if (row != null) {
        rows.add(row);
      }
    }
    // a web page's lines are its blocks: each one is a paragraph of its own
    List<Row> marked = paged ? markParagraphs(rows) : rows.stream().map(r -> r.withParagraphStart(true)).toList();
    return new Layout(marked, furniture, pages.size(), columns.hasActionColumn());
  }

  /** Splits a line into its number, text and action cells. */
  static Row split(Line line, Columns columns) {
    List<Word> words = line.words();
    int end = words.size();
    if (columns.hasActionColumn()) {
      for (int i = 0; i < words.size(); i++) {
        if (words.get(i).x0() >= columns.actionX() && Columns.separated(words, i)) {
          end = i;
          break;
        }
      }
    }
    int start = 0;
    String number = null;
    Word first = words.get(0);
    if (end > 0 && NUMBER_CELL.matcher(first.text()).matches() && first.x0() < columns.textX() - 4f
        && (end == 1 || words.get(1).x0() >= columns.textX() - 3f || Columns.separated(words, 1))) {
      number = first.text();
      start = 1;
    }
    List<Word> text = words.subList(start, end);
    List<Word> action = words.subList(end, words.size());
    float size = line.fontSize();
    float top = line.top();
    float bottom = line.baseline() + 0.25f * size;
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
        actionBox);
  }

  /**
   * Marks paragraph starts: a gap above clearly larger than the usual line pitch, or on a new
   * page, a line after one that finished its sentence.
   */
  static List<Row> markParagraphs(List<Row> rows) {
    float pitch = typicalPitch(rows);
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
        start = start || finished(previous.text()) && !startsLower(row.text());
      } else {
        float step = row.top() - previous.top();
        start = start || step > pitch * 1.3f || Math.abs(row.fontSize() - previous.fontSize()) > 1.5f;
      }
      out.add(row.withParagraphStart(start));
      previous = row;
    }
    return out;
  }

  private static float typicalPitch(List<Row> rows) {
    Map<Integer, Integer> counts = new HashMap<>();
    Row previous = null;
    for (Row row : rows) {
      if (!row.hasText()) {
        continue;
      }
      if (previous != null && previous.page() == row.page()) {
        int step = Math.round((row.top() - previous.top()) * 2);
        if (step > 0) {
          counts.merge(step, 1, Integer::sum);
        }
      }
      previous = row;
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(14f);
  }

  private static boolean finished(String text) {
    String t = text.strip();
    return t.isEmpty() || ".:;!?".indexOf(t.charAt(t.length() - 1)) >= 0 || t.endsWith(".’") || t.endsWith(".'");
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
