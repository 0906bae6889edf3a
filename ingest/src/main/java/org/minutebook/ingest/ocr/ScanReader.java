package org.minutebook.ingest.ocr;

import java.awt.image.BufferedImage;
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
  private final Listener listener;
  /** The pool pages are read on, made when the first page is. */
  private volatile ExecutorService pool;

  /**
   * Told of each page read, for a progress display: OCR takes seconds a page, so a long scan needs
   * one. Called on the thread reading the document, pages in order; must be quick and thread-safe
   * (several documents may be read at once).
   */
  @FunctionalInterface
  public interface Listener {
    Listener NONE = (document, done, total) -> {};

    /** Of document's total pages to OCR, done have been read. */
    void pageRead(String document, int done, int total);
  }

  /**
   * What OCR made of a document's pages.
   *
   * @param pages the pages read, by number
   * @param summary pages read, words, their mean confidence and the time taken
   * @param failures one line for each page the engine failed on
   */
  public record Result(Map<Integer, Page> pages, Ocr summary, List<String> failures) {}

  public ScanReader(OcrEngine engine) {
    this(engine, Listener.NONE);
  }

  /** A reader telling listener of each page read. */
  public ScanReader(OcrEngine engine, Listener listener) {
    this.engine = engine;
    this.listener = listener;
  }

  /** A reader with the same engine (and a pool of its own) that tells listener of each page read. */
  public ScanReader listening(Listener to) {
    return new ScanReader(engine, to);
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
    return read(document, numbers, "");
  }

  /** Reads these pages (1-based) of an open document, named so for the {@link Listener}. */
  public Result read(PDDocument document, List<Integer> numbers, String name) {
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
        image = renderer.renderImageWithDPI(number - 1, dpi, ImageType.RGB);
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
      byte[] grey = despeckled(PageImage.grey(image, dpi), width, height);
      reading.put(number, pool().submit(() -> {
        try {
          return upright(number, grey, width, height, dpi);
        } finally {
          inFlight.release();
        }
      }));
    }
    Map<Integer, Page> pages = new TreeMap<>();
    int words = 0;
    double confidence = 0;
    int done = 0;
    listener.pageRead(name, 0, numbers.size());
    for (Map.Entry<Integer, Future<Page>> e : reading.entrySet()) {
      try {
        Page page = e.getValue().get();
        pages.put(e.getKey(), page);
        listener.pageRead(name, ++done, numbers.size());
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

  /**
   * The page read upright. A page scanned sideways or upside down reads badly: OCR finds words
   * standing on end (boxes taller than wide), or few words, or words it is unsure of. Then the
   * engine's orientation detection says how the page is turned, and the page turned upright is
   * read again; the better reading is kept. A page that reads well is never turned, so this
   * costs nothing on most pages.
   */
  Page upright(int number, byte[] grey, int width, int height, int dpi) throws OcrEngine.OcrException {
    List<OcrEngine.Line> read = engine.words(grey, width, height, dpi);
    Turned looks = looksTurned(read, grey);
    if (looks == Turned.NO) {
      return page(number, read, dpi, width, height, grey);
    }
    int turn = engine.orientation(grey, width, height, dpi);
    if (turn == 0) {
      return page(number, read, dpi, width, height, grey);
    }
    byte[] turned = PageImage.turned(grey, width, height, turn);
    int w = turn == 180 ? width : height;
    int h = turn == 180 ? height : width;
    List<OcrEngine.Line> again = engine.words(turned, w, h, dpi);
    boolean better = looks == Turned.SIDEWAYS ? weight(again) >= weight(read) / 2 : weight(again) > weight(read);
    return better ? page(number, again, dpi, w, h, turned) : page(number, read, dpi, width, height, grey);
  }

  /** How a page's first reading looks. */
  private enum Turned { NO, SIDEWAYS, BADLY }

  /** Below this mean confidence, over enough words, a page reads badly. */
  private static final float BAD_CONFIDENCE = 50;
  /** A page with fewer words than this but this share of ink reads badly: its text was not found. */
  private static final int FEW_WORDS = 10;
  private static final double INKED = 0.02;

  private static Turned looksTurned(List<OcrEngine.Line> read, byte[] grey) {
    int words = 0;
    int long4 = 0;
    int standing = 0;
    double confidence = 0;
    for (OcrEngine.Line line : read) {
      for (OcrEngine.Word w : line.words()) {
        words++;
        confidence += w.confidence();
        if (w.text().codePointCount(0, w.text().length()) >= 4) {
          long4++;
          standing += w.height() > w.width() ? 1 : 0;
        }
      }
    }
    if (long4 >= 5 && standing * 10 >= long4 * 6) {
      return Turned.SIDEWAYS;
    }
    if (words >= FEW_WORDS) {
      return confidence / words < BAD_CONFIDENCE ? Turned.BADLY : Turned.NO;
    }
    long ink = 0;
    for (byte b : grey) {
      ink += (b & 0xff) < 128 ? 1 : 0;
    }
    return ink > INKED * grey.length ? Turned.BADLY : Turned.NO;
  }

  /** What a reading is worth: its words' confidences summed (a share each), words of one mark aside. */
  private static double weight(List<OcrEngine.Line> read) {
    double sum = 0;
    for (OcrEngine.Line line : read) {
      for (OcrEngine.Word w : line.words()) {
        sum += w.text().codePointCount(0, w.text().length()) >= 2 ? w.confidence() / 100.0 : 0;
      }
    }
    return sum;
  }

  /**
   * The image through a 3 by 3 median filter, before it is read. Scans carry dust, toner and a
   * fax's specks; on a speckled page Tesseract's layout analysis falls apart, words take the
   * specks into their boxes and whole lines go. Measured: on a copy with 3% specks, mean word
   * confidence went from 69 to 93 with the filter; on the 12 realworld scans, every one gave as
   * many items as without it or more (5 gave one or two more). At 300 dpi text strokes are 3
   * pixels wide or more and survive it.
   */
  static byte[] despeckled(byte[] grey, int width, int height) {
    byte[] out = grey.clone();
    int[] v = new int[9];
    for (int y = 1; y < height - 1; y++) {
      for (int x = 1, at = y * width + 1; x < width - 1; x++, at++) {
        int k = 0;
        for (int dy = -width; dy <= width; dy += width) {
          for (int dx = -1; dx <= 1; dx++) {
            v[k++] = grey[at + dy + dx] & 0xff;
          }
        }
        out[at] = (byte) median9(v);
      }
    }
    return out;
  }

  /** The median of nine values (a sorting network's partial order: 19 exchanges, no full sort). */
  private static int median9(int[] p) {
    sort(p, 1, 2); sort(p, 4, 5); sort(p, 7, 8); sort(p, 0, 1); sort(p, 3, 4); sort(p, 6, 7);
    sort(p, 1, 2); sort(p, 4, 5); sort(p, 7, 8); sort(p, 0, 3); sort(p, 5, 8); sort(p, 4, 7);
    sort(p, 3, 6); sort(p, 1, 4); sort(p, 2, 5); sort(p, 4, 7); sort(p, 4, 2); sort(p, 6, 4);
    sort(p, 4, 2);
    return p[4];
  }

  private static void sort(int[] p, int a, int b) {
    if (p[a] > p[b]) {
      int t = p[a];
      p[a] = p[b];
      p[b] = t;
    }
  }

  /** The resolution to render a page of this size at: 300 dpi, less for pages bigger than A3. */
  static int dpi(PDRectangle box) {
    double pixels = (box.getWidth() / 72.0 * DPI) * (box.getHeight() / 72.0 * DPI);
    return pixels <= MOST_PIXELS ? DPI : (int) Math.max(72, Math.floor(DPI * Math.sqrt(MOST_PIXELS / pixels)));
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
  static Page page(int number, List<OcrEngine.Line> read, int dpi, int width, int height, byte[] grey) {
    float k = 72f / dpi;
    List<Glyph> glyphs = new ArrayList<>();
    List<OcrEngine.Line> kept = inked(withoutSpecks(read), grey, width, height);
    float[] strokes = strokes(kept, grey, width, height);
    List<OcrEngine.Line> lines = deskewed(kept, width, height);
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
      // a short line's estimate rests on a word or two, so it is trusted less
      float same = line.words().size() <= SHORT_LINE ? SAME_SIZE_SHORT : SAME_SIZE;
      float em = Math.abs(ems[l] / usual - 1) < same ? usual : ems[l];
      float[] baselines = new float[n];
      for (int i = 0; i < n; i++) {
        OcrEngine.Word w = line.words().get(i);
        baselines[i] = w.top() + w.height() - (descends(w) ? DESCENT * em : 0);
      }
      float baseline = median(baselines, n) * k;
      float size = Math.max(1f, em * k);
      float capHeight = ASCENT * size;
      float end = -Float.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        OcrEngine.Word w = line.words().get(i);
        int[] letters = i == 0 && bullet(line, em) ? new int[] {'\u2022'} : Respelling.of(w.text()).codePoints().toArray();
        // words keep the order OCR read them in: a box reaching back over the word before (boxes
        // turned level overlap a little) starts where that one ends, or the two words' letters,
        // put in x order by the line builder, would interleave ("concerning the" as "concernitnhge")
        float x = Math.max(w.left() * k, end);
        float each = Math.max((w.left() + w.width()) * k - x, MIN_ADVANCE * letters.length) / letters.length;
        float stroke = strokes[index++];
        boolean bold = typicalStroke > 0 && stroke > BOLD_STROKE * typicalStroke;
        // a word far off its line's baseline is on another line that OCR ran into this one
        float own = baselines[i] * k;
        float at = Math.abs(own - baseline) <= OFF_LINE * size ? baseline : own;
        for (int letter : letters) {
          glyphs.add(new Glyph(new String(Character.toChars(letter)), x, at, each, capHeight, size, 0.25f * size, bold,
              w.confidence()));
          x += each;
        }
        end = x;
        if (i + 1 < n) {
          float next = line.words().get(i + 1).left() * k;
          glyphs.add(new Glyph(" ", x, at, Math.max(0f, next - x), capHeight, size, 0.25f * size, false));
        }
        words++;
        confidence += w.confidence();
      }
    }
    return new Page(number, width * k, height * k, LineBuilder.build(number, glyphs), glyphs.size(), words,
        words == 0 ? 0 : (float) (confidence / words));
  }

  /** The least advance of a letter, in points, for a word squeezed by the one before it. */
  private static final float MIN_ADVANCE = 0.5f;

  /** Marks OCR makes of a bullet ("\u2022", "o", "\u25aa"), which are never a word of their own. */
  private static final String BULLET_MARKS = "\u2022\u00b7\u00a9\u00ae\u00b0\u00ab\u00bb\u00a2@*";
  /** Letters OCR makes of a bullet, which are a bullet only when a tab's gap follows them. */
  private static final String BULLET_LETTERS = "eoO";
  /** The gap after a bullet, as a share of the size: wider than a space (a quarter). */
  private static final float BULLET_GAP = 0.5f;

  /**
   * Whether the line's first word is a bullet OCR read as a mark or a letter ("\u00a9 In 2017",
   * "e Updates"): a single one of those marks, or of those letters set apart from the next word by
   * more than a space. It becomes "\u2022", as a text layer gives it.
   */
  private static boolean bullet(OcrEngine.Line line, float em) {
    List<OcrEngine.Word> words = line.words();
    if (words.size() < 2 || words.get(0).text().codePointCount(0, words.get(0).text().length()) != 1) {
      return false;
    }
    char c = words.get(0).text().charAt(0);
    OcrEngine.Word first = words.get(0);
    float gap = words.get(1).left() - (first.left() + first.width());
    return BULLET_MARKS.indexOf(c) >= 0 || BULLET_LETTERS.indexOf(c) >= 0 && gap >= BULLET_GAP * em;
  }

  /** A word whose baseline is further than this (a share of the size) from its line's is on a line of its own. */
  private static final float OFF_LINE = 0.35f;

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

  /** Below this confidence a word of a few marks is taken for specks or a smudge, not text. */
  private static final float SPECK_CONFIDENCE = 40;

  /**
   * The lines without the words OCR made of specks: read with little confidence, and short or
   * with no letter. A word with a digit is never a speck: numbers are what minutes are indexed by.
   */
  static List<OcrEngine.Line> withoutSpecks(List<OcrEngine.Line> lines) {
    List<OcrEngine.Line> out = new ArrayList<>(lines.size());
    for (OcrEngine.Line line : lines) {
      List<OcrEngine.Word> words = new ArrayList<>(line.words().size());
      for (OcrEngine.Word w : line.words()) {
        // a number is kept however unsure: "10\"" is a day with its superscript "th", "4" an item's number
        boolean speck = w.confidence() < SPECK_CONFIDENCE && w.text().codePoints().noneMatch(Character::isDigit)
            && (w.text().codePointCount(0, w.text().length()) <= 3 || w.text().codePoints().noneMatch(Character::isLetter));
        if (!speck) {
          words.add(w);
        }
      }
      if (!words.isEmpty()) {
        out.add(words.size() == line.words().size() ? line : new OcrEngine.Line(words, line.left(), line.top(), line.width(), line.height()));
      }
    }
    return out;
  }

  /** A row of a word's box holds its letters when at least this share of the row is ink. */
  private static final float INK_ROW = 0.06f;

  /**
   * The lines with each word's box shrunk, top and bottom, to the rows its letters ink. OCR's
   * boxes take in the specks and smudges beside a word, on a noisy scan often doubling its
   * height, and the font size and baseline are read from the heights; a row of letters is dense
   * with ink where specks are sparse.
   */
  static List<OcrEngine.Line> inked(List<OcrEngine.Line> lines, byte[] grey, int width, int height) {
    List<OcrEngine.Line> out = new ArrayList<>(lines.size());
    for (OcrEngine.Line line : lines) {
      List<OcrEngine.Word> words = new ArrayList<>(line.words().size());
      for (OcrEngine.Word w : line.words()) {
        int x0 = Math.max(0, w.left());
        int x1 = Math.min(width, w.left() + w.width());
        int need = Math.max(2, (int) (INK_ROW * (x1 - x0)));
        int top = -1;
        int bottom = -1;
        for (int y = Math.max(0, w.top()); y < Math.min(height, w.top() + w.height()); y++) {
          int ink = 0;
          for (int at = y * width + x0, end = y * width + x1; at < end && ink < need; at++) {
            ink += (grey[at] & 0xff) < 128 ? 1 : 0;
          }
          if (ink >= need) {
            top = top < 0 ? y : top;
            bottom = y;
          }
        }
        words.add(top < 0 || bottom - top + 1 < 3 ? w
            : new OcrEngine.Word(w.text(), w.left(), top, w.width(), bottom - top + 1, w.confidence()));
      }
      out.add(new OcrEngine.Line(words, line.left(), line.top(), line.width(), line.height()));
    }
    return out;
  }

  /** A page turned by less than this (in slope) is read as it is. */
  private static final double LEVEL = 0.0015;

  /**
   * The lines of a page scanned askew, turned level: the page's slope is the median of its long
   * lines' slopes (a least-squares fit of their words' bottoms), and every word's box is turned
   * about the page's centre by it. OCR reads a skewed line as one line, but its words' boxes
   * climb or fall along it, so that without this the left end of one line meets the right end
   * of the next one at the same height, and their words interleave.
   */
  static List<OcrEngine.Line> deskewed(List<OcrEngine.Line> lines, int width, int height) {
    List<Double> slopes = new ArrayList<>();
    for (OcrEngine.Line line : lines) {
      List<OcrEngine.Word> ws = line.words();
      if (ws.size() < 4 || line.width() < width / 4) {
        continue;
      }
      double n = 0;
      double sx = 0;
      double sy = 0;
      double sxx = 0;
      double sxy = 0;
      for (OcrEngine.Word w : ws) {
        double x = w.left() + w.width() / 2.0;
        double y = w.top() + w.height();
        n++;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
      }
      double d = n * sxx - sx * sx;
      if (d > 0) {
        slopes.add((n * sxy - sx * sy) / d);
      }
    }
    if (slopes.size() < 3) {
      return lines;
    }
    slopes.sort(Double::compare);
    double slope = slopes.get(slopes.size() / 2);
    if (Math.abs(slope) < LEVEL) {
      return lines;
    }
    double angle = Math.atan(slope);
    double cos = Math.cos(-angle);
    double sin = Math.sin(-angle);
    double cx = width / 2.0;
    double cy = height / 2.0;
    List<OcrEngine.Line> out = new ArrayList<>(lines.size());
    for (OcrEngine.Line line : lines) {
      List<OcrEngine.Word> words = new ArrayList<>(line.words().size());
      for (OcrEngine.Word w : line.words()) {
        double x = w.left() + w.width() / 2.0 - cx;
        double y = w.top() + w.height() / 2.0 - cy;
        double tx = cx + x * cos - y * sin;
        double ty = cy + x * sin + y * cos;
        words.add(new OcrEngine.Word(w.text(), (int) Math.round(tx - w.width() / 2.0), (int) Math.round(ty - w.height() / 2.0),
            w.width(), w.height(), w.confidence()));
      }
      out.add(new OcrEngine.Line(words, line.left(), line.top(), line.width(), line.height()));
    }
    return out;
  }

  /** Line sizes within this share of the page's usual size are taken as that size. */
  private static final float SAME_SIZE = 0.15f;
  /**
   * The same for a line of at most {@link #SHORT_LINE} words, whose size is read from one or two
   * boxes: a paragraph's last line ("meeting.  RV") read a fifth smaller than the page's type
   * started a paragraph of its own, cutting the decision it ended.
   */
  private static final float SAME_SIZE_SHORT = 0.25f;
  private static final int SHORT_LINE = 3;

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
