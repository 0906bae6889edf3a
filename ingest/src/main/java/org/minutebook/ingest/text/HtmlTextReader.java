package org.minutebook.ingest.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.minutebook.ingest.label.rules.ItemNumber;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a minutes web page into the same positioned-line form as a PDF, so one segmenter serves
 * both. Each block (heading, paragraph, list entry) becomes one line on a single page; an item
 * table's rows (number cell | item cell, as modern.gov prints them) are laid out like the printed
 * minutes table: the number at the left, the item's title in bold in the text column, then its
 * paragraphs. Blocks are set apart by paragraph-sized gaps.
 */
public final class HtmlTextReader {
  static final float PAGE_WIDTH = 595f;
  private static final float NUMBER_X = 50f;
  private static final float TEXT_X = 90f;
  private static final float SIZE = 11f;
  /** Labels a CMS prints inside an item ("Minutes:", "Decision:"), not part of its text. */
  private static final Pattern LABEL = Pattern.compile("(?i)(minutes|decision|additional documents|supporting documents|attachments?):?");
  private static final String BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,dt,dd,pre,blockquote";

  public List<Page> read(byte[] bytes) {
    Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    doc.select("script,style,noscript,nav,header,footer,form").remove();
    Builder out = new Builder();
    Element title = doc.selectFirst("title");
    if (title != null && !title.text().isBlank() && doc.body().select("h1,h2").isEmpty()) {
      out.block(title.text(), NUMBER_X, true);
    }
    walk(doc.body(), out);
    return List.of(new Page(1, PAGE_WIDTH, out.y + 50, out.lines, out.glyphs));
  }

  private void walk(Element element, Builder out) {
    for (Element child : element.children()) {
      String tag = child.tagName().toLowerCase(Locale.ROOT);
      if (tag.equals("tr") && itemRow(child, out)) {
        continue;
      }
      if (tag.equals("ol") && numberedItems(child, out)) {
        continue;
      }
      if (child.is(BLOCKS) && child.select(BLOCKS).size() == 1) {
        boolean bold = tag.matches("h[1-6]") || child.select("strong,b").text().equals(child.text());
        out.block(child.text(), NUMBER_X, bold);
      } else if (child.is("td,th") && child.select(BLOCKS).isEmpty() && !child.ownText().isBlank()) {
        out.block(child.text(), NUMBER_X, tag.equals("th"));
      } else {
        walk(child, out);
      }
    }
  }

  /**
   * An ordered list whose entries each open with a heading ("<li><h4>APOLOGIES</h4><p>...</p>"):
   * the minutes' items, numbered as the browser shows them (from the list's start attribute).
   * False, leaving the list to be read as text, when its entries are plain list lines.
   */
  private boolean numberedItems(Element list, Builder out) {
    Elements entries = list.select("> li");
    if (entries.isEmpty() || !entries.stream().allMatch(li -> li.children().size() > 0 && li.child(0).is("h1,h2,h3,h4,h5,h6,strong,b"))) {
      return false;
    }
    int n = 1;
    try {
      n = list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
    } catch (NumberFormatException e) {
      // a broken start attribute: count from one
    }
    for (Element li : entries) {
      out.gap();
      out.numbered(n + ".", li.child(0).text());
      for (Element b : li.children().subList(1, li.children().size())) {
        if (b.is(BLOCKS) && b.select(BLOCKS).size() == 1) {
          out.block(b.text(), TEXT_X, false);
        } else {
          walk(b, out);
        }
      }
      n++;
    }
    return true;
  }

  /** A table row "number | item": printed like the minutes table. */
  private boolean itemRow(Element row, Builder out) {
    Elements cells = row.select("> td");
    if (cells.size() < 2 || !webItemNumber(cells.get(0).text())) {
      return false;
    }
    String number = cells.get(0).text().strip();
    Element body = cells.get(1);
    Elements blocks = body.select(BLOCKS);
    List<String> texts = new ArrayList<>();
    for (Element b : blocks) {
      if (b.select(BLOCKS).size() == 1 && !b.text().isBlank() && !LABEL.matcher(b.text().strip()).matches()) {
        texts.add(b.text());
      }
    }
    if (texts.isEmpty()) {
      texts.add(body.text());
    }
    out.gap();
    out.numbered(number, texts.get(0));
    for (String t : texts.subList(1, texts.size())) {
      out.block(t, TEXT_X, false);
    }
    return true;
  }

  private static final class Builder {
    final List<Line> lines = new ArrayList<>();
    float y = 60;
    int glyphs;

    void gap() {
      y += SIZE;
    }

    void block(String text, float x, boolean bold) {
      List<Word> words = words(text, x, bold);
      if (!words.isEmpty()) {
        lines.add(new Line(1, words));
        y += 2 * SIZE;
      }
    }

    void numbered(String number, String title) {
      List<Word> words = new ArrayList<>(words(number, NUMBER_X, true));
      words.addAll(words(title, TEXT_X, true));
      if (!words.isEmpty()) {
        lines.add(new Line(1, words));
        y += 2 * SIZE;
      }
    }

    private List<Word> words(String text, float x, boolean bold) {
      List<Word> words = new ArrayList<>();
      float cursor = x;
      for (String part : LineBuilder.clean(text).strip().split("\\s+")) {
        if (part.isEmpty()) {
          continue;
        }
        float width = part.length() * SIZE * 0.5f;
        words.add(new Word(Homoglyphs.fold(part), cursor, cursor + width, y - SIZE, y, SIZE, bold));
        cursor += width + SIZE * 0.3f;
        glyphs += part.length();
      }
      return words;
    }
  }

  /**
   * Whether a table's first cell numbers an item: "3", "16a", "4." (upper-case letters too). A
   * number with a slash ("32/2016") is a by-law's or report's reference on a web page, not an item's.
   */
  private static boolean webItemNumber(String cell) {
    return ItemNumber.parse(cell.strip().toLowerCase(Locale.ROOT)).filter(n -> !n.printed().contains("/")).isPresent();
  }
}
