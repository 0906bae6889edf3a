package org.minutebook.cli;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.SplittableRandom;
import org.minutebook.ingest.ocr.PageImage;

/**
 * What printing and scanning do to a page, imitated on the page rendered as an image, for {@link
 * ScanCopiesCommand}: an optional watermark printed across the page, a slight skew, specks of
 * dust, and the softness of a scanner's optics. In order:
 * <ol>
 *   <li>the watermark, if any: its text in translucent red (alpha 0.35) along the diagonal from
 *       bottom left to top right, 0.65 of the diagonal long (needs an RGB image);</li>
 *   <li>a rotation about the centre by an angle drawn uniformly from [-rotateMax, +rotateMax]
 *       degrees, bilinear, white where the rotated page leaves the canvas;</li>
 *   <li>specks: a share {@code noise} of the pixels, drawn at random with replacement, set to a
 *       random grey from black to {@value #SPECK_LIGHTEST};</li>
 *   <li>a light blur, always: the 3-tap kernel [1 4 1]/6 across and down (a gaussian of sigma
 *       about 0.58 px), which also softens the specks into dust rather than salt.</li>
 * </ol>
 * Pure and deterministic: the same image, settings and random source give the same pixels (the
 * arithmetic is Java's strict floating point with {@link StrictMath}'s sine and cosine).
 */
final class FakeScan {
  /** The lightest grey a speck may have (0 is black). */
  static final int SPECK_LIGHTEST = 160;

  private static final float WATERMARK_ALPHA = 0.35f;
  private static final Color WATERMARK_RED = new Color(220, 20, 20);

  /**
   * How a page is spoiled.
   *
   * @param rotateMax the largest skew in degrees, either way (0 for none)
   * @param noise the share of pixels turned into specks, 0 to 1
   * @param watermark text printed across the page, or null for none
   */
  record Settings(double rotateMax, double noise, String watermark) {
    Settings {
      if (!(rotateMax >= 0 && rotateMax <= 45)) {
        throw new IllegalArgumentException("rotateMax must be 0..45 degrees, not " + rotateMax);
      }
      if (!(noise >= 0 && noise <= 1)) {
        throw new IllegalArgumentException("noise must be a share 0..1, not " + noise);
      }
    }
  }

  private FakeScan() {}

  /**
   * The page as scanned: a new image of the same size and type. Takes an image of type {@link
   * BufferedImage#TYPE_BYTE_GRAY}, or {@link BufferedImage#TYPE_INT_RGB} (required with a
   * watermark), which it may draw on; draws from random in a fixed order (the angle, then the
   * specks).
   */
  static BufferedImage apply(BufferedImage page, Settings settings, SplittableRandom random) {
    Objects.requireNonNull(random);
    int type = page.getType();
    if (type != BufferedImage.TYPE_BYTE_GRAY && type != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("a gray or RGB image, not type " + type);
    }
    if (settings.watermark() != null) {
      if (type != BufferedImage.TYPE_INT_RGB) {
        throw new IllegalArgumentException("a watermark needs an RGB image");
      }
      watermark(page, settings.watermark());
    }
    int w = page.getWidth();
    int h = page.getHeight();
    double angle = settings.rotateMax() == 0 ? 0 : random.nextDouble(-settings.rotateMax(), settings.rotateMax());
    byte[][] planes = rotate(planes(page), w, h, angle);
    specks(planes, random, Math.round(settings.noise() * w * h));
    blur(planes, w, h);
    return image(planes, w, h, type);
  }

