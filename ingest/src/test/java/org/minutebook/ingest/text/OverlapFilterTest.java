package org.minutebook.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OverlapFilterTest {

  /** PDFBox 3's rule as PDFTextStripper.processTextPosition writes it, the reference. */
  private static final class PdfBoxRule {
    private final Map<String, TreeMap<Float, TreeSet<Float>>> kept = new HashMap<>();

    boolean keep(String text, float x, float y, float width) {
      TreeMap<Float, TreeSet<Float>> same = kept.computeIfAbsent(text, k -> new TreeMap<>());
      float tolerance = width / text.length() / 3.0f;
      SortedMap<Float, TreeSet<Float>> xMatches = same.subMap(x - tolerance, x + tolerance);
      for (TreeSet<Float> xMatch : xMatches.values()) {
        if (!xMatch.subSet(y - tolerance, y + tolerance).isEmpty()) {
          return false;
        }
      }
      same.computeIfAbsent(x, k -> new TreeSet<>()).add(y);
      return true;
    }
  }

  @Test
  void dropsTheSameTextDrawnAgainAtNearlyTheSamePlace() {
    OverlapFilter f = new OverlapFilter();
    assertTrue(f.keep("A", 100f, 200f, 6f));
    assertFalse(f.keep("A", 100.5f, 200.3f, 6f), "fake bold: the same letter half a point along");
    assertTrue(f.keep("B", 100.5f, 200.3f, 6f), "another letter at the same place is kept");
    assertTrue(f.keep("A", 103f, 200f, 6f), "a window is a third of the width: 2 points, not 3");
    f.clear();
    assertTrue(f.keep("A", 100.5f, 200.3f, 6f), "each page is compared only with itself");
    assertTrue(f.keep("A", Float.POSITIVE_INFINITY, 0f, Float.POSITIVE_INFINITY), "where PDFBox throws, kept");
  }

  @Test
  void answersAsPdfBoxDoesOnRandomPages() {
    Random random = new Random(13);
    String[] texts = {"e", "a", "t", "ff", "", "W", "e"};
    float[] odd = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0f, 0f, 1e9f, -1e9f};
    int compared = 0;
    for (int page = 0; page < 400; page++) {
      OverlapFilter filter = new OverlapFilter();
      PdfBoxRule rule = new PdfBoxRule();
      int glyphs = 1 + random.nextInt(random.nextBoolean() ? 60 : 3000);
      float[][] drawn = new float[glyphs][];
      for (int i = 0; i < glyphs; i++) {
        String text = texts[random.nextInt(texts.length)];
        float x;
        float y;
        float width;
        if (i > 0 && random.nextInt(4) == 0) {
          // drawn again near an earlier glyph: the case the rule is for
          float[] earlier = drawn[random.nextInt(i)];
          x = earlier[0] + (float) random.nextGaussian() * 1.5f;
          y = earlier[1] + (float) random.nextGaussian() * 1.5f;
          width = earlier[2];
        } else {
          x = random.nextFloat() * 600f;
          y = random.nextFloat() * 800f;
          width = random.nextInt(10) == 0 ? random.nextFloat() * 300f : random.nextFloat() * 8f;
        }
        if (random.nextInt(200) == 0) {
          x = odd[random.nextInt(odd.length)];
        }
        if (random.nextInt(200) == 0) {
          y = odd[random.nextInt(odd.length)];
        }
        if (random.nextInt(200) == 0) {
          width = odd[random.nextInt(odd.length)];
          width = Float.isNaN(width) || width == Float.POSITIVE_INFINITY ? width : Math.abs(width);
        }
        drawn[i] = new float[] {x, y, width};
        boolean expected;
        try {
          expected = rule.keep(text, x, y, width);
        } catch (IllegalArgumentException e) {
          continue; // an infinite position with an infinite width: PDFBox's map refuses the window

        }
        String glyph = "glyph '" + text + "' at " + x + "," + y + " width " + width;
        assertEquals(expected, filter.keep(text, x, y, width), glyph);
        compared++;
      }
    }
    assertTrue(compared > 100_000, "compared " + compared);
  }
}
