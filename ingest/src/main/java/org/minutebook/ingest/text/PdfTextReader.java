package org.minutebook.ingest.text;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.minutebook.ingest.BadInputException;
import org.minutebook.ingest.ocr.ScanReader;
import org.minutebook.model.Ocr;
import org.minutebook.model.RefusalReason;

/**
 * Reads a PDF's text layer into positioned lines with PDFBox.
 *
 * <p>Contract: takes the file's bytes (the caller has read them and owns nothing that needs
 * closing); returns one {@link Page} per page, lines in reading order by position. Throws
 * {@link BadInputException} with {@link RefusalReason#ENCRYPTED} when a password is needed,
 * {@link RefusalReason#DAMAGED} when PDFBox cannot parse the file or finds no pages. A scan
 * (pages without text) is returned as pages without lines; deciding that it needs OCR is the
 * caller's business.
 */
public final class PdfTextReader {
  /** Fewer glyphs than this, and a page that shows an image is read as a scan. */
  static final int MIN_GLYPHS_PER_PAGE = 10;

  /**
   * A PDF's pages and what OCR did for them.
   *
   * @param pages every page, those OCR read in place of their text layer
   * @param ocr what OCR read, or null when no page needed it or no engine could read it
   * @param needed pages that needed OCR (no text but an image, or a garbled text layer)
   * @param failures the pages OCR failed on, one line each
   */
  public record Read(List<Page> pages, Ocr ocr, int needed, List<String> failures) {}

  public List<Page> read(Path file, byte[] bytes) throws BadInputException {
    return read(file, bytes, null).pages();
  }

