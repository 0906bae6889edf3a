package org.minutebook.ingest.ocr;

import java.util.regex.Pattern;

/**
 * Mends the one misreading of OCR that no later stage can undo: a capital I read as a lower-case
 * l at the start of a two-letter word ("lt was AGREED", "ln attendance", "lf"). "lt", "ln", "lf"
 * and "ls" are no English words while "It", "In", "If" and "Is" are, and the stages after OCR
 * look for "It was" like any reader does.
 */
final class Respelling {

  private static final Pattern CAPITAL_I_AS_L = Pattern.compile("l[tnfs]\\p{Punct}?");

  private Respelling() {}

  /** The word as printed, where OCR's letters are a known misreading of it; else the word. */
  static String of(String word) {
    return CAPITAL_I_AS_L.matcher(word).matches() ? "I" + word.substring(1) : word;
  }
}
