package org.minutebook.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.minutebook.ingest.text.Glyph;
import org.minutebook.ingest.text.LineBuilder;
import org.minutebook.ingest.text.Page;
import org.minutebook.model.Ocr;

/**
 * Reads pages of a PDF that have no usable text layer: renders each with PDFBox, has the OCR
 * engine read the image, and turns its words into the same {@link Glyph}s a text layer gives, so
 * that an OCR'd page enters the same line building and layout stages as any other: its columns,
 * Action cells, headers and items are found the same way.
 *
 * <p>Pages are rendered one at a time on the calling thread and read in parallel, on a pool
 * shared by every document of the run and as wide as the engine allows, so a long scan uses
 * every core and several documents read at once never run more OCR processes than that. A page
 * the engine fails on is left as it was, with the failure noted.
 *
 * <p>Thread-safe.
 */
public final class ScanReader {
  /** Tesseract reads best at about 300 dpi. */
  public static final int DPI = 300;
  /** A page bigger than this many pixels at 300 dpi (A3 and up) is rendered at a lower resolution. */
  private static final double MOST_PIXELS = 40e6;

  private final OcrEngine engine;
  /** The pool pages are read on, made when the first page is. */
  private volatile ExecutorService pool;

  /**
   * What OCR made of a document's pages.
   *
   * @param pages the pages read, by number
   * @param summary pages read, words, their mean confidence and the time taken
   * @param failures one line for each page the engine failed on
   */
  public record Result(Map<Integer, Page> pages, Ocr summary, List<String> failures) {}

  public ScanReader(OcrEngine engine) {
    this.engine = engine;
  }

  /** Reads nothing, for this reason (OCR switched off). */
  public static ScanReader none(String reason) {
    return new ScanReader(OcrEngine.none(reason));
  }

  private ExecutorService pool() {
    ExecutorService p = pool;
    if (p == null) {
      synchronized (this) {
        p = pool;
        if (p == null) {
          p = Executors.newFixedThreadPool(Math.max(1, engine.parallelism()), r -> {
            Thread t = new Thread(r, "minutebook-ocr");
            t.setDaemon(true);
            return t;
          });
          pool = p;
        }
      }
    }
    return p;
  }

  public OcrEngine engine() {
    return engine;
  }

