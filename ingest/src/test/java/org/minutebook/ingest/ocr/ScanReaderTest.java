package org.minutebook.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.ocr.OcrEngine.Line;
import org.minutebook.ingest.ocr.OcrEngine.Word;
import org.minutebook.ingest.text.Page;

class ScanReaderTest {
  private static final String TSV = String.join("\n",
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
      "1\t1\t0\t0\t0\t0\t0\t0\t2481\t3508\t-1\t",
      "4\t1\t1\t1\t1\t0\t261\t152\t600\t46\t-1\t",
      "5\t1\t1\t1\t1\t1\t261\t154\t32\t34\t92.99\tA",
      "5\t1\t1\t1\t1\t2\t308\t152\t171\t46\t93.5\tmeeting",
      "5\t1\t1\t1\t1\t3\t498\t152\t40\t36\t-1\t ",
      "5\t1\t1\t1\t1\t4\t552\t152\t67\t37\t96.29\tthe",
      "4\t1\t1\t1\t2\t0\t261\t252\t300\t40\t-1\t",
      "5\t1\t1\t1\t2\t1\t261\t252\t120\t36\t88\tHeld");

  @Test
  void tesseractsTsvGivesLinesOfWordsWithBoxesAndConfidences() {
    List<Line> lines = Tesseract.parse(TSV);
    assertEquals(2, lines.size());
    assertEquals(List.of("A", "meeting", "the"), lines.get(0).words().stream().map(Word::text).toList(), "empty words are left out");
    Word meeting = lines.get(0).words().get(1);
    assertEquals(308, meeting.left());
    assertEquals(46, meeting.height());
    assertEquals(93.5f, meeting.confidence());
    assertEquals(152, lines.get(0).top());
  }

  @Test
  void wordsBecomeALineOnOneBaselineWithTheirGapsAndConfidence() {
    List<Line> lines = Tesseract.parse(TSV);
    byte[] white = new byte[2481 * 3508];
    Arrays.fill(white, (byte) 255);
    Page page = ScanReader.page(1, lines, 300, 2481, 3508, white);
    assertEquals(2, page.lines().size());
    List<org.minutebook.ingest.text.Word> words = page.lines().get(0).words();
    assertEquals(List.of("A", "meeting", "the"), words.stream().map(org.minutebook.ingest.text.Word::text).toList());
    // "meeting" has a descender: its bottom is lower, yet the line has one baseline, at the others' bottoms
    assertEquals(188 * 72f / 300, page.lines().get(0).baseline(), 0.5f);
    assertEquals(308 * 72f / 300, words.get(1).x0(), 0.01f);
    assertTrue(page.ocr());
    assertEquals(4, page.ocrWords());
    assertEquals((92.99f + 93.5f + 96.29f + 88f) / 4, page.ocrConfidence(), 0.01f);
    assertEquals(page.lines().get(0).words().get(0).fontSize(), page.lines().get(1).words().get(0).fontSize(), 0.01f,
        "lines of about the same size take the page's usual size");
  }

  @Test
  void wordsWhoseBoxesOverlapKeepTheirLettersApart() {
    // a level-turned line where "the" starts 6 px before "concerning" ends
    List<OcrEngine.Word> words = List.of(new OcrEngine.Word("concerning", 300, 150, 300, 40, 95),
        new OcrEngine.Word("the", 594, 150, 90, 40, 96));
    byte[] white = new byte[2481 * 3508];
    Arrays.fill(white, (byte) 255);
    Page page = ScanReader.page(1, List.of(new OcrEngine.Line(words, 300, 150, 384, 40)), 300, 2481, 3508, white);
    assertEquals("concerning the", page.lines().get(0).text());
  }

