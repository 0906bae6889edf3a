package org.minutebook.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A rendered page made ready for OCR: its grey levels, with the large marks in colour lifted off
 * the text. A watermark ("DRAFT" in red across the page), a rubber stamp or a signature in blue
 * ink lies over the words; Tesseract reads its strokes as ink, and the words under it are lost or
 * misread. Printed text is black or dark grey; a mark in colour whose strokes span half an inch
 * both ways is not text, so its pixels take their lightest channel (red on white turns almost
 * white, red over black stays black). Small coloured marks are kept: a red amendment or a blue
 * link is text in colour, and each of its letters is a small mark.
 *
 * <p>Pure: the image is not changed.
 */
public final class PageImage {
  /** A pixel is in colour when its channels differ by this much ... */
  private static final int CHROMA = 60;
  /** ... and its lightest channel is at least this light (a dark pixel is ink whatever its tint). */
  private static final int LIGHTEST = 110;
  /** The colour mask is looked at in cells of this many pixels a side. */
  private static final int CELL = 4;
  /** A mark in colour this wide and this high (a share of an inch) or more is lifted. */
  private static final double LARGE = 0.5;

  private PageImage() {}

  /** The grey levels of an RGB page (ITU-R 601 luma), with large marks in colour lifted. */
  static byte[] grey(BufferedImage image, int dpi) {
    int width = image.getWidth();
    int height = image.getHeight();
    int[] rgb = image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt d
        && d.getData().length == width * height ? d.getData() : image.getRGB(0, 0, width, height, null, 0, width);
    return grey(rgb, width, height, dpi);
  }

  static byte[] grey(int[] rgb, int width, int height, int dpi) {
    byte[] out = new byte[width * height];
    int cols = (width + CELL - 1) / CELL;
    int rows = (height + CELL - 1) / CELL;
    boolean[] coloured = new boolean[cols * rows];
    boolean any = false;
    for (int y = 0, at = 0; y < height; y++) {
      int cellRow = (y / CELL) * cols;
      for (int x = 0; x < width; x++, at++) {
        int p = rgb[at];
        int r = (p >> 16) & 0xff;
        int g = (p >> 8) & 0xff;
        int b = p & 0xff;
        out[at] = (byte) ((299 * r + 587 * g + 114 * b + 500) / 1000);
        if (inColour(r, g, b)) {
          coloured[cellRow + x / CELL] = true;
          any = true;
        }
      }
    }
    if (!any) {
      return out;
    }
    boolean[] lifted = largeMarks(coloured, cols, rows, (int) Math.ceil(LARGE * dpi / CELL));
    for (int y = 0, at = 0; y < height; y++) {
      int cellRow = (y / CELL) * cols;
      for (int x = 0; x < width; x++, at++) {
        if (lifted[cellRow + x / CELL]) {
          int p = rgb[at];
          int r = (p >> 16) & 0xff;
          int g = (p >> 8) & 0xff;
          int b = p & 0xff;
          if (inColour(r, g, b)) {
            out[at] = (byte) Math.max(r, Math.max(g, b));
          }
        }
      }
    }
    return out;
  }

  private static boolean inColour(int r, int g, int b) {
    int max = Math.max(r, Math.max(g, b));
    int min = Math.min(r, Math.min(g, b));
    return max - min >= CHROMA && max >= LIGHTEST;
  }

  /**
   * The cells of the connected groups of coloured cells (eight neighbours) whose bounds are at
   * least size cells wide and high.
   */
  static boolean[] largeMarks(boolean[] coloured, int cols, int rows, int size) {
    boolean[] out = new boolean[coloured.length];
    boolean[] seen = new boolean[coloured.length];
    int[] stack = new int[coloured.length];
    int[] members = new int[coloured.length];
    for (int start = 0; start < coloured.length; start++) {
      if (!coloured[start] || seen[start]) {
        continue;
      }
      int top = 0;
      int count = 0;
      stack[top++] = start;
      seen[start] = true;
      int x0 = Integer.MAX_VALUE;
      int x1 = -1;
      int y0 = Integer.MAX_VALUE;
      int y1 = -1;
      while (top > 0) {
        int c = stack[--top];
        members[count++] = c;
        int cx = c % cols;
        int cy = c / cols;
        x0 = Math.min(x0, cx);
        x1 = Math.max(x1, cx);
        y0 = Math.min(y0, cy);
        y1 = Math.max(y1, cy);
        for (int dy = -1; dy <= 1; dy++) {
          int ny = cy + dy;
          if (ny < 0 || ny >= rows) {
            continue;
          }
          for (int dx = -1; dx <= 1; dx++) {
            int nx = cx + dx;
            int n = ny * cols + nx;
            if (nx >= 0 && nx < cols && coloured[n] && !seen[n]) {
              seen[n] = true;
              stack[top++] = n;
            }
          }
        }
      }
      if (x1 - x0 + 1 >= size && y1 - y0 + 1 >= size) {
        for (int i = 0; i < count; i++) {
          out[members[i]] = true;
        }
      }
    }
    return out;
  }

  /**
   * The image (one byte a pixel, rows of width) turned clockwise by degrees (90, 180 or 270); a
   * quarter turn swaps its width and height. Public for the copies scan-copies makes sideways.
   */
  public static byte[] turned(byte[] grey, int width, int height, int degrees) {
    byte[] out = new byte[grey.length];
    for (int y = 0, at = 0; y < height; y++) {
      for (int x = 0; x < width; x++, at++) {
        int to = switch (degrees) {
          case 90 -> x * height + (height - 1 - y);
          case 180 -> (height - 1 - y) * width + (width - 1 - x);
          case 270 -> (width - 1 - x) * height + y;
          default -> throw new IllegalArgumentException("a turn of 90, 180 or 270 degrees, not " + degrees);
        };
        out[to] = grey[at];
      }
    }
    return out;
  }
}
