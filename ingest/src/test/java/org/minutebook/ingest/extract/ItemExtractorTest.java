package org.minutebook.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.segment.RawItem;
import org.minutebook.model.ActionRow;
import org.minutebook.model.Box;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionKind;
import org.minutebook.model.Item;

class ItemExtractorTest {
  private final ItemExtractor extractor = new ItemExtractor();
  private float top = 100;

  private LabelledRow heading(String number, String text) {
    return row(number, text, null, true, true);
  }

  private LabelledRow para(String text) {
    return row(null, text, null, false, true);
  }

  /** A row continuing the paragraph above. */
  private LabelledRow cont(String text) {
    return row(null, text, null, false, false);
  }

  private LabelledRow cont(String text, String action) {
    return row(null, text, action, false, false);
  }

  private LabelledRow para(String text, String action) {
    return row(null, text, action, false, true);
  }

  /** A line holding only an Action-column entry. */
  private LabelledRow actionOnly(String action) {
    return row(null, "", action, false, false);
  }

  private LabelledRow row(String number, String text, String action, boolean bold, boolean paragraphStart) {
    float y = top;
    top += 14;
    Box actionBox = action == null ? null : new Box(1, 500, y, 30, 10);
    return LabelledRow.of(1, y, y + 10, number, text, action, bold, paragraphStart, 0f, 10f, new Box(1, 90, y, 400, 10), actionBox);
  }

  private Item extract(LabelledRow title, LabelledRow... body) {
    return extractor.extract(new RawItem("5", List.of(title), List.of(body)));
  }

  @Test
  void whatOcrReadKeepsHowSureItWas() {
    Item item = extract(OcrRows.read(heading("5", "BENCHES"), 96, 40),
        OcrRows.read(para("RESOLVED that the benches be painted"), 90),
        OcrRows.read(cont("green."), 70));
    assertEquals(68, item.ocrConfidence(), 0.01, "the heading's two words, number and title");
    assertEquals((6 * 90 + 70) / 7.0, item.decisions().get(0).ocrConfidence(), 0.01, "every word of the decision's lines");
  }

  @Test
  void factsOfATextLayerSayNothingOfOcr() {
    Item item = extract(heading("5", "BENCHES"), para("RESOLVED that the benches be painted green."));
    assertNull(item.ocrConfidence());
    assertNull(item.decisions().get(0).ocrConfidence());
  }

  @Test
  void titleAndTextAndDecision() {
    Item item = extract(
        heading("5", "MINUTES OF THE LAST MEETING"),
        para("The minutes were reviewed."),
        para("RESOLVED that the update be noted."));

    assertEquals("5", item.number());
    assertEquals("MINUTES OF THE LAST MEETING", item.title());
    assertEquals("The minutes were reviewed.\nRESOLVED that the update be noted.", item.text());
    assertEquals(1, item.decisions().size());
    assertEquals(DecisionKind.RESOLVED, item.decisions().get(0).kind());
    assertEquals(1, item.decisions().get(0).page());
  }

  @Test
  void lowerCaseAgreedGivesNoDecision() {
    Item item = extract(heading("5", "ACTIONS"), para("It was agreed that Ms X would circulate the report."));

    assertTrue(item.decisions().isEmpty());
  }

  @Test
  void singleActionOnLastPartAppliesToDecisionAndAllParts() {
    Item item = extract(
        heading("5", "VICTIM SUPPORT"),
        para("RESOLVED that:"),
        para("1- An update on the action plan be provided at the next meeting."),
        para("2- Victim Support be invited to present their annual report.", "LG/TG"));

    assertEquals(1, item.decisions().size());
    Decision d = item.decisions().get(0);
    assertEquals(List.of("LG", "TG"), d.actions());
    assertEquals(2, d.parts().size());
    assertEquals("1", d.parts().get(0).label());
    assertEquals(List.of("LG", "TG"), d.parts().get(0).actions());
    assertEquals("2", d.parts().get(1).label());
    assertEquals(List.of("LG", "TG"), d.parts().get(1).actions());
    assertEquals(1, item.actionRows().size());
  }

  @Test
  void actionsOnEachPartStayWithTheirPart() {
    Item item = extract(
        heading("5", "VICTIM SUPPORT"),
        para("RESOLVED that:"),
        para("1- An update on the action plan be provided.", "LG"),
        para("2- Victim Support be invited to the next meeting.", "TG"));

    Decision d = item.decisions().get(0);
    assertEquals(List.of("LG", "TG"), d.actions());
    assertEquals(List.of("LG"), d.parts().get(0).actions());
    assertEquals(List.of("TG"), d.parts().get(1).actions());
  }