  @Test
  void thickStrokesReadAsBold() {
    int width = 400;
    int height = 100;
    byte[] image = new byte[width * height];
    Arrays.fill(image, (byte) 255);
    // a regular word: strokes 2 px wide; a bold one: 5 px
    paintStrokes(image, width, 10, 10, 100, 40, 2);
    paintStrokes(image, width, 200, 10, 100, 40, 5);
    paintStrokes(image, width, 10, 60, 100, 30, 2);
    List<Line> lines = List.of(
        new Line(List.of(new OcrEngine.Word("Regular", 10, 10, 100, 40, 90), new OcrEngine.Word("Bold", 200, 10, 100, 40, 90)), 10, 10, 290, 40),
        new Line(List.of(new OcrEngine.Word("plain", 10, 60, 100, 30, 90)), 10, 60, 100, 30));
    Page page = ScanReader.page(1, lines, 300, width, height, image);
    List<org.minutebook.ingest.text.Word> first = page.lines().get(0).words();
    assertFalse(first.get(0).bold());
    assertTrue(first.get(1).bold());
    assertFalse(page.lines().get(1).words().get(0).bold());
  }

  @Test
  void aSkewedPageIsTurnedLevelSoItsLinesDoNotInterleave() {
    // four lines of five words on a page turned by about 1 degree: each climbs 35 px over 2000 px
    List<Line> lines = new java.util.ArrayList<>();
    for (int l = 0; l < 4; l++) {
      List<OcrEngine.Word> words = new java.util.ArrayList<>();
      for (int i = 0; i < 5; i++) {
        int left = 200 + i * 400;
        int top = 1000 + l * 50 - (int) Math.round(left * 0.0175);
        words.add(new OcrEngine.Word("Word" + l + i, left, top, 300, 36, 90));
      }
      lines.add(new Line(words, 200, 1000 + l * 50 - 35, 1900, 71));
    }
    List<Line> level = ScanReader.deskewed(lines, 2481, 3508);
    for (Line line : level) {
      int first = line.words().get(0).top();
      for (OcrEngine.Word w : line.words()) {
        assertEquals(first, w.top(), 2, "level after turning: " + w);
      }
    }
    byte[] white = new byte[2481 * 3508];
    Arrays.fill(white, (byte) 255);
    Page page = ScanReader.page(1, lines, 300, 2481, 3508, white);
    assertEquals(4, page.lines().size(), "four lines, not fewer of interleaved words");
    assertEquals(List.of("Word00", "Word01", "Word02", "Word03", "Word04"),
        page.lines().get(0).words().stream().map(org.minutebook.ingest.text.Word::text).toList());
  }

  @Test
  void aBulletReadAsAMarkOrALetterSetApartBecomesABullet() {
    byte[] white = new byte[2481 * 3508];
    Arrays.fill(white, (byte) 255);
    List<Line> lines = List.of(
        new Line(List.of(new OcrEngine.Word("\u00a9", 261, 100, 20, 20, 60), new OcrEngine.Word("In", 320, 90, 40, 36, 95),
            new OcrEngine.Word("2017", 380, 90, 90, 36, 95)), 261, 90, 209, 36),
        new Line(List.of(new OcrEngine.Word("e", 261, 210, 20, 20, 70), new OcrEngine.Word("Updates", 340, 200, 160, 36, 95)), 261, 200, 239, 36),
        new Line(List.of(new OcrEngine.Word("e", 261, 310, 20, 20, 70), new OcrEngine.Word("mail", 290, 300, 80, 36, 95)), 261, 300, 109, 36));
    Page page = ScanReader.page(1, lines, 300, 2481, 3508, white);
    assertEquals("\u2022 In 2017", page.lines().get(0).text());
    assertEquals("\u2022 Updates", page.lines().get(1).text());
    assertEquals("e mail", page.lines().get(2).text(), "a letter a space from the next word is a word");
  }

  @Test
  void specksReadAsShortWordsWithLittleConfidenceAreLeftOut() {
    List<Line> lines = List.of(new Line(List.of(new OcrEngine.Word("ae", 10, 10, 20, 30, 21),
        new OcrEngine.Word("Apologies", 40, 10, 200, 30, 91), new OcrEngine.Word("of", 250, 10, 30, 30, 30),
        new OcrEngine.Word("10\"", 300, 10, 30, 30, 28), new OcrEngine.Word("~~", 340, 10, 30, 30, 8)), 10, 10, 370, 30));
    assertEquals(List.of("Apologies", "10\""), ScanReader.withoutSpecks(lines).get(0).words().stream().map(OcrEngine.Word::text).toList(),
        "a number read with little confidence (a day with its superscript) is kept");
  }

