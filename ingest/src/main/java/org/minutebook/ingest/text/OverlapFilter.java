package org.minutebook.ingest.text;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Drops a glyph drawn again over itself (fake bold, shadows, text repeated by the writer): the
 * same character within a third of its width, in x and y, of one already kept on the page. The
 * rule is PDFBox's {@code suppressDuplicateOverlappingText}, with the same bounds (from inclusive,
 * to exclusive); PDFBox keeps sorted maps per character and walks their sub-ranges for every
 * glyph, which a profile of our batches found at a tenth of text extraction. Here the kept
 * glyphs are filed in a hash grid, so a glyph looks at a few cells around it. A character whose
 * glyphs crowd one cell, or one drawn over more cells than a grid should look at (both only seen
 * in damaged files), goes back to PDFBox's sorted maps for the rest of the page, so no page costs
 * more than PDFBox would. One per page.
 */
final class OverlapFilter {
  /** Grid cell in points: about the tolerance of body text, so a glyph looks at 2-3 cells each way. */
  private static final float CELL = 2f;
  /** Beyond this many cells (a huge glyph) the character goes to sorted maps. */
  private static final int MAX_CELLS = 64;

  /** Kept glyphs by character, then by grid cell: x and y pairs. */
  private final Map<String, Map<Long, float[]>> kept = new HashMap<>();
  /** More kept glyphs than this in one cell, and the character goes to sorted maps. */
  private static final int CROWDED = 32;

  /** Every kept glyph by character, to file them in sorted maps when their character needs it. */
  private final Map<String, float[]> all = new HashMap<>();
  /** The characters in sorted maps, as PDFBox keeps them: x, then the y at that x. */
  private final Map<String, TreeMap<Float, TreeSet<Float>>> sorted = new HashMap<>();

  /** Forgets the page's glyphs. */
  void clear() {
    kept.clear();
    all.clear();
    sorted.clear();
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
    TreeMap<Float, TreeSet<Float>> inOrder = sorted.get(text);
    if (inOrder == null && tolerance > 0 && spansTooMany(x, y, tolerance)) {
      inOrder = toSorted(text);
    }
    if (inOrder != null) {
      if (tolerance > 0 && seen(inOrder, x, y, tolerance)) {
        return true;
      }
      inOrder.computeIfAbsent(x, k -> new TreeSet<>()).add(y);
      return false;
    }
    if (tolerance > 0 && seen(text, x, y, tolerance)) {
      return true;
    }
    long cell = cell(cellOf(x), cellOf(y));
    float[] points = kept.computeIfAbsent(text, t -> new HashMap<>()).compute(cell, (k, v) -> append(v, x, y));
    all.compute(text, (k, v) -> append(v, x, y));
    if (points[0] > CROWDED) {
      toSorted(text);
    }
    return false;
  }

  /** PDFBox's test: a kept x in [x - t, x + t) with a kept y in [y - t, y + t). */
  private static boolean seen(TreeMap<Float, TreeSet<Float>> inOrder, float x, float y, float tolerance) {
    float yFrom = y - tolerance;
    float yTo = y + tolerance;
    if (!(x - tolerance <= x + tolerance) || !(yFrom <= yTo)) {
      return false; // NaN: near nothing
    }
    for (TreeSet<Float> ys : inOrder.subMap(x - tolerance, x + tolerance).values()) {
      if (!ys.subSet(yFrom, yTo).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Moves a character's kept glyphs from the grid to sorted maps. */
  private TreeMap<Float, TreeSet<Float>> toSorted(String text) {
    TreeMap<Float, TreeSet<Float>> inOrder = new TreeMap<>();
    float[] points = all.remove(text);
    kept.remove(text);
    int n = points == null ? 0 : (int) points[0];
    for (int i = 0; i < n; i++) {
      inOrder.computeIfAbsent(points[1 + 2 * i], k -> new TreeSet<>()).add(points[2 + 2 * i]);
    }
    sorted.put(text, inOrder);
    return inOrder;
  }

  /** Whether the glyph's neighbourhood covers more cells than the grid should look at. */
  private static boolean spansTooMany(float x, float y, float tolerance) {
    // in long, each way first: a damaged file's glyph can span the whole int range of cells
    long wide = (long) cellOf(x + tolerance) - cellOf(x - tolerance) + 1;
    long high = (long) cellOf(y + tolerance) - cellOf(y - tolerance) + 1;
    return wide > MAX_CELLS || high > MAX_CELLS || wide * high > MAX_CELLS;
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
