package org.minutebook.ingest.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.model.Box;

class ItemSegmenterTest {
  private final ItemSegmenter segmenter = new ItemSegmenter();
  private float top = 100;

  /** A bold heading row with a number cell. */
  private LabelledRow numbered(String number, String title) {
    return row(number, title, true, true, 0f);
  }

  /** A body paragraph. */
  private LabelledRow para(String text) {
    return row(null, text, false, true, 0f);
  }

  private LabelledRow row(String number, String text, boolean bold, boolean paragraphStart, float indent) {
    float y = top;
    top += 14;
    return LabelledRow.of(1, y, y + 10, number, text, null, bold, paragraphStart, indent, 10f, new Box(1, 90, y, 400, 10), null);
  }

  private static List<String> numbers(Segments s) {
    List<String> out = new ArrayList<>();
    for (RawItem i : s.items()) {
      out.add(i.number());
    }
    return out;
  }

  private static List<String> texts(List<LabelledRow> rows) {
    List<String> out = new ArrayList<>();
    for (LabelledRow r : rows) {
      out.add(r.text());
    }
    return out;
  }

  private List<LabelledRow> minutes() {
    return List.of(
        row(null, "MINUTES OF THE MEETING OF THE SAFER COMMUNITIES BOARD", true, true, 0f),
        para("Present: Mr R W Gough (Chairman), Mr N Baker"),
        numbered("15", "APOLOGIES"),
        para("Apologies were received from Mrs S Hudson."),
        numbered("16", "REPORTS FROM SUB-GROUPS"),
        numbered("16a", "YOUTH OFFENDING AND GANGS SUB GROUP VERBAL"),
        row(null, "UPDATE", true, false, 0f),
        para("The Board noted the update."),
        numbered("16b", "DOMESTIC ABUSE"),
        para("The points raised were:"),
        row("1.", "Refuges are full.", false, true, 0f),
        row("2.", "Referrals have risen.", false, true, 0f),
        numbered("17", "ANY OTHER BUSINESS"),
        para("None."));
  }

  @Test
  void numberCellsStartItemsInOrder() {
    Segments s = segmenter.segment(minutes());

    assertEquals(List.of("15", "16", "16a", "16b", "17"), numbers(s));
  }

  @Test
  void rowsBeforeTheFirstItemAreFrontMatter() {
    Segments s = segmenter.segment(minutes());

    assertEquals(
        List.of("MINUTES OF THE MEETING OF THE SAFER COMMUNITIES BOARD", "Present: Mr R W Gough (Chairman), Mr N Baker"),
        texts(s.front()));
  }

  @Test
  void groupHeadingIsAnEmptyItem() {
    RawItem group = segmenter.segment(minutes()).items().get(1);

    assertEquals("16", group.number());
    assertEquals(List.of("REPORTS FROM SUB-GROUPS"), texts(group.titleRows()));
    assertTrue(group.bodyRows().isEmpty());
  }

  @Test
  void numberedListInsideAnItemDoesNotStartAnItem() {
    Segments s = segmenter.segment(minutes());

    RawItem item = s.items().get(3);
    assertEquals("16b", item.number());
    assertEquals(List.of("The points raised were:", "1. Refuges are full.", "2. Referrals have risen."), texts(item.bodyRows()));
  }

  @Test
  void titleWrappedOverTwoBoldRowsIsJoined() {
    RawItem item = segmenter.segment(minutes()).items().get(2);

    assertEquals("16a", item.number());
    assertEquals(List.of("YOUTH OFFENDING AND GANGS SUB GROUP VERBAL", "UPDATE"), texts(item.titleRows()));
    assertEquals(List.of("The Board noted the update."), texts(item.bodyRows()));
  }

  @Test
  void numberPunctuationIsDropped() {
    Segments s = segmenter.segment(List.of(numbered("84.", "APOLOGIES"), numbered("85.", "MINUTES")));

    assertEquals(List.of("84", "85"), numbers(s));
  }

  @Test
  void closingLineLeftOfTheTextColumnIsNotPartOfTheLastItem() {
    Segments s = segmenter.segment(List.of(
        numbered("1", "APOLOGIES"),
        para("None were received."),
        row(null, "The meeting ended at 11.40 am", false, true, -40f),
        row(null, "Chairman", false, true, -40f)));

    assertEquals(List.of("None were received."), texts(s.items().get(0).bodyRows()));
    assertEquals(List.of("The meeting ended at 11.40 am", "Chairman"), texts(s.closing()));
  }

  @Test
  void withoutNumberCellsNumberedHeadingsStartItems() {
    Segments s = segmenter.segment(List.of(
        row(null, "1. APOLOGIES", true, true, 0f),
        para("None were received."),
        row(null, "2. MINUTES OF THE LAST MEETING", true, true, 0f),
        para("The minutes were agreed.")));

    assertEquals(List.of("1", "2"), numbers(s));
    assertEquals(List.of("APOLOGIES"), texts(s.items().get(0).titleRows()));
  }

