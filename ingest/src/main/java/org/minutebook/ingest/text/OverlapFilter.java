package org.minutebook.ingest.text;

import java.util.Arrays;

/**
 * PDFBox's rule for text drawn twice (fake bold, shadows): a glyph is dropped when the page
 * already kept the same text at nearly the same place, within a third of the glyph's width per
 * character on either axis. This is that rule, with the answers PDFBox gives, at a fraction of the
 * cost: PDFBox keeps the page's glyphs in a sorted map of boxed x positions to sorted sets of
 * boxed y positions, and building and searching it took a sixth of a warm parse (and of plain
 * PDFBox extraction). Here the kept glyphs sit in a hash of grid cells, so a glyph is compared only
 * with its neighbours.
 *
 * <p>Contract: {@link #keep} answers exactly as PDFBox 3's {@code PDFTextStripper} with {@code
 * setSuppressDuplicateOverlappingText(true)}: a kept glyph at (x', y') of the same text matches
 * when x' lies in [x - t, x + t) and y' in [y - t, y + t), t = width / text length / 3, compared as
 * {@link Float#compare} compares (the order of PDFBox's {@code Float} keys). The one exception is
 * a glyph at x = +infinity with an infinite width, on which PDFBox's map throws and this keeps
 * the glyph. Not thread-safe: one per reader, {@link #clear} at each page.
 */
final class OverlapFilter {
  /** Cell size in points: most glyphs' windows (t about a sixth of a letter) span one or two. */
  private static final float CELL = 4f;
  /** Windows over more cells than this are checked against every kept glyph of the same text. */
  private static final int MOST_CELLS = 16;
  /** Windows reaching this far off any page (or not finite) are checked against every kept glyph. */
  private static final float FAR = 1e7f;

  private int[] heads = new int[1024];
  private int[] next = new int[1024];
  private String[] texts = new String[1024];
  private float[] xs = new float[1024];
  private float[] ys = new float[1024];
  private int size;

  OverlapFilter() {
    Arrays.fill(heads, -1);
  }

  /** Forgets the kept glyphs: each page is compared only with itself. */
  void clear() {
    if (size > 0) {
      Arrays.fill(heads, -1);
      Arrays.fill(texts, 0, size, null);
      size = 0;
    }
  }

  /**
   * Whether a glyph of this text and width at (x, y) is new on the page; a new one is remembered.
   */
  boolean keep(String text, float x, float y, float width) {
    float t = width / text.length() / 3.0f;
    float xLow = x - t;
    float xHigh = x + t;
    float yLow = y - t;
    float yHigh = y + t;
    if (seen(text, xLow, xHigh, yLow, yHigh)) {
      return false;
    }
    add(text, x, y);
    return true;
  }

  private boolean seen(String text, float xLow, float xHigh, float yLow, float yHigh) {
    if (!(Float.compare(xLow, xHigh) < 0 && Float.compare(yLow, yHigh) < 0)) {
      return false; // an empty window (zero width, or not a number) holds nothing
    }
    if (!(Math.abs(xLow) < FAR && Math.abs(xHigh) < FAR && Math.abs(yLow) < FAR && Math.abs(yHigh) < FAR)
        || ((long) cell(xHigh) - cell(xLow) + 1) * ((long) cell(yHigh) - cell(yLow) + 1) > MOST_CELLS) {
      for (int i = 0; i < size; i++) {
        if (inside(i, text, xLow, xHigh, yLow, yHigh)) {
          return true;
        }
      }
      return false;
    }
    int hash = text.hashCode();
    int lastX = cell(xHigh);
    int lastY = cell(yHigh);
    for (int cx = cell(xLow); cx <= lastX; cx++) {
      for (int cy = cell(yLow); cy <= lastY; cy++) {
        for (int i = heads[slot(hash, cx, cy)]; i >= 0; i = next[i]) {
          if (inside(i, text, xLow, xHigh, yLow, yHigh)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean inside(int i, String text, float xLow, float xHigh, float yLow, float yHigh) {
    return Float.compare(xs[i], xLow) >= 0 && Float.compare(xs[i], xHigh) < 0
        && Float.compare(ys[i], yLow) >= 0 && Float.compare(ys[i], yHigh) < 0
        && (texts[i] == text || texts[i].equals(text));
  }

  private void add(String text, float x, float y) {
    if (size == texts.length) {
      grow();
    }
    texts[size] = text;
    xs[size] = x;
    ys[size] = y;
    link(size);
    size++;
  }

  private void link(int i) {
    int s = slot(texts[i].hashCode(), cell(xs[i]), cell(ys[i]));
    next[i] = heads[s];
    heads[s] = i;
  }

  private void grow() {
    int capacity = texts.length * 2;
    texts = Arrays.copyOf(texts, capacity);
    xs = Arrays.copyOf(xs, capacity);
    ys = Arrays.copyOf(ys, capacity);
    next = new int[capacity];
    heads = new int[capacity];
    Arrays.fill(heads, -1);
    for (int i = 0; i < size; i++) {
      link(i);
    }
  }

  /** The cell of a coordinate; values far off the page (and NaN) share the edge cells. */
  private static int cell(float v) {
    return (int) Math.floor(v / CELL);
  }

  private int slot(int hash, int cx, int cy) {
    int h = hash * 31 + cx;
    h = h * 1_000_003 + cy;
    h ^= h >>> 16;
    return h & (heads.length - 1);
  }
}
