package org.minutebook.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextReaderTest {
  private static List<String> lines(String html) {
    return new HtmlTextReader().read(html.getBytes(StandardCharsets.UTF_8)).get(0).lines().stream().map(Line::text).toList();
  }

  @Test
  void anOrderedListOfHeadedEntriesIsNumberedAsTheBrowserShowsIt() {
    List<String> lines = lines("<div><h4>PRESENT</h4><p>Ann Other</p><ol start=\"3\">"
        + "<li><h4>APOLOGIES</h4><p>None.</p></li><li><h4>PLANNING</h4><p>Noted.</p><p>More.</p></li></ol></div>");
    assertEquals(List.of("PRESENT", "Ann Other", "3. APOLOGIES", "None.", "4. PLANNING", "Noted.", "More."), lines);
  }

  @Test
  void anOrderedListOfPlainEntriesStaysText() {
    assertEquals(List.of("first point", "second point"), lines("<ol><li>first point</li><li>second point</li></ol>"));
  }
}