  @Test
  void subNumbersOpeningRunningTextAreParagraphsOfTheirItem() {
    List<LabelledRow> rows = List.of(
        numbered("3", "Finance"),
        row("3.1", "The balance stands at a healthy figure with nothing owed.", false, true, 0f),
        row("3.2", "The treasurer would ask the bank about moving the account and", false, true, 0f),
        row(null, "report back.", false, false, 0f),
        numbered("4", "Events"),
        row("4.1", "Summer fair", false, true, 0f),
        para("The fair went well."));
    Segments s = segmenter.segment(rows);
    assertEquals(List.of("3", "4", "4.1"), numbers(s));
    assertEquals(List.of("3.1 The balance stands at a healthy figure with nothing owed.",
        "3.2 The treasurer would ask the bank about moving the account and", "report back."), texts(s.items().get(0).bodyRows()));
  }

  @Test
  void aDocumentNumberedOnlyInSubNumbersKeepsThemAsItems() {
    Segments s = segmenter.segment(List.of(
        row("2.1", "The minutes were approved.", false, true, 0f),
        row("2.2", "The report was noted.", false, true, 0f)));
    assertEquals(List.of("2.1", "2.2"), numbers(s));
  }

  @Test
  void headingsWithAgendaReferencesAreItemsAndTheirNumberedParagraphsAreNot() {
    Segments s = segmenter.segment(List.of(
        para("PRESENT: Ann Other (Chair), Sam Person"),
        row(null, "Apologies and Substitutes", true, true, 0f),
        row(null, "(Item 1)", false, false, 0f),
        para("Apologies were received from Lee Nobody."),
        row(null, "Chair's Announcements", true, true, 0f),
        row(null, "(Item 2)", false, false, 0f),
        row("1.", "The Chair thanked the officers.", false, true, 0f),
        row("2.", "The Chair announced a visit.", false, true, 0f),
        row(null, "Budget Update", true, true, 0f),
        row(null, "(Item 3)", false, false, 0f),
        para("RESOLVED that the update be noted.")));
    assertEquals(3, s.items().size());
    assertEquals(null, s.items().get(1).number());
    assertEquals(List.of("Chair's Announcements", "(Item 2)"), texts(s.items().get(1).titleRows()));
    assertEquals(List.of("1. The Chair thanked the officers.", "2. The Chair announced a visit."), texts(s.items().get(1).bodyRows()));
    assertEquals(List.of("PRESENT: Ann Other (Chair), Sam Person"), texts(s.front()));
  }

  @Test
  void aReferenceLineRightBelowAnotherStaysInTheItemAbove() {
    // read from a damaged copy of real minutes: two reference lines with no heading between them
    Segments s = segmenter.segment(List.of(
        para("PRESENT: Ann Other (Chair), Sam Person"),
        row(null, "Apologies and Substitutes", true, true, 0f),
        row(null, "(Item 1)", false, false, 0f),
        para("Apologies were received from Lee Nobody."),
        row(null, "Budget Update", true, true, 0f),
        row(null, "(Item 2)", false, false, 0f),
        row(null, "(Item 3)", false, false, 0f),
        para("RESOLVED that the update be noted.")));
    assertEquals(2, s.items().size());
    assertEquals(List.of("Budget Update", "(Item 2)"), texts(s.items().get(1).titleRows()));
    assertEquals(List.of("(Item 3)", "RESOLVED that the update be noted."), texts(s.items().get(1).bodyRows()));
  }

  @Test
  void businessBeforeTheFirstNumberedItemIsAnItemWithoutANumber() {
    Segments s = segmenter.segment(List.of(
        para("PRESENT: Ann Other, Sam Person"),
        row(null, "UNRESTRICTED ITEMS", true, true, 0f),
        row(null, "Election of Chair", true, true, 0f),
        para("1. Ann Other proposed that Sam Person chair the meeting."),
        para("2. RESOLVED that Sam Person chair the meeting."),
        numbered("283.", "Apologies for Absence"),
        para("There were none."),
        numbered("284.", "Declarations of Interest"),
        para("There were none.")));
    assertEquals(java.util.Arrays.asList(null, "283", "284"), numbers(s));
    assertEquals(List.of("Election of Chair"), texts(s.items().get(0).titleRows()));
    assertEquals(List.of("PRESENT: Ann Other, Sam Person", "UNRESTRICTED ITEMS"), texts(s.front()));
  }

  @Test
  void aNumberedLineOfRunningTextBetweenHeadedOnesOpensAnItemTitledByItsFirstSentence() {
    Segments s = segmenter.segment(List.of(
        para("1. Apologies"),
        para("None."),
        para("2. Minutes of Previous Meetings. Approved online and posted on the website without change."),
        para("3. Treasurer's report"),
        para("The balance is healthy.")));
    assertEquals(List.of("1", "2", "3"), numbers(s));
    assertEquals(List.of("Minutes of Previous Meetings"), texts(s.items().get(1).titleRows()));
    assertEquals(List.of("Approved online and posted on the website without change."), texts(s.items().get(1).bodyRows()));
  }
}