  /**
   * Reads the text layer, then, when scans can read them, reads by OCR the pages whose layer is
   * missing (fewer than {@value #MIN_GLYPHS_PER_PAGE} glyphs on a page that shows an image) or
   * garbled ({@link TextQuality}); a page with a good text layer never is.
   */
  public Read read(Path file, byte[] bytes, ScanReader scans) throws BadInputException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      int count = document.getNumberOfPages();
      if (count == 0) {
        throw new BadInputException(file, RefusalReason.DAMAGED, "no pages");
      }
      Collector collector = new Collector();
      collector.writeText(document, Writer.nullWriter());
      List<Page> pages = collector.pages;
      boolean garbled = TextQuality.isGarbled(pages);
      List<Integer> unread = new ArrayList<>();
      for (Page page : pages) {
        boolean scan = page.glyphs() < MIN_GLYPHS_PER_PAGE && collector.drawn.contains(page.number());
        if (scan || (garbled ? page.glyphs() >= MIN_GLYPHS_PER_PAGE : TextQuality.isGarbled(List.of(page)))) {
          unread.add(page.number());
        }
      }
      if (unread.isEmpty() || scans == null || !scans.engine().available()) {
        return new Read(pages, null, unread.size(), List.of());
      }
      ScanReader.Result ocr = scans.read(document, unread, String.valueOf(file.getFileName()));
      List<Page> merged = new ArrayList<>(pages.size());
      for (Page page : pages) {
        merged.add(ocr.pages().getOrDefault(page.number(), page));
      }
      return new Read(merged, ocr.summary(), unread.size(), ocr.failures());
    } catch (InvalidPasswordException e) {
      throw new BadInputException(file, RefusalReason.ENCRYPTED, null, e);
    } catch (IOException | RuntimeException e) {
      // PDFBox reports broken structure both as IOException and as unchecked exceptions
      throw new BadInputException(file, RefusalReason.DAMAGED, e.getMessage(), e);
    }
  }

  /**
   * Collects each page's glyphs, less those drawn twice at one place, and builds its lines. The
   * duplicates are dropped by {@link OverlapFilter}, PDFBox's own rule made cheap; PDFBox's is
   * switched off. Like PDFBox, a glyph inside a marked-content sequence with an ActualText
   * replacement is never dropped (PDFBox replaces its text before it would compare).
   */
  private static final class Collector extends PDFTextStripper {
    private final List<Page> pages = new ArrayList<>();
    private final OverlapFilter overlaps = new OverlapFilter();
    /**
     * Pages with next to no text that still draw something: an image (directly or in a form), or
     * a content stream long enough to be text drawn as outlines. A blank page is not among them.
     */
    private final java.util.Set<Integer> drawn = new java.util.HashSet<>();
    /** For each open marked-content sequence, whether it carries ActualText; PDFBox's state mirrored. */
    private final java.util.ArrayDeque<Boolean> marked = new java.util.ArrayDeque<>();
    private boolean actualText;
    /** Boldness per font object: asked once per font, not once per glyph. */
    private final java.util.Map<PDFont, Boolean> bold = new java.util.IdentityHashMap<>();
    private float width;
    private float height;

    Collector() {
      setSortByPosition(false); // LineBuilder orders by position itself
      setSuppressDuplicateOverlappingText(false); // the overlap filter does it
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      if (actualText || overlaps.keep(text.getUnicode(), text.getX(), text.getY(), text.getWidth())) {
        super.processTextPosition(text);
      }
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
      super.beginMarkedContentSequence(tag, properties);
      actualText = properties != null && properties.getString(COSName.ACTUAL_TEXT) != null;
      marked.push(actualText);
    }

    @Override
    public void endMarkedContentSequence() {
      Boolean replaced = marked.poll();
      if (replaced != null && replaced) {
        actualText = false;
      }
      super.endMarkedContentSequence();
    }

    @Override
    protected void startPage(PDPage page) {
      overlaps.clear();
      PDRectangle box = page.getCropBox();
      boolean turned = page.getRotation() % 180 != 0;
      width = turned ? box.getHeight() : box.getWidth();
      height = turned ? box.getWidth() : box.getHeight();
    }

    @Override
    protected void writePage() {
      List<Glyph> glyphs = new ArrayList<>();
      for (List<TextPosition> article : getCharactersByArticle()) {
        for (TextPosition tp : article) {
          glyphs.add(new Glyph(
              tp.getUnicode(),
              tp.getXDirAdj(),
              tp.getYDirAdj(),
              tp.getWidthDirAdj(),
              tp.getHeightDir(),
              sizeOf(tp),
              tp.getWidthOfSpace(),
              tp.getFont() != null && bold.computeIfAbsent(tp.getFont(), Collector::isBold)));
        }
      }
      int number = getCurrentPageNo();
      if (glyphs.size() < MIN_GLYPHS_PER_PAGE && (showsImage(getCurrentPage().getResources(), 2) || drawsMuch(getCurrentPage()))) {
        drawn.add(number);
      }
      pages.add(new Page(number, width, height, LineBuilder.build(number, glyphs), glyphs.size()));
    }

    /**
     * The glyph's size in points. Some writers set the font at size 1 and scale the text matrix, or
     * the reverse, and PDFBox's size then comes out many times the printed height; the glyph's
     * height (the font's cap height at its real scale) is the better witness.
     */
    private static float sizeOf(TextPosition tp) {
      float size = tp.getFontSizeInPt();
      float height = tp.getHeightDir();
      return height > 0.5f && size > 3 * height ? height / 0.7f : size;
    }

    /** A content stream of this many bytes or more draws more than a blank page's frame. */
    private static final int MUCH = 2048;

    private static boolean drawsMuch(PDPage page) {
      try (java.io.InputStream in = page.getContents()) {
        return in.readNBytes(MUCH).length >= MUCH;
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }

    /** Whether these resources hold an image, looking this many forms deep. */
    private static boolean showsImage(PDResources resources, int depth) {
      if (resources == null) {
        return false;
      }
      try {
        for (COSName name : resources.getXObjectNames()) {
          if (resources.isImageXObject(name)) {
            return true;
          }
          if (depth > 0 && resources.getXObject(name) instanceof PDFormXObject form && showsImage(form.getResources(), depth - 1)) {
            return true;
          }
        }
      } catch (IOException | RuntimeException e) {
        return false; // a broken resource is no evidence of a scan
      }
      return false;
    }

    private static boolean isBold(PDFont font) {
      String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
      if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")) {
        return true;
      }
      PDFontDescriptor descriptor = font.getFontDescriptor();
      return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    }
  }
}
