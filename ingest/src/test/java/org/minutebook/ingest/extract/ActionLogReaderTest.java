package org.minutebook.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.RowLabeller;
import org.minutebook.ingest.layout.Layout;
import org.minutebook.ingest.layout.LayoutAnalyzer;
import org.minutebook.ingest.layout.Row;
import org.minutebook.ingest.text.DocumentReader;
import org.minutebook.ingest.text.Word;
import org.minutebook.model.ActionLogEntry;

class ActionLogReaderTest {
  private static final float FONT = 10f;
  private static final float CHAR = 5f;
  private float top = 100;

  /** A line whose cells start at the given character columns: "0:Dec22.02", "13:Car Park", ... */
  private Row line(int page, String... cells) {
    List<Word> words = new ArrayList<>();
    for (String cell : cells) {
      int colon = cell.indexOf(':');
      float x = 50 + Integer.parseInt(cell.substring(0, colon)) * CHAR;
      for (String w : cell.substring(colon + 1).split(" ")) {
        words.add(new Word(w, x, x + w.length() * CHAR, top, top + 8, FONT, false));
        x += (w.length() + 1) * CHAR;
      }
    }
    StringBuilder text = new StringBuilder();
    words.forEach(w -> text.append(text.length() == 0 ? "" : " ").append(w.text()));
    Row row = new Row(page, top, top + 10, null, text.toString(), null, false, false, 0f, FONT, null, null, words);
    top += 12;
    return row;
  }

  private static List<LabelledRow> labelled(Row... rows) {
    return new RowLabeller().label(new Layout(List.of(rows), Map.of(), 2, false)).rows();
  }

  @Test
  void readsCellsByPositionWrappedAndAcrossAPage() {
    List<LabelledRow> rows = labelled(
        line(1, "0:NO", "13:ACTION", "78:OWNER", "95:UPDATE"),
        line(1, "1:Dec22.02", "13:Car Park Ramp - quotes will be obtained by", "81:AS", "98:AS has spoken to"),
        line(1, "35:AS", "98:a builder."),
        line(1, "0:Jan23.02", "13:Village upkeep - JH and HD will walk", "79:JH/HD", "98:Next Agenda"),
        line(1, "13:the village."),
        line(2, "0:Jan23.03", "13:Dogs in the Pond", "81:HD"),
        line(2, "0:** The cost of the repair was discussed and it was agreed that members of the group will"));
    List<ActionLogEntry> log = ActionLogReader.read(rows);
    assertEquals(3, log.size());
    assertEquals("Dec22.02", log.get(0).ref());
    assertEquals("Car Park Ramp - quotes will be obtained by AS", log.get(0).action());
    assertEquals(List.of("AS"), log.get(0).owners());
    assertEquals("AS has spoken to a builder.", log.get(0).update());
    assertEquals(List.of("JH", "HD"), log.get(1).owners());
    assertEquals("Village upkeep - JH and HD will walk the village.", log.get(1).action());
    assertEquals("", log.get(2).update());
    assertEquals(2, log.get(2).page());
  }

  @Test
  void centredHeadersAndActionsWithoutReferences() {
    List<LabelledRow> rows = labelled(
        line(1, "3:No", "32:Action", "64:Owner", "84:Update"),
        line(1, "1:Feb26.01", "12:Cllr Epps will speak with the landlord", "63:GE/NO", "78:Agenda item"),
        line(1, "12:and the foundation."),
        line(1, "12:NO to set up email addresses", "63:NO", "78:On-going"));
    List<ActionLogEntry> log = ActionLogReader.read(rows);
    assertEquals(2, log.size());
    assertEquals("Cllr Epps will speak with the landlord and the foundation.", log.get(0).action());
    assertEquals("Feb26.01", log.get(0).ref());
    assertNull(log.get(1).ref());
    assertEquals("NO to set up email addresses", log.get(1).action());
  }

  @Test
  void actionByAndActionDate() {
    List<LabelledRow> rows = labelled(
        line(1, "0:Action", "50:Action by", "70:Action date"),
        line(1, "0:Write to the county about the verge", "50:Clerk", "70:1 May"),
        line(1, "0:Order the new bench", "50:AB", "70:June"));
    List<ActionLogEntry> log = ActionLogReader.read(rows);
    assertEquals(2, log.size());
    assertEquals("1 May", log.get(0).due());
    assertEquals(List.of("Clerk"), log.get(0).owners());
    assertEquals("Order the new bench", log.get(1).action());
  }