  @Test
  void actionBesideNarrativeIsKeptOnTheItemButOnNoDecision() {
    Item item = extract(
        heading("5", "ANY OTHER BUSINESS"),
        para("RV would circulate the figures to members.", "RV"),
        para("RESOLVED that the update be noted."));

    assertEquals(1, item.actionRows().size());
    ActionRow a = item.actionRows().get(0);
    assertEquals(List.of("RV"), a.actions());
    assertEquals("RV would circulate the figures to members.", a.beside());
    assertEquals(1, item.decisions().size());
    assertTrue(item.decisions().get(0).actions().isEmpty());
  }

  @Test
  void actionOnALineOfItsOwnAttachesToTheDecisionAbove() {
    Item item = extract(
        heading("5", "REPORT"),
        para("RESOLVED that the report be circulated to all partners."),
        actionOnly("JB"),
        para("The Board discussed the timetable."));

    assertEquals(List.of("JB"), item.decisions().get(0).actions());
    assertEquals(1, item.actionRows().size());
    assertEquals("RESOLVED that the report be circulated to all partners.", item.actionRows().get(0).beside());
  }

  @Test
  void actionColumnHeaderIsNotAnAction() {
    Item item = extract(
        row("5", "REPORT", "Action", true, true),
        para("RESOLVED that the report be noted.", "AB"));

    assertEquals(1, item.actionRows().size());
    assertEquals(List.of("AB"), item.actionRows().get(0).actions());
  }

  @Test
  void agendaReferenceIsTakenOutOfTheTitle() {
    Item item = extract(heading("5", "BUDGET MONITORING (Agenda Item 7)"), para("The report was noted."));

    assertEquals("BUDGET MONITORING", item.title());
    assertEquals("7", item.agendaItem());
  }

  @Test
  void itemWithoutAgendaReference() {
    Item item = extract(heading("5", "BUDGET MONITORING"), para("The report was noted."));

    assertNull(item.agendaItem());
  }

  @Test
  void splitsActionCells() {
    assertEquals(List.of("LS", "JB"), ItemExtractor.split("LS/JB"));
    assertEquals(List.of("RV", "TG"), ItemExtractor.split("RV, TG"));
  }

  @Test
  void singleActionBesideTheOpeningAppliesToAllParts() {
    // an Action cell aligned with the top of the decision's row
    Item item = extract(
        heading("5", "VICTIM SUPPORT"),
        para("RESOLVED that:", "LG"),
        para("(a) an update be provided at the next meeting;"),
        para("(b) Victim Support be invited to present their report."));

    Decision d = item.decisions().get(0);
    assertEquals(List.of("LG"), d.actions());
    assertEquals(List.of("LG"), d.parts().get(0).actions());
    assertEquals(List.of("LG"), d.parts().get(1).actions());
  }

  @Test
  void singleActionAfterInlinePartsAppliesToAllParts() {
    Item item = extract(
        heading("5", "VICTIM SUPPORT"),
        para("RESOLVED that"),
        cont("1- an update be provided at the next meeting;"),
        cont("2- Victim Support be invited to present their report.", "TG"));

    Decision d = item.decisions().get(0);
    assertEquals(List.of("1", "2"), d.parts().stream().map(p -> p.label()).toList());
    assertEquals(List.of("TG"), d.parts().get(0).actions());
    assertEquals(List.of("TG"), d.parts().get(1).actions());
  }

  @Test
  void agreedClausesInsideAParagraphAreDecisionsAndActionLinesAreActions() {
    Item item = extractor.extract(new RawItem("3", List.of(heading("3", "Matters Arising")), List.of(
        para("3.1 A form for volunteers was tabled and could be circulated. AGREED"),
        para("3.2 Quotes for a shed were shown and once the size was settled it was AGREED to"),
        cont("purchase."),
        cont("ACTION:AB/CD"),
        para("3.3 The treasurer noted that it was agreed last year to review the fees."))));
    assertEquals(List.of("AGREED", "it was AGREED to purchase."), item.decisions().stream().map(d -> d.text()).toList());
    assertEquals(List.of("AB", "CD"), item.decisions().get(1).actions());
    assertEquals(1, item.actionRows().size());
    assertEquals("purchase.", item.actionRows().get(0).beside());
  }

  @Test
  void aResolvedLineAfterAListEntryStartsItsOwnDecisionButNotAfterItWas() {
    Item item = extractor.extract(new RawItem("4", List.of(heading("4", "Clerk's Report")), List.of(
        para("The Clerk reported on:"),
        cont("Council Finances"),
        cont("RESOLVED: That the report be received."),
        para("After discussion it was"),
        cont("RESOLVED that the hedge be cut."))));
    assertEquals(List.of("RESOLVED: That the report be received."), item.decisions().stream().map(d -> d.text()).toList().subList(0, 1));
    assertEquals(2, item.decisions().size());
    assertEquals("it was RESOLVED that the hedge be cut.", item.decisions().get(1).text());
  }
}
