package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.MinutesPdfWriter.Block;
import org.minutebook.ingest.MinutesPdfWriter.Region;
import org.minutebook.ingest.MinutesPdfWriter.Style;

/**
 * Minutes whose date is in a title block above a second heading ("Minutes" alone, under the
 * body, date and venue), where the first heading is not read as a minutes heading: OCR reads
 * "Minutes of Meeting" as "Minutes. of Meeting". The date is read from the block.
 */
class TitleBlockTest {
  private static final Style STYLE = new Style("HELVETICA", 10f, 595f, 842f, 60f, 50f, 40f, 50f, 40f, 60f, 15f, 1.2f, 0.5f, false,
      false, false, 10f, 11f, true, "Page #", false, "STACKED", false);

  @Test
  void theDateComesFromTheTitleBlockAboveTheMinutesHeading(@TempDir Path dir) throws Exception {
    List<Block> blocks = List.of(
        full("Notes. of Meeting (no.12) of", true),
        full("Riverside Community Council", true),
        full("11th September 2025, 19:00-20:30.", false),
        full("Riverside School Library, 5 Edge Road", false),
        full("Minutes", true),
        title("1", "APOLOGIES FOR ABSENCE", "Action"),
        text("Apologies for absence were received from Lee Nobody."),
        title("2", "PLANTERS", null),
        text("RESOLVED that the planters be bought."));
    Path file = dir.resolve("minutes.pdf");
    Files.write(file, MinutesPdfWriter.write(STYLE, 1L, blocks, "Riverside Community Council", ""));
    ParsedDocument parsed = new Pipeline(Models.onClassPath().withoutOcr("not needed")).parse(file);
    assertEquals(1, parsed.meetings().size(), parsed.warnings().toString());
    assertEquals(LocalDate.of(2025, 9, 11), parsed.meetings().get(0).date());
  }

  private static Block full(String text, boolean bold) {
    return new Block(Region.FULL, List.of(text), bold, false, true, null, null, null, 0, -1);
  }

  private static Block title(String number, String title, String header) {
    return new Block(Region.TEXT, List.of(title), true, false, true, number, header, null, 0, -1);
  }

  private static Block text(String text) {
    return new Block(Region.TEXT, List.of(text), false, false, true, null, null, null, 0, -1);
  }
}