  @Test
  void anUnheadedActionColumnStandsBetweenReferenceAndOwner() {
    List<LabelledRow> rows = labelled(
        line(1, "0:No", "78:Owner", "95:Update"),
        line(1, "0:Feb23.03", "16:AS to action 20mph limit", "78:AS", "95:On going"),
        line(1, "0:Feb23.04", "16:NO to action barrier for carpark", "78:NO", "95:Being done"));
    List<ActionLogEntry> log = ActionLogReader.read(rows);
    assertEquals(2, log.size());
    assertEquals("AS to action 20mph limit", log.get(0).action());
    assertEquals(List.of("AS"), log.get(0).owners());
    assertEquals("Being done", log.get(1).update());
  }

  @Test
  void aCaptionInTheReferenceColumnEndsTheTable() {
    List<LabelledRow> rows = labelled(
        line(1, "0:NO", "13:ACTION", "78:OWNER"),
        line(1, "0:05.18.07", "13:NO to check the insurance", "78:NO"),
        line(1, "0:For next", "13:Tree for the green"),
        line(1, "0:meeting", "13:Co-option of councillor"));
    assertEquals(1, ActionLogReader.read(rows).size());
  }

  @Test
  void wordsFarWiderThanTheirLettersAreNotRead() {
    Row junk = line(1, "0:Apr24.05", "13:Clerk to write to the housing association", "78:CF");
    List<Word> words = new ArrayList<>(junk.words());
    words.add(new Word("T", 50 + 79 * CHAR, 50 + 110 * CHAR, junk.top(), junk.top() + 8, FONT, false));
    Row wide = new Row(1, junk.top(), junk.bottom(), null, junk.text() + " T", null, false, false, 0f, FONT, null, null, words);
    List<ActionLogEntry> log = ActionLogReader.read(labelled(line(1, "0:NO", "13:ACTION", "78:OWNER", "95:Update"), wide));
    assertEquals(List.of("CF"), log.get(0).owners());
  }

  @Test
  void noHeaderNoLog() {
    assertTrue(ActionLogReader.read(labelled(line(1, "0:Payee", "20:Detail", "40:Total £s"), line(1, "0:Clerk", "20:Salary", "40:126.29")))
        .isEmpty());
  }

  /** The Souldern minutes of February 2023, where the shared folder is there: two tables, one across a page break. */
  @Test
  void readsAPrintedTable() throws Exception {
    Path pdf = Path.of("..", "..", "shared", "realworld", "souldern-pc", "2023-02-23_SPC_minutes.pdf");
    assumeTrue(Files.isRegularFile(pdf), "no ../shared");
    List<LabelledRow> rows = new RowLabeller().label(new LayoutAnalyzer().analyze(new DocumentReader().read(pdf))).rows();
    List<ActionLogEntry> log = ActionLogReader.read(rows);
    List<String> refs = log.stream().map(ActionLogEntry::ref).toList();
    assertEquals(List.of("Dec22.02", "Dec22.04", "Dec22.05", "Jan23.01", "Jan23.02", "Jan23.03",
        "Dec22.02", "Dec22.04", "Dec22.05", "Jan23.03", "Feb23.02", "Feb23.03", "Feb23.04", "Feb 23.05"), refs);
    assertEquals("Car Park Ramp - Additional quotes will be obtained by AS", log.get(0).action());
    assertEquals("AS has spoken to another builder and is awaiting a formal quote. A 3rd quote has been requested. "
        + "Feb23 - 3 quotes now received all around £1700-£2000. See below**", log.get(0).update());
    assertEquals(List.of("JH", "HD"), log.get(4).owners());
    assertEquals("", log.get(5).update());
    assertEquals(2, log.get(5).page());
    assertEquals("To be confirmed on Nick’s return. Feb23 NO to organise working party.", log.get(8).update());
    assertEquals("On-going", log.get(9).update());
  }
}
