package org.minutebook.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays out a flow of {@link Block}s on pages in the "moderngov with Action column" shape and writes
 * the PDF: a running header (two lines) and a page number on every page, full-width front matter,
 * then a three-column table of item number, text and Action. Paragraphs wrap to their column and
 * break across pages wherever the page ends (or where a block asks for a break), so running headers
 * can fall in the middle of a sentence. Test scope only: the reader never sees this class, only the
 * PDF bytes it makes.
 */
final class MinutesPdfWriter {
  /** Where a block is printed. */
  enum Region {
    /** From the left margin to the right margin (front matter, the closing line). */
    FULL,
    /** The table's text column, between the number column and the Action column. */
    TEXT
  }

  /**
   * A unit of the flow.
   *
   * @param region where its lines go
   * @param segments its text; each segment starts on a new line (no gap), long ones wrap
   * @param bold set in the bold face
   * @param centered centred in its region
   * @param gapBefore a paragraph gap above it
   * @param number the item-number cell beside its first line, or null
   * @param header the Action-column header beside its first line ("Action"), or null
   * @param action the Action-column entry for it, or null; a line feed continues it on the next line
   * @param actionBelow how many lines below its last line the entry is printed (0: beside it; -1:
   *     beside its first line, as in a table cell aligned to the top of its row)
   * @param breakBefore the index of a line before which the page must break, or -1
   */
  record Block(Region region, List<String> segments, boolean bold, boolean centered, boolean gapBefore,
      String number, String header, String action, int actionBelow, int breakBefore) {
    Block {
      Objects.requireNonNull(region, "region");
      segments = List.copyOf(segments);
    }
  }

  /**
   * The look of one document.
   *
   * @param family "HELVETICA", "TIMES" or "COURIER"
   * @param size body font size in points
   * @param pageWidth page width in points
   * @param pageHeight page height in points
   * @param marginLeft left margin
   * @param marginRight right margin
   * @param marginTop top margin (above the running header)
   * @param marginBottom bottom margin (the page number sits inside it)
   * @param numberWidth width of the item-number column
   * @param actionWidth width of the Action column
   * @param gutter white space between the text column and the Action column
   * @param pitch line pitch as a share of the font size
   * @param paragraphGap extra space between paragraphs as a share of the font size
   * @param actionRight Action entries flush right in their column rather than flush left
   * @param shuffled each page's text drawn in random order
   * @param justified body paragraphs justified, each word drawn on its own (no space glyphs)
   * @param actionSize font size of the Action column
   * @param titleSize font size of item titles and numbers
   * @param headerOnFirstPage whether the first page carries the running header too
   * @param footer the page stamp, "#" standing for the page number and "*" for the page count
   * @param glyphs every glyph drawn on its own, as some producers do (before any shuffling)
   * @param header how the running header is set: "STACKED" (two lines), "ONE_LINE" ("Body - date"),
   *     "SPLIT" (body at the left, date at the right of one line), "FOOTER" (two lines at the foot
   *     of the page, above the page number)
   * @param numberRight item numbers flush right in their column rather than flush left
   */
  record Style(String family, float size, float pageWidth, float pageHeight, float marginLeft, float marginRight,
      float marginTop, float marginBottom, float numberWidth, float actionWidth, float gutter, float pitch,
      float paragraphGap, boolean actionRight, boolean shuffled, boolean justified, float actionSize, float titleSize,
      boolean headerOnFirstPage, String footer, boolean glyphs, String header, boolean numberRight) {
    float textX() {
      return marginLeft + numberWidth;
    }

    float actionX() {
      return pageWidth - marginRight - actionWidth;
    }

    float textRight() {
      return actionX() - gutter;
    }

    String describe() {
      return String.format(Locale.ROOT,
          "%s %.1fpt/%.1fpt titles %.1fpt action %.1fpt gap %.2f page %.0fx%.0f margins %.0f/%.0f number %.0f action %.0f gutter %.0f%s%s%s footer '%s' header %s",
          family, size, pitch * size, titleSize, actionSize, paragraphGap, pageWidth, pageHeight, marginLeft, marginRight,
          numberWidth, actionWidth, gutter, shuffled ? " shuffled" : "", justified ? " justified" : glyphs ? " glyph-by-glyph" : "",
          headerOnFirstPage ? "" : " no-first-header", footer, header) + (numberRight ? " numbers-right" : "");
    }
  }

  /** One string drawn on a page, baseline measured from the top. */
  private record Op(PDFont font, float size, float x, float baseline, String text) {}

  private static final String CYRILLIC_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final Style style;
  private final Random random;
  private PDFont regular;
  private PDFont bold;
  private PDFont cyrillic;
  private PDDocument document;
  private final List<List<Op>> pages = new ArrayList<>();
  private List<Op> page;
  private float y;

  private MinutesPdfWriter(Style style, long seed) {
    this.style = style;
    this.random = new Random(seed);
  }

