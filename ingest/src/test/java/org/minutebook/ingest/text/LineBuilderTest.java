package org.minutebook.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineBuilderTest {
  private static final float ADVANCE = 6f;
  private static final float SIZE = 10f;
  private static final float SPACE = 3f;

  /** The string as glyphs with a fixed advance; a space draws no glyph but leaves a gap. */
  private static List<Glyph> glyphs(String s, float x, float baseline) {
    return glyphs(s, x, baseline, false);
  }

  private static List<Glyph> glyphs(String s, float x, float baseline, boolean bold) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ') {
        out.add(new Glyph(String.valueOf(c), x + i * ADVANCE, baseline, ADVANCE, 0.7f * SIZE, SIZE, SPACE, bold));
      }
    }
    return out;
  }

  private static List<String> texts(List<Line> lines) {
    List<String> out = new ArrayList<>();
    for (Line l : lines) {
      out.add(l.text());
    }
    return out;
  }

  private static List<String> words(Line line) {
    List<String> out = new ArrayList<>();
    for (Word w : line.words()) {
      out.add(w.text());
    }
    return out;
  }

  @Test
  void aWordReadByOcrIsAsSureAsItsLeastSureGlyphAndATextLayersWordIsNotOcr() {
    List<Glyph> glyphs = new ArrayList<>();
    float[] confidence = {91, 62, 88};
    String word = "Ayr";
    for (int i = 0; i < word.length(); i++) {
      glyphs.add(new Glyph(String.valueOf(word.charAt(i)), 100 + i * ADVANCE, 100, ADVANCE, 7, SIZE, SPACE, false, confidence[i]));
    }
    glyphs.addAll(glyphs("text", 200, 100));
    List<Word> words = LineBuilder.build(1, glyphs).get(0).words();
    assertEquals(62, words.get(0).confidence(), 0.001f);
    assertTrue(words.get(0).ocr());
    assertFalse(words.get(1).ocr(), "a text layer's word");
  }

  @Test
  void wordGapsSmallerThanAReportedSpaceTwiceTooWideStillSplitWords() {
    // a writer that reports a space of 4pt over letters 4pt wide whose word gaps are 1.8pt
    List<Glyph> glyphs = new ArrayList<>();
    float x = 100;
    for (String word : new String[] {"Westfield", "Farm", "Cottage"}) {
      for (char c : word.toCharArray()) {
        glyphs.add(new Glyph(String.valueOf(c), x, 100, 4f, 5.6f, 16f, 4.07f, false));
        x += 4f;
      }
      x += 1.8f;
    }

    List<Line> lines = LineBuilder.build(1, glyphs);

    assertEquals(List.of("Westfield", "Farm", "Cottage"), words(lines.get(0)));
  }

  @Test
  void aLetterSpacedLineSplitsOnlyAtItsWiderGaps() {
    // a running header set "S o u l d e r n  P a r i s h": every letter 3pt apart, words 8pt apart
    List<Glyph> glyphs = new ArrayList<>();
    float x = 100;
    for (String word : new String[] {"Souldern", "Parish", "Council"}) {
      for (char c : word.toCharArray()) {
        glyphs.add(new Glyph(String.valueOf(c), x, 100, 5f, 7f, 23f, 5.6f, false));
        x += 8f;
      }
      x += 5.5f;
    }

    List<Line> lines = LineBuilder.build(1, glyphs);

    assertEquals(List.of("Souldern", "Parish", "Council"), words(lines.get(0)));
  }

  @Test
  void secondLineDrawnFirstStillReadsTopToBottom() {
    List<Glyph> glyphs = new ArrayList<>(glyphs("held on Tuesday", 100, 114));
    glyphs.addAll(glyphs("Minutes of the meeting", 100, 100));

    List<Line> lines = LineBuilder.build(3, glyphs);

    assertEquals(List.of("Minutes of the meeting", "held on Tuesday"), texts(lines));
    assertEquals(3, lines.get(0).page());
  }

  @Test
  void glyphsDrawnRightToLeftReadLeftToRight() {
    List<Glyph> glyphs = new ArrayList<>(glyphs("Minutes of the meeting", 100, 100));
    Collections.reverse(glyphs);

    List<Line> lines = LineBuilder.build(1, glyphs);

    assertEquals(1, lines.size());
    assertEquals(List.of("Minutes", "of", "the", "meeting"), words(lines.get(0)));
  }

  @Test
  void shuffledGlyphsGiveOrderedLinesAndWords() {
    List<Glyph> base = new ArrayList<>(glyphs("Minutes of the meeting", 100, 100));
    base.addAll(glyphs("held on Tuesday 21 June", 100, 114));
    base.addAll(glyphs("at the Civic Centre", 100, 128));
    for (long seed = 1; seed <= 20; seed++) {
      List<Glyph> shuffled = new ArrayList<>(base);
      Collections.shuffle(shuffled, new Random(seed));

      List<Line> lines = LineBuilder.build(1, shuffled);

      assertEquals(
          List.of("Minutes of the meeting", "held on Tuesday 21 June", "at the Civic Centre"), texts(lines), "seed " + seed);
      for (Line line : lines) {
        for (int i = 1; i < line.words().size(); i++) {
          assertTrue(line.words().get(i - 1).x1() <= line.words().get(i).x0(), "words overlap, seed " + seed);
        }
      }
    }
  }

  @Test
  void glyphDrawnTwiceAtSamePlaceAppearsOnce() {
    List<Glyph> glyphs = new ArrayList<>(glyphs("Bold", 100, 100, true));
    glyphs.addAll(glyphs("Bold", 100, 100, true));

    List<Line> lines = LineBuilder.build(1, glyphs);

    assertEquals(1, lines.size());
    assertEquals(List.of("Bold"), words(lines.get(0)));
    assertTrue(lines.get(0).words().get(0).bold());
  }

  @Test
  void fakeBoldOffsetByAFractionOfAPointAppearsOnce() {
    List<Glyph> glyphs = new ArrayList<>(glyphs("RESOLVED", 100, 100));
    glyphs.addAll(glyphs("RESOLVED", 100.3f, 100));

    List<Line> lines = LineBuilder.build(1, glyphs);

    assertEquals(List.of("RESOLVED"), texts(lines));
  }

  @Test
  void repeatedLetterInAWordIsNotADuplicate() {
    List<Line> lines = LineBuilder.build(1, glyphs("Committee", 100, 100));

    assertEquals(List.of("Committee"), texts(lines));
  }

  @Test
  void superscriptStaysOnItsLine() {
    List<Glyph> glyphs = new ArrayList<>(glyphs("Minutes of the meeting", 100, 86));
    glyphs.addAll(glyphs("held on 21", 100, 100));
    float supSize = 6f;
    float supBaseline = 100 - 0.33f * SIZE;
    float x = 100 + 10 * ADVANCE;
    glyphs.add(new Glyph("s", x, supBaseline, 3.6f, 0.7f * supSize, supSize, 1.8f, false));
    glyphs.add(new Glyph("t", x + 3.6f, supBaseline, 3.6f, 0.7f * supSize, supSize, 1.8f, false));
    glyphs.addAll(glyphs("June 2018", x + 7.2f + ADVANCE, 100));

    List<Line> lines = LineBuilder.build(1, glyphs);

    assertEquals(List.of("Minutes of the meeting", "held on 21st June 2018"), texts(lines));
    assertEquals(100f, lines.get(1).baseline(), 0.01f);
  }

  @Test
  void bigGapSplitsWords() {
    List<Glyph> glyphs = new ArrayList<>(glyphs("Noted", 100, 100));
    glyphs.addAll(glyphs("RV", 500, 100));

    List<Line> lines = LineBuilder.build(1, glyphs);

    assertEquals(1, lines.size());
    assertEquals(List.of("Noted", "RV"), words(lines.get(0)));
    assertEquals(500f, lines.get(0).words().get(1).x0(), 0.01f);
    assertEquals(130f, lines.get(0).words().get(0).x1(), 0.01f);
  }

  @Test
  void spaceSizedGapWithoutSpaceGlyphSplitsWords() {
    List<Glyph> glyphs = new ArrayList<>(glyphs("Item", 100, 100));
    glyphs.addAll(glyphs("text", 100 + 4 * ADVANCE + SPACE, 100));

    List<Line> lines = LineBuilder.build(1, glyphs);

    assertEquals(List.of("Item", "text"), words(lines.get(0)));
  }

  @Test
  void kerningGapDoesNotSplitAWord() {
    List<Glyph> glyphs = new ArrayList<>(glyphs("Ite", 100, 100));
    glyphs.addAll(glyphs("m", 100 + 3 * ADVANCE + 0.5f, 100));

    List<Line> lines = LineBuilder.build(1, glyphs);

    assertEquals(List.of("Item"), words(lines.get(0)));
  }

  @Test
  void spaceGlyphSplitsWordsEvenWithoutAGap() {
    List<Glyph> glyphs = new ArrayList<>();
    glyphs.add(new Glyph("a", 100, 100, ADVANCE, 7, SIZE, SPACE, false));
    glyphs.add(new Glyph(" ", 106, 100, 0, 7, SIZE, SPACE, false));
    glyphs.add(new Glyph("b", 106, 100, ADVANCE, 7, SIZE, SPACE, false));

    List<Line> lines = LineBuilder.build(1, glyphs);

    assertEquals(List.of("a", "b"), words(lines.get(0)));
  }

  @Test
  void noGlyphsGiveNoLines() {
    assertTrue(LineBuilder.build(1, List.of()).isEmpty());
  }

  @Test
  void aSpaceDrawnFlushBetweenAnInitialCapitalAndItsWordDoesNotSplitIt() {
    List<Glyph> glyphs = new ArrayList<>();
    glyphs.add(new Glyph("A", 100, 100, ADVANCE, 7, SIZE, SPACE, true));
    glyphs.add(new Glyph(" ", 106, 100, 0, 7, SIZE, SPACE, true));
    glyphs.add(new Glyph("p", 106, 100, ADVANCE, 7, SIZE, SPACE, true));
    glyphs.add(new Glyph("x", 112, 100, ADVANCE, 7, SIZE, SPACE, true));

    assertEquals(List.of("Apx"), words(LineBuilder.build(1, glyphs).get(0)));
  }
}
