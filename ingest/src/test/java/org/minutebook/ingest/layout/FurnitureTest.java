package org.minutebook.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.text.Line;
import org.minutebook.ingest.text.Page;
import org.minutebook.ingest.text.Word;

class FurnitureTest {
  private static final float HEIGHT = 842f;

  /** A line of 10pt words, 6pt a character, at a baseline measured from the top. */
  private static Line line(int page, String text, float baseline) {
    List<Word> words = new ArrayList<>();
    float x = 72;
    for (String w : text.split(" ")) {
      words.add(new Word(w, x, x + 6 * w.length(), baseline - 7, baseline, 10f, false));
      x += 6 * w.length() + 3;
    }
    return new Line(page, words);
  }

  /** A page: the running header, then the given lines, then body text, and the page number. */
  private static Page page(int number, String first, float lastBaseline, String last) {
    List<Line> lines = new ArrayList<>();
    lines.add(line(number, "Kingsholm Parks Panel", 40));
    lines.add(line(number, first, 80));
    for (float y = 94; y < lastBaseline - 10; y += 14) {
      lines.add(line(number, "the minutes run on " + letters(number * 1000 + (int) y), y));
    }
    lines.add(line(number, last, lastBaseline));
    lines.add(line(number, Integer.toString(number), 810));
    return new Page(number, 595, HEIGHT, lines, 1000);
  }

  /** A number spelt in letters, so that lines of text differ by more than their digits. */
  private static String letters(int n) {
    StringBuilder out = new StringBuilder();
    for (int v = n; v > 0; v /= 26) {
      out.append((char) ('a' + v % 26));
    }
    return out.toString();
  }

  /** The texts found to be furniture, page by page. */
  private static List<Set<String>> furniture(List<Page> pages) {
    Map<Integer, Set<Integer>> found = Furniture.find(pages);
    List<Set<String>> out = new ArrayList<>();
    for (Page p : pages) {
      Set<String> texts = new TreeSet<>();
      for (int i : found.get(p.number())) {
        texts.add(p.lines().get(i).text());
      }
      out.add(texts);
    }
    return out;
  }

  @Test
  void aRunningHeaderAndPageNumbersAreFurniture() {
    List<Page> pages = List.of(page(1, "Members asked about the budget.", 760, "and so it went on."),
        page(2, "The Panel heard about the pilot.", 760, "as it did."), page(3, "Officers reported.", 740, "the end."));

    assertEquals(Set.of("Kingsholm Parks Panel", "1"), furniture(pages).get(0));
    assertEquals(Set.of("Kingsholm Parks Panel", "3"), furniture(pages).get(2));
  }

  @Test
  void aDecisionOpeningPagesHereAndThereIsText() {
    // the same words open pages 2 and 4; page 3, with the header, opens with other text
    String decision = "RESOLVED that the report be noted.";
    List<Page> pages = List.of(page(1, "Members asked about the budget.", 760, "x."), page(2, decision, 760, "y."),
        page(3, "The Panel heard about the pilot.", 760, "z."), page(4, decision, 760, "w."));

    assertEquals(Set.of("Kingsholm Parks Panel", "2"), furniture(pages).get(1));
    assertEquals(Set.of("Kingsholm Parks Panel", "4"), furniture(pages).get(3));
  }

  @Test
  void theSameWordsOpeningOnePageAndClosingAnotherAreText() {
    String decision = "It was RESOLVED that the Board endorse the approach.";
    List<Page> pages = List.of(page(1, "Members asked about the budget.", 760, decision),
        page(2, decision, 760, "the end."));

    assertEquals(Set.of("Kingsholm Parks Panel", "1"), furniture(pages).get(0));
    assertEquals(Set.of("Kingsholm Parks Panel", "2"), furniture(pages).get(1));
  }

  @Test
  void aLineEndingTwoPagesAtDifferentHeightsIsText() {
    // an Action entry on a line of its own at the foot of two pages, where their text ran out
    List<Page> pages = List.of(page(1, "Members asked about the budget.", 768, "Officers"),
        page(2, "The Panel heard about the pilot.", 754, "Officers"), page(3, "The end came.", 600, "Chairman"));

    assertEquals(Set.of("Kingsholm Parks Panel", "1"), furniture(pages).get(0));
    assertEquals(Set.of("Kingsholm Parks Panel", "2"), furniture(pages).get(1));
  }

  @Test
  void initialsAtTheFootOfAPageAreNoRomanPageNumber() {
    List<Page> pages = List.of(page(1, "Members asked about the budget.", 768, "CV"),
        page(2, "The Panel heard about the pilot.", 760, "iv"));

    assertEquals(Set.of("Kingsholm Parks Panel", "1"), furniture(pages).get(0));
    assertEquals(Set.of("Kingsholm Parks Panel", "2", "iv"), furniture(pages).get(1));
  }
}
