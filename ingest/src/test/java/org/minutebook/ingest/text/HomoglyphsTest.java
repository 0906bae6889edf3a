package org.minutebook.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HomoglyphsTest {
  @Test
  void cyrillicLookAlikesBecomeLatin() {
    // U+0421 CYRILLIC CAPITAL LETTER ES, U+041D CYRILLIC CAPITAL LETTER EN
    assertEquals("CH", Homoglyphs.fold("\u0421\u041D"));
  }

  @Test
  void mixedWordWithCyrillicLetterBecomesLatin() {
    assertEquals("Council", Homoglyphs.fold("\u0421ouncil"));
  }

  @Test
  void greekLookAlikesBecomeLatin() {
    // U+0391 GREEK CAPITAL LETTER ALPHA, U+039C GREEK CAPITAL LETTER MU
    assertEquals("AM", Homoglyphs.fold("\u0391\u039C"));
  }

  @Test
  void realRussianWordIsUnchanged() {
    assertEquals("привет", Homoglyphs.fold("привет"));
  }

  @Test
  void latinWordIsUnchanged() {
    assertEquals("Council", Homoglyphs.fold("Council"));
  }
}
