package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The page spoilers of scan-copies, on small images. */
class FakeScanTest {
  private static BufferedImage white(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    java.util.Arrays.fill(pixels(image), (byte) 255);
    return image;
  }

  private static byte[] pixels(BufferedImage image) {
    return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
  }

  private static long dark(BufferedImage image) {
    long n = 0;
    for (byte b : pixels(image)) {
      n += (b & 0xff) < 255 ? 1 : 0;
    }
    return n;
  }

  @Test
  void aBlankPageTurnedAndBlurredStaysBlank() {
    BufferedImage scanned = FakeScan.apply(white(120, 80), new FakeScan.Settings(5, 0, null), new SplittableRandom(1));
    assertEquals(0, dark(scanned), "white fill outside, white in: nothing to see");
  }

  @Test
  void specksTakeTheirShareOfPixels() {
    byte[][] planes = {pixels(white(100, 100))};
    FakeScan.specks(planes, new SplittableRandom(3), 300);
    long specked = 0;
    for (byte b : planes[0]) {
      specked += (b & 0xff) <= FakeScan.SPECK_LIGHTEST ? 1 : 0;
    }
    // drawn with replacement: a few land twice
    assertTrue(specked > 280 && specked <= 300, specked + " of 300");
  }

  @Test
  void aQuarterTurnMovesABlockToTheNextCorner() {
    int n = 40;
    byte[] square = pixels(white(n, n));
    for (int y = 0; y < 10; y++) {
      for (int x = 0; x < 10; x++) {
        square[y * n + x] = 0; // top left
      }
    }
    byte[] turned = FakeScan.rotate(new byte[][] {square}, n, n, 90)[0];
    assertEquals(0, turned[5 * n + (n - 6)] & 0xff, "clockwise: top left goes to top right");
    assertEquals(255, turned[5 * n + 5] & 0xff);
  }
}
