package org.minutebook.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ParagraphTest {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Test
  void collapseIsTheRegexReplacementItReplaced() {
    char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\r', '\f', 0x0B, '\u00a0', '\u2003', '\u3000', '-', '.'};
    Random random = new Random(13);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = sb.toString();
      assertEquals(SPACES.matcher(s).replaceAll(" ").strip(), Paragraph.collapse(s), () -> "for [" + s + "]");
    }
  }

  @Test
  void cleanTextIsNotCopied() {
    String clean = "RESOLVED that the report be noted.";
    assertSame(clean, Paragraph.collapse(clean));
  }
}
