package org.minutebook.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.RowLabeller;
import org.minutebook.ingest.layout.Row;
import org.minutebook.ingest.text.Word;
import org.minutebook.model.Box;
import org.minutebook.model.DecisionKind;

class DecisionExtractorTest {
  private float top = 100;

  /** A row of body text that starts a paragraph. */
  private LabelledRow para(String text) {
    return row(text, true);
  }

  /** A row of body text continuing the paragraph above. */
  private LabelledRow cont(String text) {
    return row(text, false);
  }

  private LabelledRow row(String text, boolean paragraphStart) {
    float y = top;
    top += 14;
    return LabelledRow.of(1, y, y + 10, null, text, null, false, paragraphStart, 0f, 10f, new Box(1, 90, y, 400, 10), null);
  }

  private static List<DecisionExtractor.Found> find(LabelledRow... rows) {
    return DecisionExtractor.find(Paragraph.of(List.of(rows)));
  }

  private static List<String> labels(DecisionExtractor.Found f) {
    List<String> out = new ArrayList<>();
    for (DecisionExtractor.FoundPart p : f.parts()) {
      out.add(p.label());
    }
    return out;
  }

  @Test
  void resolvedThatIsADecision() {
    List<DecisionExtractor.Found> found = find(para("RESOLVED that the update be noted."));

    assertEquals(1, found.size());
    assertEquals(DecisionKind.RESOLVED, found.get(0).kind());
    assertEquals("RESOLVED that the update be noted.", found.get(0).text());
    assertTrue(found.get(0).parts().isEmpty());
  }

  @Test
  void lowerCaseAgreedIsNarrativeNotADecision() {
    List<DecisionExtractor.Found> found = find(para("It was agreed that Ms X would circulate the report to members."));

    assertTrue(found.isEmpty());
  }

  @Test
  void itWasUpperCaseAgreedIsADecision() {
    List<DecisionExtractor.Found> found = find(para("It was AGREED that the minutes be approved."));

    assertEquals(1, found.size());
    assertEquals(DecisionKind.AGREED, found.get(0).kind());
    assertEquals("It was AGREED that the minutes be approved.", found.get(0).text());
  }

  @Test
  void decisionAmongNarrativeParagraphs() {
    List<DecisionExtractor.Found> found = find(
        para("The Board discussed the report."),
        para("RESOLVED that the report be noted."),
        para("Members thanked the officers."));

    assertEquals(1, found.size());
    assertEquals("RESOLVED that the report be noted.", found.get(0).text());
  }

  @Test
  void decisionWrappedOverLinesIsJoined() {
    List<DecisionExtractor.Found> found = find(
        para("RESOLVED that the Board"),
        cont("note the update."));

    assertEquals(1, found.size());
    assertEquals("RESOLVED that the Board note the update.", found.get(0).text());
    assertEquals(2, found.get(0).rows().size());
  }

  @Test
  void paragraphNumberIsNotPartOfTheDecisionText() {
    List<DecisionExtractor.Found> found = find(para("12.3 RESOLVED that the update be noted."));

    assertEquals("RESOLVED that the update be noted.", found.get(0).text());
  }

  @Test
  void introducedPartsBelongToOneDecision() {
    List<DecisionExtractor.Found> found = find(
        para("RESOLVED that:"),
        para("1- An update on the action plan be provided at the next meeting."),
        para("2- Victim Support be invited to present their annual report."));

    assertEquals(1, found.size());
    DecisionExtractor.Found f = found.get(0);
    assertEquals(DecisionKind.RESOLVED, f.kind());
    assertEquals(List.of("1", "2"), labels(f));
    assertEquals("An update on the action plan be provided at the next meeting.", f.parts().get(0).text());
    assertEquals("Victim Support be invited to present their annual report.", f.parts().get(1).text());
    assertEquals(
        "RESOLVED that: 1- An update on the action plan be provided at the next meeting."
            + " 2- Victim Support be invited to present their annual report.",
        f.text());
    assertEquals(3, f.rows().size());
  }

  @Test
  void narrativeAfterPartsEndsTheDecision() {
    List<DecisionExtractor.Found> found = find(
        para("RESOLVED that:"),
        para("(a) the report be noted;"),
        para("(b) the plan be approved."),
        para("The Chairman thanked the officers."));

    assertEquals(1, found.size());
    assertEquals(List.of("a", "b"), labels(found.get(0)));
    assertEquals("RESOLVED that: (a) the report be noted; (b) the plan be approved.", found.get(0).text());
  }

  @Test
  void numberedParagraphAfterAFinishedDecisionIsNotAPart() {
    List<DecisionExtractor.Found> found = find(
        para("RESOLVED that the report be noted."),
        para("1. The next meeting will be held in March."));

    assertEquals(1, found.size());
    assertEquals("RESOLVED that the report be noted.", found.get(0).text());
    assertTrue(found.get(0).parts().isEmpty());
  }