  /** Draws text in translucent red along the page's rising diagonal, centred. */
  static void watermark(BufferedImage page, String text) {
    int w = page.getWidth();
    int h = page.getHeight();
    Graphics2D g = page.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      // the glyphs' outlines filled as a shape, so no text rasteriser or hinting is involved
      FontRenderContext frc = new FontRenderContext(null, true, true);
      Shape outline = WatermarkFont.FONT.createGlyphVector(frc, text).getOutline();
      Rectangle2D bounds = outline.getBounds2D();
      if (bounds.isEmpty()) {
        return; // blank text: nothing to print
      }
      double scale = 0.65 * Math.hypot(w, h) / bounds.getWidth();
      AffineTransform place = new AffineTransform();
      place.translate(w / 2.0, h / 2.0);
      place.rotate(-StrictMath.atan2(h, w)); // y grows downwards: a negative angle rises to the right
      place.scale(scale, scale);
      place.translate(-bounds.getCenterX(), -bounds.getCenterY());
      g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, WATERMARK_ALPHA));
      g.setColor(WATERMARK_RED);
      g.fill(place.createTransformedShape(outline));
    } finally {
      g.dispose();
    }
  }

  /** The image turned clockwise by 90, 180 or 270 degrees: a new image of the same type, its sides swapped by a quarter turn. */
  static BufferedImage turned(BufferedImage image, int degrees) {
    int w = image.getWidth();
    int h = image.getHeight();
    boolean quarter = degrees == 90 || degrees == 270;
    if (!quarter && degrees != 180) {
      throw new IllegalArgumentException("a turn of 90, 180 or 270 degrees, not " + degrees);
    }
    byte[][] source = planes(image);
    byte[][] out = new byte[source.length][];
    for (int p = 0; p < source.length; p++) {
      out[p] = PageImage.turned(source[p], w, h, degrees);
    }
    return quarter ? image(out, h, w, image.getType()) : image(out, w, h, image.getType());
  }

  /** The image's channels, one byte per pixel each: one plane for gray, red, green and blue for RGB. */
  private static byte[][] planes(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      return new byte[][] {((DataBufferByte) image.getRaster().getDataBuffer()).getData()};
    }
    int[] rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    byte[][] planes = new byte[3][rgb.length];
    for (int i = 0; i < rgb.length; i++) {
      planes[0][i] = (byte) (rgb[i] >> 16);
      planes[1][i] = (byte) (rgb[i] >> 8);
      planes[2][i] = (byte) rgb[i];
    }
    return planes;
  }

  private static BufferedImage image(byte[][] planes, int w, int h, int type) {
    BufferedImage image = new BufferedImage(w, h, type);
    if (type == BufferedImage.TYPE_BYTE_GRAY) {
      System.arraycopy(planes[0], 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, w * h);
      return image;
    }
    int[] rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < rgb.length; i++) {
      rgb[i] = (planes[0][i] & 0xff) << 16 | (planes[1][i] & 0xff) << 8 | planes[2][i] & 0xff;
    }
    return image;
  }

  /**
   * The planes rotated by degrees about the centre (positive turns the page clockwise as seen),
   * sampled bilinearly; a neighbour outside the page counts as white.
   */
  static byte[][] rotate(byte[][] source, int w, int h, double degrees) {
    if (degrees == 0) {
      return source;
    }
    double radians = Math.toRadians(degrees);
    double cos = StrictMath.cos(radians);
    double sin = StrictMath.sin(radians);
    double cx = w / 2.0;
    double cy = h / 2.0;
    byte[][] rotated = new byte[source.length][w * h];
    for (int y = 0; y < h; y++) {
      double dy = y + 0.5 - cy;
      for (int x = 0; x < w; x++) {
        double dx = x + 0.5 - cx;
        // where this pixel's centre was before the turn, in pixel-centre coordinates
        double sx = cos * dx + sin * dy + cx - 0.5;
        double sy = -sin * dx + cos * dy + cy - 0.5;
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        double fx = sx - x0;
        double fy = sy - y0;
        for (int p = 0; p < source.length; p++) {
          byte[] s = source[p];
          double top = (1 - fx) * at(s, w, h, x0, y0) + fx * at(s, w, h, x0 + 1, y0);
          double bottom = (1 - fx) * at(s, w, h, x0, y0 + 1) + fx * at(s, w, h, x0 + 1, y0 + 1);
          rotated[p][y * w + x] = (byte) (int) Math.round((1 - fy) * top + fy * bottom);
        }
      }
    }
    return rotated;
  }

  private static int at(byte[] plane, int w, int h, int x, int y) {
    return x < 0 || y < 0 || x >= w || y >= h ? 255 : plane[y * w + x] & 0xff;
  }

  /** Sets count random pixels (with replacement) to random greys from black to SPECK_LIGHTEST, in every plane. */
  static void specks(byte[][] planes, SplittableRandom random, long count) {
    int pixels = planes[0].length;
    for (long i = 0; i < count; i++) {
      int at = random.nextInt(pixels);
      byte grey = (byte) random.nextInt(SPECK_LIGHTEST + 1);
      for (byte[] plane : planes) {
        plane[at] = grey;
      }
    }
  }

  /** The [1 4 1]/6 kernel across, then down, rounded; edge pixels repeat outwards. */
  static void blur(byte[][] planes, int w, int h) {
    byte[] line = new byte[Math.max(w, h)];
    for (byte[] plane : planes) {
      for (int y = 0; y < h; y++) {
        blurLine(plane, y * w, 1, w, line);
      }
      for (int x = 0; x < w; x++) {
        blurLine(plane, x, w, h, line);
      }
    }
  }

  /** Blurs n pixels of plane from start, step apart, using scratch as the copy of the line. */
  private static void blurLine(byte[] plane, int start, int step, int n, byte[] scratch) {
    for (int i = 0; i < n; i++) {
      scratch[i] = plane[start + i * step];
    }
    for (int i = 0; i < n; i++) {
      int before = scratch[Math.max(i - 1, 0)] & 0xff;
      int here = scratch[i] & 0xff;
      int after = scratch[Math.min(i + 1, n - 1)] & 0xff;
      plane[start + i * step] = (byte) ((before + 4 * here + after + 3) / 6);
    }
  }

  /**
   * The watermark's typeface: Liberation Sans, which PDFBox ships as its fallback font, so the
   * watermark looks the same on every machine; the JDK's sans-serif if it cannot be read.
   */
  private static final class WatermarkFont {
    static final Font FONT = load();

    private static Font load() {
      try (InputStream in = org.apache.pdfbox.pdmodel.PDDocument.class
          .getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
        if (in != null) {
          return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(100f);
        }
      } catch (IOException | FontFormatException e) {
        // fall through to the JDK's font
      }
      return new Font(Font.SANS_SERIF, Font.PLAIN, 100);
    }
  }
}