  /** The PDF for the flow, with the two running-header lines on every page. */
  static byte[] write(Style style, long seed, List<Block> blocks, String headerLine1, String headerLine2) {
    return new MinutesPdfWriter(style, seed).render(blocks, headerLine1, headerLine2);
  }

  private byte[] render(List<Block> blocks, String headerLine1, String headerLine2) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document = doc;
      regular = new PDType1Font(Standard14Fonts.FontName.valueOf(regularName()));
      bold = new PDType1Font(Standard14Fonts.FontName.valueOf(boldName()));
      newPage();
      for (Block b : blocks) {
        place(b);
      }
      int count = pages.size();
      for (int p = 0; p < count; p++) {
        List<Op> ops = new ArrayList<>(pages.get(p));
        // furniture goes into the same list, so a shuffled page draws it anywhere among the text
        if (p > 0 || style.headerOnFirstPage()) {
          runningHeader(ops, headerLine1, headerLine2);
        }
        String number = style.footer().replace("#", Integer.toString(p + 1)).replace("*", Integer.toString(count));
        float footer = style.pageHeight() - style.marginBottom() * 0.55f;
        ops.add(new Op(regular, style.size(), (style.pageWidth() - width(regular, style.size(), number)) / 2, footer, number));
        if (style.glyphs()) {
          ops = glyphByGlyph(ops);
        }
        if (style.shuffled()) {
          Collections.shuffle(ops, random);
        }
        emit(ops);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each string split into its characters, each placed where the whole string would put it. */
  private static List<Op> glyphByGlyph(List<Op> ops) {
    List<Op> out = new ArrayList<>();
    for (Op op : ops) {
      float x = op.x();
      for (int i = 0; i < op.text().length(); i++) {
        String c = op.text().substring(i, i + 1);
        if (!c.isBlank()) {
          out.add(new Op(op.font(), op.size(), x, op.baseline(), c));
        }
        x += width(op.font(), op.size(), c);
      }
    }
    return out;
  }

  private void runningHeader(List<Op> ops, String line1, String line2) {
    float first = style.marginTop() + style.size();
    switch (style.header()) {
      case "ONE_LINE" -> ops.add(new Op(regular, style.size(), style.marginLeft(), first, line1 + " - " + line2));
      case "FOOTER" -> {
        float foot = style.pageHeight() - style.marginBottom() * 0.55f - style.size() * 1.4f;
        ops.add(new Op(regular, style.size(), style.marginLeft(), foot - style.size() * style.pitch(), line1));
        ops.add(new Op(regular, style.size(), style.marginLeft(), foot, line2));
      }
      case "SPLIT" -> {
        ops.add(new Op(regular, style.size(), style.marginLeft(), first, line1));
        float right = style.pageWidth() - style.marginRight() - width(regular, style.size(), line2);
        ops.add(new Op(regular, style.size(), right, first, line2));
      }
      default -> {
        ops.add(new Op(regular, style.size(), style.marginLeft(), first, line1));
        ops.add(new Op(regular, style.size(), style.marginLeft(), first + style.size() * (style.pitch() + 0.4f), line2));
      }
    }
  }

  private String regularName() {
    return switch (style.family()) {
      case "TIMES" -> "TIMES_ROMAN";
      default -> style.family();
    };
  }

  private String boldName() {
    return style.family() + "_BOLD";
  }

  private float bodyTop() {
    return style.marginTop() + style.size() * (2 * style.pitch() + 1.8f);
  }

  private float bodyBottom() {
    // a running footer needs its two lines of room above the page number
    float footer = style.header().equals("FOOTER") ? style.size() * (2 * style.pitch() + 1.4f) : 0;
    return style.pageHeight() - style.marginBottom() - footer;
  }

  private float pitch() {
    return style.size() * style.pitch();
  }

  private void newPage() {
    page = new ArrayList<>();
    pages.add(page);
    y = bodyTop();
  }

  private boolean atTop() {
    return y <= bodyTop() + 0.01f;
  }

  private void place(Block b) {
    PDFont font = b.bold() ? bold : regular;
    // an item heading (a block with a number cell) is set in the title size
    float size = b.number() != null ? style.titleSize() : style.size();
    float left = b.region() == Region.FULL ? style.marginLeft() : style.textX();
    float right = b.region() == Region.FULL ? style.pageWidth() - style.marginRight() : style.textRight();
    List<String> lines = new ArrayList<>();
    List<Boolean> lastOfSegment = new ArrayList<>();
    for (String segment : b.segments()) {
      List<String> wrapped = wrap(segment, font, size, right - left);
      for (int k = 0; k < wrapped.size(); k++) {
        lines.add(wrapped.get(k));
        lastOfSegment.add(k == wrapped.size() - 1);
      }
    }
    if (b.gapBefore() && !atTop()) {
      // items stay apart even where paragraphs have no space between them
      y += style.size() * (b.number() != null ? Math.max(0.7f, style.paragraphGap()) : style.paragraphGap());
    }
    for (int i = 0; i < lines.size(); i++) {
      if (i == b.breakBefore() && !atTop() || y + pitch() > bodyBottom()) {
        newPage();
      }
      y += Math.max(pitch(), size * style.pitch());
      String line = lines.get(i);
      float x = b.centered() ? left + (right - left - width(font, size, line)) / 2 : left;
      boolean justify = style.justified() && b.region() == Region.TEXT && b.number() == null && !lastOfSegment.get(i);
      drawLine(font, size, x, y, line, justify ? right - left : 0);
      if (i == 0 && b.number() != null) {
        float x0 = style.numberRight()
            ? style.textX() - width(bold(b), size, b.number()) - Math.max(3f, 0.4f * size) : style.marginLeft();
        page.add(new Op(bold(b), size, x0, y, b.number()));
      }
      if (i == 0 && b.header() != null) {
        placeAction(b.header(), bold(b), y);
      }
      if (b.action() != null && (b.actionBelow() < 0 ? i == 0 : i == lines.size() - 1)) {
        String[] entry = b.action().split("\n");
        float at = y + Math.max(0, b.actionBelow()) * pitch();
        // an entry that would fall off the page stays beside the clause instead
        at = at + (entry.length - 1) * pitch() > bodyBottom() ? y : at;
        for (int k = 0; k < entry.length; k++) {
          placeAction(entry[k], regular, at + k * pitch());
        }
        if (i == lines.size() - 1) {
          y = Math.max(y, at + (entry.length - 1) * pitch());
        }
      }
    }
  }

  /**
   * One line of text: as one string, or word by word (as many PDF producers draw justified text,
   * with no space glyphs between the words) spread to the given width when it is not 0.
   */
  private void drawLine(PDFont font, float size, float x, float baseline, String line, float justifyTo) {
    if (line.contains("^{")) {
      superscripts(font, size, x, baseline, line);
      return;
    }
    if (!style.justified()) {
      page.add(new Op(font, size, x, baseline, line));
      return;
    }
    String[] words = line.split(" ");
    float space = width(font, size, " ");
    if (justifyTo > 0 && words.length > 1) {
      float total = 0;
      for (String w : words) {
        total += width(font, size, w);
      }
      space = Math.max(space, (justifyTo - total) / (words.length - 1));
    }
    float at = x;
    for (String w : words) {
      page.add(new Op(font, size, at, baseline, w));
      at += width(font, size, w) + space;
    }
  }

  /** A line with "^{st}" marks: the marked text drawn smaller and raised, as ordinals often are. */
  private void superscripts(PDFont font, float size, float x, float baseline, String line) {
    float at = x;
    int from = 0;
    while (from < line.length()) {
      int open = line.indexOf("^{", from);
      String plain = line.substring(from, open < 0 ? line.length() : open);
      if (!plain.isEmpty()) {
        page.add(new Op(font, size, at, baseline, plain));
        at += width(font, size, plain);
      }
      if (open < 0) {
        break;
      }
      int close = line.indexOf('}', open);
      String raised = line.substring(open + 2, close);
      page.add(new Op(font, size * 0.6f, at, baseline - size * 0.33f, raised));
      at += width(font, size * 0.6f, raised);
      from = close + 1;
    }
  }

  private PDFont bold(Block b) {
    return b.bold() ? bold : regular;
  }

  private void placeAction(String text, PDFont font, float baseline) {
    PDFont f = needsUnicodeFont(text) ? cyrillicFont() : font;
    float size = style.actionSize();
    float x = style.actionRight() ? style.pageWidth() - style.marginRight() - width(f, size, text) : style.actionX();
    page.add(new Op(f, size, x, baseline, text));
  }

  private static boolean needsUnicodeFont(String text) {
    return text.chars().anyMatch(c -> c > 0xFF);
  }

  /** A font with Cyrillic glyphs: the Standard 14 fonts cannot encode them. */
  private PDFont cyrillicFont() {
    if (cyrillic == null) {
      try (InputStream in = PDDocument.class.getResourceAsStream(CYRILLIC_FONT)) {
        if (in == null) {
          throw new IllegalStateException("PDFBox no longer bundles " + CYRILLIC_FONT);
        }
        cyrillic = PDType0Font.load(document, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cyrillic;
  }

  /** Greedy word wrap to a width; a single overlong word gets a line of its own. */
  static List<String> wrap(String text, PDFont font, float size, float width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(font, size, candidate) > width) {
        out.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }

  static float width(PDFont font, float size, String text) {
    try {
      // superscript marks measure as their text (a little wide, which only matters to centring)
      return font.getStringWidth(text.replace("^{", "").replace("}", "")) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void emit(List<Op> ops) throws IOException {
    PDPage p = new PDPage(new PDRectangle(style.pageWidth(), style.pageHeight()));
    document.addPage(p);
    try (PDPageContentStream cs = new PDPageContentStream(document, p)) {
      for (Op op : ops) {
        cs.beginText();
        cs.setFont(op.font(), op.size());
        cs.newLineAtOffset(op.x(), style.pageHeight() - op.baseline());
        cs.showText(op.text());
        cs.endText();
      }
    }
  }
}
