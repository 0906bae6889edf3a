package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.model.FollowUp;

/** A matters-arising report printed as a real table (cells side by side), read end to end. */
class MattersArisingTableTest {
  /** Enough rows that the table, and some of its rows, run over a page break. */
  private static final int ROWS = 14;

  static byte[] report() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Minute Number/Title", "Matters Arising", "Update"});
    for (int i = 0; i < ROWS; i++) {
      rows.add(new String[] {"Minute " + (40 + i) + "\n3rd February\n2021\n\nLibrary Hours " + i,
          "It was resolved that the library open on Sundays from March and that Sam Person report on the rota number " + i + ".",
          "The library opened on Sundays from 1 March. The rota was circulated to the Board on 20 February and no comments were received."});
    }
    return TablePdf.write(List.of("Report No. ABC21001", "Riverside Council", "Decision Maker: Riverside Board",
        "Date: 4th March 2021", "Title: MATTERS ARISING", "Appendix A"), new float[][] {{60, 110}, {190, 170}, {380, 170}}, rows);
  }

  @Test
  void eachRowOfTheTableIsOneFollowUpWithItsCellsApart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("matters-arising.pdf");
    Files.write(file, report());
    ParsedDocument parsed = new Pipeline(Models.onClassPath()).parse(file);
    List<FollowUp> rows = parsed.followUps();
    assertEquals(ROWS, rows.size(), rows.toString());
    for (int i = 0; i < ROWS; i++) {
      FollowUp f = rows.get(i);
      assertEquals(String.valueOf(40 + i), f.minute());
      assertEquals(LocalDate.of(2021, 2, 3), f.meetingDate());
      assertEquals("Library Hours " + i, f.title());
      assertEquals("It was resolved that the library open on Sundays from March and that Sam Person report on the rota number "
          + i + ".", f.resolution());
      assertEquals("The library opened on Sundays from 1 March. The rota was circulated to the Board on 20 February and no"
          + " comments were received.", f.update());
      assertEquals(LocalDate.of(2021, 3, 4), f.reportedOn());
      assertEquals("Riverside Board", f.body());
    }
  }
}
