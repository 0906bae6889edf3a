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

  @Test
  void aTownshipsUnnumberedMinutesTakeTheirDateFromTheTitleBlock(@TempDir Path dir) throws Exception {
    // a township's minutes with no item numbers: caps headings, and a stray mark read as "1" (here the
    // heading stays in the front; on a scan copy of such minutes OCR made it an unnumbered item)
    List<Block> blocks = List.of(
        full("State of Ohio", false),
        full("Town of Riverside", false),
        full("RIVERSIDE TOWNSHIP BOARD OF TRUSTEES MEETING", false),
        full("March 9, 2022", false),
        full("The regular scheduled meeting of the Board of Trustees was Called to order by Supervisor Able at 7:00 PM.", false),
        full("1", false),
        full("Board members present were Trustee Baker, Trustee Cole, and Supervisor Able.", false),
        full("APPROVAL OF MINUTES:", false),
        full("Motion to approve the minutes of the February meeting made by Trustee Baker, seconded by Trustee Cole.", false),
        full("OLD BUSINESS", false),
        full("There was no old business.", false),
        full("NEW BUSINESS", false),
        full("RESOLVED that the road salt contract be renewed.", false),
        full("ADJOURNMENT", false),
        full("The meeting was adjourned at 8:10 PM.", false));
    Path file = dir.resolve("minutes.pdf");
    Files.write(file, MinutesPdfWriter.write(STYLE, 1L, blocks, "Riverside Township", ""));
    ParsedDocument parsed = new Pipeline(Models.onClassPath().withoutOcr("not needed")).parse(file);
    assertEquals(1, parsed.meetings().size(), parsed.warnings().toString());
    assertEquals(LocalDate.of(2022, 3, 9), parsed.meetings().get(0).date());
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