  @Test
  void twoDecisionsInARow() {
    List<DecisionExtractor.Found> found = find(
        para("RESOLVED that the minutes be approved."),
        para("AGREED: the date of the next meeting."));

    assertEquals(2, found.size());
    assertEquals(DecisionKind.RESOLVED, found.get(0).kind());
    assertEquals(DecisionKind.AGREED, found.get(1).kind());
  }

  @Test
  void inlinePartsInTheOpeningParagraph() {
    List<DecisionExtractor.Found> found = find(para("RESOLVED that (a) the report be noted; and (b) the plan be approved."));

    assertEquals(List.of("a", "b"), labels(found.get(0)));
    assertEquals("the report be noted", found.get(0).parts().get(0).text());
    assertEquals("the plan be approved.", found.get(0).parts().get(1).text());
  }

  @Test
  void partsGoOnAfterAPageBreakThatEndedTheParagraphAfterTheFirstPart() {
    // "1- ...;" finished the last line of a page, so the next page opens a paragraph at "2-"
    List<DecisionExtractor.Found> found = find(
        para("RESOLVED that:"),
        cont("1- the revised plan be approved;"),
        para("2- the Clerk report back at the next meeting."));

    assertEquals(1, found.size());
    assertEquals("RESOLVED that: 1- the revised plan be approved; 2- the Clerk report back at the next meeting.",
        found.get(0).text());
    assertEquals(List.of("1", "2"), labels(found.get(0)));
  }

  @Test
  void aPartParagraphHoldingTheNextPartsIsSplit() {
    List<DecisionExtractor.Found> found = find(
        para("RESOLVED that"),
        para("(a) the plan be approved;"),
        para("(b) the Clerk report back;"),
        cont("(c) officers explore funding."));

    assertEquals(List.of("a", "b", "c"), labels(found.get(0)));
    assertEquals("officers explore funding.", found.get(0).parts().get(2).text());
  }

  @Test
  void aDecisionOpeningALineAfterAFinishedSentenceStartsItsOwnParagraph() {
    // no space between paragraphs, and the line above was full: only the words tell
    List<DecisionExtractor.Found> found = find(
        para("Members were informed that the bid had been submitted in May."),
        cont("RESOLVED that the report be noted."));

    assertEquals(1, found.size());
    assertEquals("RESOLVED that the report be noted.", found.get(0).text());
  }

  /** A row whose words are set from x (a number first, a tab clear of its text, when the text opens with one). */
  private static Row placed(float y, float x, String text, boolean paragraphStart) {
    List<Word> words = new ArrayList<>();
    float at = x;
    String[] tokens = text.split(" ");
    for (int k = 0; k < tokens.length; k++) {
      words.add(new Word(tokens[k], at, at + 6 * tokens[k].length(), y, y + 8, 10f, false));
      at += 6 * tokens[k].length() + (k == 0 && tokens[0].matches("\\d+\\)") ? 24 : 4);
    }
    float textX = tokens[0].matches("\\d+\\)") && words.size() > 1 ? words.get(1).x0() : x;
    return new Row(1, y, y + 10, null, text, null, false, paragraphStart, textX - 100, 10f, new Box(1, textX, y, 400, 10), null, words);
  }

  private static List<DecisionExtractor.Found> findPlaced(Object... xAndText) {
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < xAndText.length; k += 2) {
      rows.add(placed(100 + 14 * k, (Float) xAndText[k], (String) xAndText[k + 1], true));
    }
    return DecisionExtractor.find(Paragraph.of(RowLabeller.label(rows)));
  }

  @Test
  void aBodyHangingUnderItsParagraphNumberRunsToItsEnd() {
    // "5)   RESOLVED that:" with its text a tab clear of the number: the paragraphs set in as far are its body
    List<DecisionExtractor.Found> found = findPlaced(
        100f, "4) Following the debate, the Chairman put the motion.",
        100f, "5) RESOLVED that:",
        136f, "Members note the report.",
        136f, "Members continue to support the work.",
        100f, "6) The Chairman thanked the officers.");

    assertEquals(1, found.size());
    assertEquals("RESOLVED that: Members note the report. Members continue to support the work.", found.get(0).text());
  }

  @Test
  void aHangingBodyEndsAtNarrativeAtTheNumbersEdge() {
    List<DecisionExtractor.Found> found = findPlaced(
        100f, "5) RESOLVED that:",
        136f, "Members note the report.",
        100f, "Members thanked the officers.");

    assertEquals("RESOLVED that: Members note the report.", found.get(0).text());
  }

  @Test
  void aClauseWithoutAHangingNumberKeepsToItsIntroducedParagraph() {
    List<DecisionExtractor.Found> found = findPlaced(
        100f, "RESOLVED that:",
        100f, "Members note the report.",
        100f, "Members thanked the officers.");

    assertEquals("RESOLVED that: Members note the report.", found.get(0).text());
  }
}
