package org.minutebook.ingest.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a text layer that can be read from one whose font encoding is broken, where every glyph
 * maps to the wrong character ("8.+2++8/3-.+1*43"): such a file needs OCR as much as a scan does.
 */
final class TextQuality {
  private static final Pattern WORDLIKE = Pattern.compile("[(\"'‘“]?\\p{L}[\\p{L}'’\\-]*[.,;:)\"'’”!?]*");
  private static final Pattern VOWEL = Pattern.compile("(?iu).*[aeiouyw\\u00C0-\\u024F].*");
  /** Below this share of word-like words, the layer is taken as garbled. */
  private static final double MIN_WORDLIKE = 0.4;

  private TextQuality() {}

  static boolean isGarbled(List<Page> pages) {
    int words = 0;
    int wordlike = 0;
    for (Page page : pages) {
      for (Line line : page.lines()) {
        for (Word w : line.words()) {
          String t = w.text();
          if (t.length() < 3) {
            continue;
          }
          words++;
          if (WORDLIKE.matcher(t).matches() && VOWEL.matcher(t).matches()) {
            wordlike++;
          }
        }
      }
      if (words > 4000) {
        break; // enough evidence
      }
    }
    return words >= 30 && wordlike < MIN_WORDLIKE * words;
  }
}
