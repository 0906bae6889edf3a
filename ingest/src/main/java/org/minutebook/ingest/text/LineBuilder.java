package org.minutebook.ingest.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a page's lines from its glyphs by position alone: glyphs are grouped on shared baselines,
 * ordered left to right, and split into words at gaps. The order in which the PDF drew the glyphs
 * plays no part, so a content stream that draws paragraphs out of order still reads top to bottom.
 * A glyph drawn twice at the same place (a common way of faking bold) is kept once.
 */
public final class LineBuilder {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  /** Baselines closer than this share a line, as a share of the font size (superscripts fit). */
  private static final float SAME_LINE = 0.5f;

  private LineBuilder() {}

  /** Lines of one page, top to bottom; glyphs that are only white space separate words. */
  public static List<Line> build(int page, List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
    List<List<Glyph>> groups = new ArrayList<>();
    List<Glyph> current = null;
    float anchor = 0;
    float anchorSize = 0;
    for (Glyph g : sorted) {
      float size = Math.max(4f, Math.max(g.fontSize(), anchorSize));
      if (current == null || g.baseline() - anchor > SAME_LINE * size) {
        current = new ArrayList<>();
        groups.add(current);
        anchor = g.baseline();
        anchorSize = g.fontSize();
      }
      current.add(g);
    }
    List<Line> lines = new ArrayList<>();
    for (List<Glyph> group : groups) {
      group.sort(Comparator.comparingDouble(Glyph::x));
      List<Word> words = words(group);
      if (!words.isEmpty()) {
        lines.add(new Line(page, words));
      }
    }
    return lines;
  }

  private static List<Word> words(List<Glyph> glyphs) {
    List<Word> words = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<Glyph> members = new ArrayList<>();
    Glyph previous = null;
    boolean blank = false;
    float average = averageWidth(glyphs);
    float spaced = letterSpacing(glyphs, average);
    for (Glyph g : glyphs) {
      String t = g.text();
      if (t == null || t.isEmpty()) {
        continue;
      }
      if (t.isBlank()) {
        blank = true;
        continue;
      }
      if (blank && previous != null) {
        // a space glyph breaks the word, except between a heading's initial capital and the rest
        // of its word drawn flush against it ("A" " " "pologies"), as some writers set initials
        float gap = g.x() - (previous.x() + previous.width());
        float space = g.spaceWidth() > 0.5f ? g.spaceWidth() : 0.25f * g.fontSize();
        boolean initial = members.size() == 1 && Character.isUpperCase(previous.text().codePointAt(0))
            && previous.text().length() == 1 && Character.isLowerCase(t.codePointAt(0));
        if (!initial || gap > 0.15f * space) {
          flush(words, text, members);
          previous = null;
        }
      }
      blank = false;
      if (previous != null) {
        float gap = g.x() - (previous.x() + previous.width());
        boolean duplicate = t.equals(previous.text()) && Math.abs(g.x() - previous.x()) < Math.max(0.5f, previous.width() * 0.3f);
        if (duplicate) {
          continue;
        }
        float space = g.spaceWidth() > 0.5f ? g.spaceWidth() : 0.25f * g.fontSize();
        // a word gap is about half a letter wide: some writers report a space (and a font size)
        // twice the size their glyphs are drawn at, so the line's own letters are the other witness
        float wordGap = average > 0 ? Math.min(0.45f * space, WORD_GAP * average) : 0.45f * space;
        if (gap > Math.max(Math.max(wordGap, 0.08f * g.fontSize()), LETTER_SPACED * spaced)) {
          flush(words, text, members);
        }
      }
      text.append(t);
      members.add(g);
      previous = g;
    }
    flush(words, text, members);
    return words;
  }

  /** In a letter-spaced line, a gap between words is this many times its letters' spacing, at least. */
  private static final float LETTER_SPACED = 1.8f;

  /**
   * The spacing of a letter-spaced line ("S o u l d e r n"), where most gaps between its glyphs
   * would read as word gaps: their median; else 0.
   */
  private static float letterSpacing(List<Glyph> glyphs, float average) {
    List<Float> gaps = new ArrayList<>();
    Glyph previous = null;
    for (Glyph g : glyphs) {
      if (g.text() == null || g.text().isBlank()) {
        previous = null;
        continue;
      }
      if (previous != null) {
        gaps.add(g.x() - (previous.x() + previous.width()));
      }
      previous = g;
    }
    if (gaps.size() < 4 || average <= 0) {
      return 0;
    }
    long wide = gaps.stream().filter(gap -> gap > WORD_GAP * average).count();
    if (wide * 10 < gaps.size() * 6) {
      return 0;
    }
    gaps.sort(Float::compare);
    return gaps.get(gaps.size() / 2);
  }

  /** A gap between words, as a share of the line's average letter width, at least. */
  private static final float WORD_GAP = 0.3f;

  /** The average width of the line's printed glyphs (white space left out), or 0. */
  private static float averageWidth(List<Glyph> glyphs) {
    float sum = 0;
    int n = 0;
    for (Glyph g : glyphs) {
      if (g.text() != null && !g.text().isBlank() && g.width() > 0) {
        sum += g.width() / g.text().length();
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  private static void flush(List<Word> words, StringBuilder text, List<Glyph> members) {
    if (members.isEmpty()) {
      text.setLength(0);
      return;
    }
    String raw = clean(text.toString());
    if (!raw.isBlank()) {
      float x0 = Float.MAX_VALUE;
      float x1 = -Float.MAX_VALUE;
      float top = Float.MAX_VALUE;
      float baseline = 0;
      float size = 0;
      int bold = 0;
      float confidence = Float.NaN;
      for (Glyph g : members) {
        // the least sure glyph's; a text layer's glyph (NaN) never lowers it
        confidence = Float.isNaN(confidence) || g.confidence() < confidence ? g.confidence() : confidence;
        x0 = Math.min(x0, g.x());
        x1 = Math.max(x1, g.x() + g.width());
        top = Math.min(top, g.baseline() - Math.max(g.height(), 0.6f * g.fontSize()));
        baseline += g.baseline();
        size = Math.max(size, g.fontSize());
        bold += g.bold() ? 1 : 0;
      }
      // a glyph whose text holds a space (text drawn as one string) gives several words; the
      // positions of inner words are not known, so later ones take the run's right edge
      boolean first = true;
      for (String part : SPACES.split(raw.strip())) {
        words.add(new Word(Homoglyphs.fold(part), first ? x0 : x1, x1, top, baseline / members.size(), size, bold * 2 > members.size(),
            confidence));
        first = false;
      }
    }
    text.setLength(0);
    members.clear();
  }

  /** Unicode clean-up of a word: ligatures expanded, soft hyphens and zero-width marks dropped. */
  static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFB00' && c <= '\uFB06') {
        out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
      } else if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
        continue;
      } else if (c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009') {
        out.append(' ');
      } else if (Character.isISOControl(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