  /** Reads these pages (1-based) of an open document. */
  public Result read(PDDocument document, List<Integer> numbers) {
    long start = System.nanoTime();
    PDFRenderer renderer = new PDFRenderer(document);
    Semaphore inFlight = new Semaphore(Math.max(1, engine.parallelism()) + 1);
    Map<Integer, Future<Page>> reading = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (int number : numbers) {
      int dpi = dpi(document.getPage(number - 1).getCropBox());
      BufferedImage image;
      try {
        inFlight.acquire();
        image = renderer.renderImageWithDPI(number - 1, dpi, ImageType.GRAY);
      } catch (IOException | RuntimeException e) {
        inFlight.release();
        failures.add("page " + number + ": cannot be rendered (" + e.getMessage() + ")");
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      int width = image.getWidth();
      int height = image.getHeight();
      byte[] grey = grey(image);
      reading.put(number, pool().submit(() -> {
        try {
          return page(number, engine.words(grey, width, height, dpi), dpi, width, height, grey);
        } finally {
          inFlight.release();
        }
      }));
    }
    Map<Integer, Page> pages = new TreeMap<>();
    int words = 0;
    double confidence = 0;
    for (Map.Entry<Integer, Future<Page>> e : reading.entrySet()) {
      try {
        Page page = e.getValue().get();
        pages.put(e.getKey(), page);
      } catch (ExecutionException x) {
        Throwable cause = x.getCause();
        failures.add("page " + e.getKey() + ": " + (cause == null ? x.getMessage() : cause.getMessage()));
      } catch (InterruptedException x) {
        Thread.currentThread().interrupt();
        failures.add("page " + e.getKey() + ": interrupted");
      }
    }
    for (Page p : pages.values()) {
      words += p.ocrWords();
      confidence += p.ocrConfidence() * p.ocrWords();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(pages, new Ocr(pages.size(), words, words == 0 ? 0 : confidence / words, seconds), failures);
  }

  /** The resolution to render a page of this size at: 300 dpi, less for pages bigger than A3. */
  static int dpi(PDRectangle box) {
    double pixels = (box.getWidth() / 72.0 * DPI) * (box.getHeight() / 72.0 * DPI);
    return pixels <= MOST_PIXELS ? DPI : (int) Math.max(72, Math.floor(DPI * Math.sqrt(MOST_PIXELS / pixels)));
  }

  /** The image's grey bytes, a row after another. */
  private static byte[] grey(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getDataBuffer() instanceof DataBufferByte d
        && d.getData().length == width * height) {
      return d.getData();
    }
    byte[] out = new byte[width * height];
    image.getRaster().getDataElements(0, 0, width, height, out);
    return out;
  }

  /** Share of the font size above the baseline reached by capitals, digits and ascenders ("bdfhklt"). */
  private static final float ASCENT = 0.72f;
  /** ... by lower-case letters without ascenders. */
  private static final float X_HEIGHT = 0.5f;
  /** Share below the baseline reached by descenders ("gjpqy"). */
  private static final float DESCENT = 0.21f;

  /**
   * A page from the engine's lines: each word's letters become glyphs spread over its box, on the
   * line's baseline, with a space between words, in points from the top left like a text layer's.
   * A word's box spans only the letters it has ("was" is shorter than "Apply"), so the font size
   * is taken from what each word's letters reach (capitals or ascenders, descenders), and the
   * baseline from each word's bottom less its descent: the medians over the line, which one odd
   * word does not move.
   */
  static Page page(int number, List<OcrEngine.Line> lines, int dpi, int width, int height, byte[] grey) {
    float k = 72f / dpi;
    List<Glyph> glyphs = new ArrayList<>();
    float[] strokes = strokes(lines, grey, width, height);
    float[] sorted = strokes.clone();
    Arrays.sort(sorted);
    int firstMeasured = 0;
    while (firstMeasured < sorted.length && sorted[firstMeasured] <= 0) {
      firstMeasured++;
    }
    float typicalStroke = firstMeasured < sorted.length ? sorted[(firstMeasured + sorted.length) / 2] : 0;
    float[] ems = new float[lines.size()];
    for (int l = 0; l < ems.length; l++) {
      ems[l] = em(lines.get(l));
    }
    // a line's estimate is good to a tenth or so: lines near the page's usual size take that size,
    // so that line pitch and size changes mark paragraphs as they do on a text layer
    float usual = ems.length == 0 ? 0 : median(ems, ems.length);
    int index = 0;
    int words = 0;
    double confidence = 0;
    for (int l = 0; l < ems.length; l++) {
      OcrEngine.Line line = lines.get(l);
      int n = line.words().size();
      float em = Math.abs(ems[l] / usual - 1) < SAME_SIZE ? usual : ems[l];
      float[] baselines = new float[n];
      for (int i = 0; i < n; i++) {
        OcrEngine.Word w = line.words().get(i);
        baselines[i] = w.top() + w.height() - (descends(w) ? DESCENT * em : 0);
      }
      float baseline = median(baselines, n) * k;
      float size = Math.max(1f, em * k);
      float capHeight = ASCENT * size;
      for (int i = 0; i < n; i++) {
        OcrEngine.Word w = line.words().get(i);
        int[] letters = w.text().codePoints().toArray();
        float each = w.width() * k / letters.length;
        float x = w.left() * k;
        float stroke = strokes[index++];
        boolean bold = typicalStroke > 0 && stroke > BOLD_STROKE * typicalStroke;
        for (int letter : letters) {
          glyphs.add(new Glyph(new String(Character.toChars(letter)), x, baseline, each, capHeight, size, 0.25f * size, bold));
          x += each;
        }
        if (i + 1 < n) {
          float next = line.words().get(i + 1).left() * k;
          glyphs.add(new Glyph(" ", x, baseline, Math.max(0f, next - x), capHeight, size, 0.25f * size, false));
        }
        words++;
        confidence += w.confidence();
      }
    }
    return new Page(number, width * k, height * k, LineBuilder.build(number, glyphs), glyphs.size(), words,
        words == 0 ? 0 : (float) (confidence / words));
  }

  /** A word whose strokes are this much thicker than the page's typical word's is bold. */
  private static final float BOLD_STROKE = 1.3f;

  /**
   * Each word's stroke width in pixels, in the order of the lines' words: the mean length of the
   * runs of dark pixels along the rows of its box. Unlike the share of ink, it hardly depends on
   * which letters the word has, and bold type's strokes are about half as thick again as its
   * regular's. 0 for a word too small to measure.
   */
  private static float[] strokes(List<OcrEngine.Line> lines, byte[] grey, int width, int height) {
    int count = 0;
    for (OcrEngine.Line line : lines) {
      count += line.words().size();
    }
    float[] out = new float[count];
    int i = 0;
    for (OcrEngine.Line line : lines) {
      for (OcrEngine.Word w : line.words()) {
        long dark = 0;
        long runs = 0;
        int x0 = Math.max(0, w.left());
        int x1 = Math.min(width, w.left() + w.width());
        int y0 = Math.max(0, w.top());
        int y1 = Math.min(height, w.top() + w.height());
        for (int y = y0; y < y1; y++) {
          boolean inRun = false;
          for (int x = x0, at = y * width + x0; x < x1; x++, at++) {
            boolean ink = (grey[at] & 0xff) < 128;
            if (ink) {
              dark++;
              if (!inRun) {
                runs++;
              }
            }
            inRun = ink;
          }
        }
        out[i++] = runs >= 20 ? (float) dark / runs : 0;
      }
    }
    return out;
  }

  /** Line sizes within this share of the page's usual size are taken as that size. */
  private static final float SAME_SIZE = 0.15f;

  /** The font size of a line in pixels: the median of what its words' heights say. */
  private static float em(OcrEngine.Line line) {
    float[] sizes = new float[line.words().size()];
    int measured = 0;
    for (OcrEngine.Word w : line.words()) {
      boolean ascends = w.text().codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || "bdfhklt".indexOf(c) >= 0);
      boolean lower = w.text().codePoints().anyMatch(Character::isLowerCase);
      if (ascends || lower) {
        sizes[measured++] = w.height() / ((ascends ? ASCENT : X_HEIGHT) + (descends(w) ? DESCENT : 0));
      }
    }
    return measured > 0 ? median(sizes, measured) : line.height() / (ASCENT + DESCENT);
  }

  private static boolean descends(OcrEngine.Word w) {
    return w.text().codePoints().anyMatch(c -> "gjpqy".indexOf(c) >= 0);
  }

  private static float median(float[] values, int n) {
    float[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    return sorted[n / 2];
  }
}