  @Test
  void specksAreFilteredOutAndStrokesKept() {
    int width = 200;
    int height = 100;
    byte[] clean = new byte[width * height];
    Arrays.fill(clean, (byte) 255);
    paintStrokes(clean, width, 20, 20, 150, 40, 4);
    assertEquals(0, ScanReader.despeckled(clean, width, height)[40 * width + 21], "a clean page's strokes stay");
    byte[] specked = clean.clone();
    java.util.Random random = new java.util.Random(14);
    for (int i = 0; i < 600; i++) {
      specked[width * (1 + random.nextInt(height - 2)) + 1 + random.nextInt(width - 2)] = 0;
    }
    byte[] cleaned = ScanReader.despeckled(specked, width, height);
    int left = 0;
    for (int y = 1; y < height - 1; y++) {
      for (int x = 1; x < width - 1; x++) {
        boolean stroke = clean[y * width + x] == 0;
        if (!stroke && cleaned[y * width + x] == 0) {
          left++;
        }
      }
    }
    assertTrue(left < 30, "specks left: " + left);
    assertEquals(0, cleaned[40 * width + 21], "a 4-pixel stroke survives");
  }

  private static void paintStrokes(byte[] image, int width, int left, int top, int w, int h, int stroke) {
    for (int y = top; y < top + h; y++) {
      for (int x = left; x < left + w; x += 10) {
        for (int s = 0; s < stroke; s++) {
          image[y * width + x + s] = 0;
        }
      }
    }
  }

  /** An engine that reads a sideways page as words standing on end, and the page turned upright as a line of words. */
  private static final class SidewaysEngine implements OcrEngine {
    final List<String> asked = new java.util.ArrayList<>();

    @Override
    public boolean available() {
      return true;
    }

    @Override
    public String unavailable() {
      return null;
    }

    @Override
    public List<Line> words(byte[] grey, int width, int height, int dpi) {
      asked.add("words " + width + "x" + height);
      if (width < height) {
        List<Word> standing = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
          standing.add(new Word("Minutes", 50, 100 + 200 * i, 30, 150, 90));
        }
        return List.of(new Line(standing, 50, 100, 30, 1200));
      }
      return List.of(new Line(List.of(new Word("Minutes", 100, 50, 150, 30, 95), new Word("of", 270, 50, 40, 30, 95),
          new Word("the", 330, 50, 60, 30, 95), new Word("meeting", 410, 50, 150, 30, 95)), 100, 50, 460, 30));
    }

    @Override
    public int orientation(byte[] grey, int width, int height, int dpi) {
      asked.add("orientation");
      return 90;
    }

    @Override
    public int parallelism() {
      return 1;
    }
  }

  @Test
  void aPageScannedSidewaysIsTurnedUprightAndReadAgain() throws Exception {
    SidewaysEngine engine = new SidewaysEngine();
    byte[] grey = new byte[400 * 1400];
    Arrays.fill(grey, (byte) 255);
    Page page = new ScanReader(engine).upright(1, grey, 400, 1400, 300);
    assertEquals(List.of("words 400x1400", "orientation", "words 1400x400"), engine.asked);
    assertEquals("Minutes of the meeting", page.lines().get(0).text());
    assertEquals(1400 * 72f / 300, page.width(), 0.01f, "the page is as wide as the turned image");
  }

  @Test
  void aPageThatReadsWellIsNotTurned() throws Exception {
    SidewaysEngine engine = new SidewaysEngine();
    byte[] grey = new byte[1400 * 400];
    Arrays.fill(grey, (byte) 255);
    new ScanReader(engine).upright(1, grey, 1400, 400, 300);
    assertEquals(List.of("words 1400x400"), engine.asked);
  }

  @Test
  void tesseractsOrientationReport() {
    assertEquals(270, Tesseract.orientation("Page number: 0\nOrientation in degrees: 90\nRotate: 270\nOrientation confidence: 13.05\n"));
    assertEquals(0, Tesseract.orientation("Page number: 0\nRotate: 0\n"));
    assertEquals(0, Tesseract.orientation(""));
  }
}
