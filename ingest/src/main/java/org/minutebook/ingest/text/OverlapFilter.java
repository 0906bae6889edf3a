package org.minutebook.ingest.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Drops a glyph drawn again over itself (fake bold, shadows, text repeated by the writer): the
 * same character within a third of its width, in x and y, of one already kept on the page. The
 * rule is PDFBox's {@code suppressDuplicateOverlappingText}, with the same bounds (from inclusive,
 * to exclusive); PDFBox keeps sorted maps per character and walks their sub-ranges for every
 * glyph, which a profile of our batches found at a tenth of text extraction. Here the kept
 * glyphs are filed in a hash grid, so a glyph looks at a few cells around it. One per page.
 */
final class OverlapFilter {
  /** Grid cell in points: about the tolerance of body text, so a glyph looks at 2-3 cells each way. */
  private static final float CELL = 2f;
  /** Beyond this many cells (a huge glyph) the character's kept glyphs are scanned instead. */
  private static final int MAX_CELLS = 64;

  /** Kept glyphs by character, then by grid cell: x and y pairs. */
  private final Map<String, Map<Long, float[]>> kept = new HashMap<>();
  /** Every kept glyph by character, for the scan of a huge glyph's neighbourhood. */
  private final Map<String, float[]> all = new HashMap<>();

  /** Forgets the page's glyphs. */
  void clear() {
    kept.clear();
    all.clear();
  }

  /**
   * Whether the glyph repeats one kept before; if not, it is kept.
   *
   * @param width the glyph's width (PDFBox's TextPosition.getWidth)
   */
  boolean repeats(String text, float x, float y, float width) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    float tolerance = width / text.length() / 3.0f;
    if (tolerance > 0 && seen(text, x, y, tolerance)) {
      return true;
    }
    long cell = cell(cellOf(x), cellOf(y));
    kept.computeIfAbsent(text, t -> new HashMap<>()).compute(cell, (k, v) -> append(v, x, y));
    all.compute(text, (k, v) -> append(v, x, y));
    return false;
  }

  private boolean seen(String text, float x, float y, float tolerance) {
    float xFrom = x - tolerance;
    float xTo = x + tolerance;
    float yFrom = y - tolerance;
    float yTo = y + tolerance;
    Map<Long, float[]> cells = kept.get(text);
    if (cells == null) {
      return false;
    }
    int cx0 = cellOf(xFrom);
    int cx1 = cellOf(xTo);
    int cy0 = cellOf(yFrom);
    int cy1 = cellOf(yTo);
    if ((long) (cx1 - cx0 + 1) * (cy1 - cy0 + 1) > MAX_CELLS) {
      return within(all.get(text), xFrom, xTo, yFrom, yTo);
    }
    for (int cx = cx0; cx <= cx1; cx++) {
      for (int cy = cy0; cy <= cy1; cy++) {
        if (within(cells.get(cell(cx, cy)), xFrom, xTo, yFrom, yTo)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean within(float[] points, float xFrom, float xTo, float yFrom, float yTo) {
    if (points == null) {
      return false;
    }
    int n = (int) points[0];
    for (int i = 0; i < n; i++) {
      float px = points[1 + 2 * i];
      float py = points[2 + 2 * i];
      if (px >= xFrom && px < xTo && py >= yFrom && py < yTo) {
        return true;
      }
    }
    return false;
  }

  /** points[0] is the count; pairs follow. */
  private static float[] append(float[] points, float x, float y) {
    if (points == null) {
      points = new float[1 + 2 * 4];
    }
    int n = (int) points[0];
    if (1 + 2 * (n + 1) > points.length) {
      points = java.util.Arrays.copyOf(points, points.length * 2);
    }
    points[1 + 2 * n] = x;
    points[2 + 2 * n] = y;
    points[0] = n + 1;
    return points;
  }

  private static int cellOf(float v) {
    return (int) Math.floor(v / CELL);
  }

  private static long cell(int cx, int cy) {
    return ((long) cx << 32) ^ (cy & 0xffffffffL);
  }
}
