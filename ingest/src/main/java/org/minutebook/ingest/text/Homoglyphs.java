package org.minutebook.ingest.text;

import java.util.Map;

/**
 * Replaces Cyrillic and Greek letters that look like Latin ones ("СН" for "CH") in words that are
 * otherwise Latin, or made only of look-alikes. A word of real Cyrillic or Greek text contains
 * letters with no Latin twin and is left alone.
 */
final class Homoglyphs {
  private static final Map<Character, Character> LOOKALIKES = Map.ofEntries(
      Map.entry('А', 'A'), Map.entry('В', 'B'), Map.entry('С', 'C'), Map.entry('Е', 'E'),
      Map.entry('Н', 'H'), Map.entry('І', 'I'), Map.entry('Ј', 'J'), Map.entry('К', 'K'),
      Map.entry('М', 'M'), Map.entry('О', 'O'), Map.entry('Р', 'P'), Map.entry('Ѕ', 'S'),
      Map.entry('Т', 'T'), Map.entry('Х', 'X'), Map.entry('У', 'Y'), Map.entry('а', 'a'),
      Map.entry('с', 'c'), Map.entry('е', 'e'), Map.entry('і', 'i'), Map.entry('ј', 'j'),
      Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('ѕ', 's'), Map.entry('х', 'x'),
      Map.entry('у', 'y'), Map.entry('Ԁ', 'd'), Map.entry('ԁ', 'd'), Map.entry('ո', 'n'),
      Map.entry('Α', 'A'), Map.entry('Β', 'B'), Map.entry('Ε', 'E'), Map.entry('Ζ', 'Z'),
      Map.entry('Η', 'H'), Map.entry('Ι', 'I'), Map.entry('Κ', 'K'), Map.entry('Μ', 'M'),
      Map.entry('Ν', 'N'), Map.entry('Ο', 'O'), Map.entry('Ρ', 'P'), Map.entry('Τ', 'T'),
      Map.entry('Υ', 'Y'), Map.entry('Χ', 'X'), Map.entry('ο', 'o'), Map.entry('ν', 'v'));

  private Homoglyphs() {}

  /** The word with look-alikes replaced, or the word itself when it is genuinely non-Latin. */
  static String fold(String word) {
    boolean any = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
      boolean foreign = block == Character.UnicodeBlock.CYRILLIC || block == Character.UnicodeBlock.GREEK
          || block == Character.UnicodeBlock.ARMENIAN || block == Character.UnicodeBlock.CYRILLIC_SUPPLEMENTARY;
      if (foreign) {
        if (!LOOKALIKES.containsKey(c)) {
          return word;
        }
        any = true;
      }
    }
    if (!any) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      out.append(LOOKALIKES.getOrDefault(c, c));
    }
    return out.toString();
  }
}
