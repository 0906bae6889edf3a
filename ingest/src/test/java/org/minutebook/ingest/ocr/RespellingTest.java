package org.minutebook.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RespellingTest {

  @Test
  void aCapitalIReadAsLIsMended() {
    assertEquals("It", Respelling.of("lt"));
    assertEquals("In", Respelling.of("ln"));
    assertEquals("If,", Respelling.of("lf,"));
    assertEquals("Is", Respelling.of("ls"));
  }

  @Test
  void realWordsAndLongerWordsStay() {
    assertEquals("lo", Respelling.of("lo"));
    assertEquals("lts", Respelling.of("lts"));
    assertEquals("It", Respelling.of("It"));
    assertEquals("left", Respelling.of("left"));
    assertEquals("l", Respelling.of("l"));
  }
}
