package org.minutebook.ingest.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minutebook.ingest.label.LabelledLayout;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.model.Box;
import org.minutebook.model.DocumentKind;

class PackSplitterTest {
  private final PackSplitter splitter = new PackSplitter();
  private final MinutesLocator locator = new MinutesLocator();

  /** Pages of lines; every line its own paragraph. */
  private static LabelledLayout pages(String[]... pages) {
    List<LabelledRow> rows = new ArrayList<>();
    for (int p = 0; p < pages.length; p++) {
      float y = 60;
      for (String line : pages[p]) {
        rows.add(LabelledRow.of(p + 1, y, y + 10, null, line, null, false, true, 0f, 10f, new Box(p + 1, 72, y, 400, 10), null));
        y += 14;
      }
    }
    return new LabelledLayout(rows, Map.of(), pages.length, false);
  }

  private List<String> split(LabelledLayout l) {
    List<String> out = new ArrayList<>();
    for (PackSplitter.Part part : splitter.split(l, locator.locate(l))) {
      out.add(part.kind() + "@" + l.rows().get(part.start()).page());
    }
    return out;
  }

  @Test
  void aPackIsSplitIntoItsAgendaMinutesAndReports() {
    LabelledLayout l = pages(
        new String[] {"A meeting of the Riverside Board will be held at the Town Hall on 4 March 2021", "1 Apologies",
            "2 Minutes of the last meeting", "3 Library report"},
        new String[] {"RIVERSIDE BOARD", "Minutes of the meeting held on 4 February 2021", "Present:", "Ann Other (Chairman)",
            "1 APOLOGIES", "None.", "2 BUDGET", "RESOLVED that the budget be noted.", "The meeting ended at 8.00 pm"},
        new String[] {"Report No. ABC21001", "Riverside Council", "Title: LIBRARY HOURS", "Contact Officer: Sam Person",
            "1. Summary", "The hours are set out below."},
        new String[] {"Riverside Partnership Youth Update", "March 2021", "1. Clubs", "The clubs met weekly."});
    assertEquals(List.of("AGENDA@1", "MINUTES@2", "REPORT@3", "REPORT@4"), split(l));
  }

  @Test
  void aReportWhoseHeadStartsMidPageStartsThere() {
    LabelledLayout l = pages(
        new String[] {"Report No. ABC21001", "Title: PARKS", "Author: Kit Someone", "The parks are open.",
            "More about the parks.", "Even more about them.", "And the playgrounds.", "And the benches.",
            "And the paths.", "And the lakes.", "And the trees.", "And the ponds.", "And the cafes.", "And the bins.",
            "And the gates, which are now mended.", "Date Report Filed: 1 March 2021", "Author: Lee Nobody",
            "The second report starts here."});
    List<PackSplitter.Part> parts = splitter.split(l, List.of());
    assertEquals(2, parts.size());
    assertEquals(15, parts.get(1).start());
  }

  @Test
  void aPageRepeatingTheHeadOfTheDocumentBeforeItContinuesIt() {
    LabelledLayout l = pages(
        new String[] {"AGENDA", "Parks Committee", "Date: 4 March 2021"},
        new String[] {"Parks Committee", "4 March 2021", "1. Apologies", "2. Budget"});
    assertEquals(List.of("AGENDA@1"), split(l));
  }

  @Test
  void aHeaderTableAboveTheMinutesHeadingBelongsToTheMinutes() {
    LabelledLayout l = pages(new String[] {"Riverside Trust", "Date of meeting 3 May 2021", "MINUTES", "Present: Ann Other, Sam Person",
        "1. Apologies", "None.", "2. Accounts", "RESOLVED that the accounts be approved."});
    List<PackSplitter.Part> parts = splitter.split(l, locator.locate(l));
    assertEquals(1, parts.size());
    assertEquals(DocumentKind.MINUTES, parts.get(0).kind());
  }

  /** A date line takes every month name the date reader takes (CalendarWords.ANY_MONTH), short and Welsh too. */
  @ParameterizedTest(name = "isDateLine({0}) = {1}")
  @CsvSource(delimiter = '|', value = {
      "March 2019 | true", "4th March 2019 | true", "04/03/2019 | true", "4 Sept. 2019 | true", "Dec 2019 | true",
      "Mawrth 2019 | true", "march, 2019 | true",
      "March | false", "Marching 2019 | false", "Report 2019 | false", "4 March 2019 at 10am | false"})
  void aDateLineIsOnlyADate(String line, boolean expected) {
    assertEquals(expected, PackSplitter.isDateLine(line));
  }
}
