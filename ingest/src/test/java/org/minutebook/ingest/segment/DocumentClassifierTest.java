package org.minutebook.ingest.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.label.LabelledLayout;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.model.Box;
import org.minutebook.model.DocumentKind;

class DocumentClassifierTest {
  private static DocumentKind kind(String... lines) {
    List<LabelledRow> rows = new ArrayList<>();
    float y = 60;
    for (String line : lines) {
      rows.add(LabelledRow.of(1, y, y + 10, null, line, null, false, true, 0f, 10f, new Box(1, 72, y, 400, 10), null));
      y += 14;
    }
    return new DocumentClassifier().classify(new LabelledLayout(rows, Map.of(), 1, false));
  }

  @Test
  void documentsAreKnownByHowTheyNameThemselves() {
    assertEquals(DocumentKind.AGENDA, kind("AGENDA", "PARKS COMMITTEE", "Thursday, 4th March, 2021"));
    assertEquals(DocumentKind.AGENDA, kind("RIVERSIDE BOARD OF HEALTH", "AGENDA – April 24, 2019"));
    assertEquals(DocumentKind.NOTICE, kind("Thursday, 3 December 2020", "PUBLIC NOTICE OF SPECIAL MEETING OF THE PARKS COMMITTEE"));
    assertEquals(DocumentKind.REPORT, kind("Parks Committee", "Report No. PK21003", "Purpose of report"));
    assertEquals(DocumentKind.OTHER, kind("Annual Accounts", "Balance sheet"));
  }
}
