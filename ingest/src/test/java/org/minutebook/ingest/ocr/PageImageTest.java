package org.minutebook.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PageImageTest {
  private static final int W = 600;
  private static final int H = 400;
  private static final int DPI = 300;
  private static final int WHITE = 0xffffff;
  private static final int BLACK = 0x101010;
  /** Translucent red over white, as a watermark prints. */
  private static final int PINK = 0xf3adad;
  /** The same red over black text. */
  private static final int DARK_RED = 0x4d0707;
  /** Red text, as an amendment prints. */
  private static final int RED = 0xdc1414;

  private static int at(int x, int y) {
    return y * W + x;
  }

  private static void fill(int[] rgb, int x0, int y0, int x1, int y1, int colour) {
    for (int y = y0; y < y1; y++) {
      Arrays.fill(rgb, at(x0, y), at(x1, y), colour);
    }
  }

  private static int grey(byte[] out, int x, int y) {
    return out[at(x, y)] & 0xff;
  }

  @Test
  void aLargeMarkInColourIsLiftedOffTheTextAndSmallColouredLettersStay() {
    int[] rgb = new int[W * H];
    Arrays.fill(rgb, WHITE);
    // a watermark stroke 200 px (2/3 inch) square, with a black word under part of it
    fill(rgb, 50, 50, 250, 250, PINK);
    fill(rgb, 100, 100, 140, 130, DARK_RED);
    // a black word outside it, and a red letter 30 px high elsewhere
    fill(rgb, 300, 100, 380, 130, BLACK);
    fill(rgb, 400, 100, 420, 130, RED);
    byte[] out = PageImage.grey(rgb, W, H, DPI);
    assertTrue(grey(out, 60, 60) > 230, "the watermark turns almost white: " + grey(out, 60, 60));
    assertTrue(grey(out, 120, 115) < 60, "the word under the watermark stays ink");
    assertTrue(grey(out, 340, 115) < 30, "black text is untouched");
    int redLetter = grey(out, 410, 115);
    assertEquals((299 * 0xdc + 587 * 0x14 + 114 * 0x14 + 500) / 1000, redLetter, "a small red letter keeps its grey level");
    assertEquals(255, grey(out, 500, 300), "white paper stays white");
  }

  @Test
  void aPageWithoutColourIsItsLuma() {
    int[] rgb = new int[W * H];
    Arrays.fill(rgb, 0x808080);
    byte[] out = PageImage.grey(rgb, W, H, DPI);
    assertEquals(128, grey(out, 10, 10));
  }

  @Test
  void turningAPageMovesEveryPixelAndAQuarterTurnSwapsItsSides() {
    // 3 wide, 2 high: a b c / d e f
    byte[] image = {1, 2, 3, 4, 5, 6};
    assertEquals(Arrays.toString(new byte[] {4, 1, 5, 2, 6, 3}), Arrays.toString(PageImage.turned(image, 3, 2, 90)),
        "clockwise: the left column, bottom up, is the top row");
    assertEquals(Arrays.toString(new byte[] {6, 5, 4, 3, 2, 1}), Arrays.toString(PageImage.turned(image, 3, 2, 180)));
    assertEquals(Arrays.toString(new byte[] {3, 6, 2, 5, 1, 4}), Arrays.toString(PageImage.turned(image, 3, 2, 270)));
  }
}
