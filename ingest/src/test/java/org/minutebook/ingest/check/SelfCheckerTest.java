package org.minutebook.ingest.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.ParsedDocument;
import org.minutebook.ingest.label.LabelledLayout;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.segment.Span;
import org.minutebook.model.Attendance;
import org.minutebook.model.Box;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionKind;
import org.minutebook.model.DocumentKind;
import org.minutebook.model.DocumentPart;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.SelfCheck;
import org.minutebook.model.SelfCheck.NumberingIssue;
import org.minutebook.model.SelfCheck.NumberingKind;
import org.minutebook.model.SelfCheck.Sighting;
import org.minutebook.model.Source;

/** The check stage's figures on small documents built row by row, with the meeting read from them. */
class SelfCheckerTest {
  private static final LocalDate DATE = LocalDate.of(2023, 2, 23);
  private final SelfChecker checker = new SelfChecker();
  private final List<LabelledRow> rows = new ArrayList<>();
  private int page = 1;
  private float top = 100;

  private LabelledRow row(String number, String text, boolean bold) {
    float y = top;
    top += 14;
    LabelledRow r = LabelledRow.of(page, y, y + 10, number, text, null, bold, true, 0f, 10f, new Box(page, 90, y, 400, 10), null);
    rows.add(r);
    return r;
  }

  private void newPage() {
    page++;
    top = 100;
  }

  private static Item item(LabelledRow heading, String title, List<Decision> decisions, boolean boxed) {
    return new Item(heading.number(), title, heading.page(), List.of(), "", decisions, List.of(), null, boxed ? heading.box() : null);
  }

  private static Decision decision(String text, int page) {
    return new Decision(DecisionKind.RESOLVED, text, List.of(), List.of(), List.of(), page, null, null);
  }

  /**
   * Minutes of 23 February 2023: a heading and a Present line, items 1, 2 and 4 (3 is missing), a
   * decision over a page break, a narrative "agreed" and a "motion ... carried" outside it, and the
   * closing line. Eleven lines; the two of the front and the closing line are in no item.
   */
  private List<Item> minutes(boolean boxed) {
    row(null, "Minutes of the meeting of the Parish Council held on 23 February 2023", true);
    row(null, "Present: Cllr A Smith, Cllr B Jones", false);
    LabelledRow one = row("1", "APOLOGIES", true);
    row(null, "Apologies were received from Cllr C Brown.", false);
    LabelledRow two = row("2", "NOTICE OF MOTION", true);
    row(null, "It was agreed that the clerk would write to the county.", false);
    row(null, "RESOLVED that the report be noted and", false);
    newPage();
    row(null, "the clerk be thanked.", false);
    LabelledRow four = row("4", "PLANNING", true);
    row(null, "The motion was carried.", false);
    row(null, "The meeting ended at 9.05 pm.", false);
    return List.of(item(one, "APOLOGIES", List.of(), boxed),
        item(two, "NOTICE OF MOTION", List.of(decision("RESOLVED that the report be noted and the clerk be thanked.", 1)), boxed),
        item(four, "PLANNING", List.of(), boxed));
  }

  private SelfCheck check(String file, List<Item> items, List<DocumentPart> parts) {
    Source source = new Source(file, "0".repeat(64), page, 1, page);
    Meeting meeting = new Meeting(source, "Parish Council", DATE, null, null, null, null, Attendance.empty(), items);
    ParsedDocument parsed = new ParsedDocument(source, DocumentKind.MINUTES, List.of(meeting), parts, List.of(), List.of(), "6",
        Set.of());
    LabelledLayout layout = new LabelledLayout(rows, Map.of(), page, false);
    return checker.check(parsed, layout, List.of(new Span(0, rows.size(), 0)));
  }

  @Test
  void countsTheLinesInItemsFromEachHeadingToTheClosingLine() {
    SelfCheck c = check("minutes.pdf", minutes(true), List.of());
    assertEquals(11, c.minutesLines());
    assertEquals(8, c.itemLines());
    assertEquals(8.0 / 11, c.itemShare(), 1e-9);
  }

  @Test
  void findsDecisionWordsOutsideTheDecisionsButNotInThemOrInHeadings() {
    SelfCheck c = check("minutes.pdf", minutes(true), List.of());
    assertEquals(2, c.looseDecisionWords());
    assertEquals(List.of(new Sighting(1, 6, "agreed", "It was agreed that the clerk would write to the county."),
        new Sighting(2, 3, "motion", "The motion was carried.")), c.examples());
  }

  @Test
  void reportsTheGapInTheNumbering() {
    SelfCheck c = check("minutes.pdf", minutes(true), List.of());
    assertEquals(List.of(new NumberingIssue(NumberingKind.GAP, "2", "4")), c.numbering());
    assertEquals(1, c.count(NumberingKind.GAP));
    assertEquals(0, c.count(NumberingKind.REPEAT));
  }

  @Test
  void itemsWithoutABoxAreFoundByTheirNumber() {
    SelfCheck boxed = check("minutes.pdf", minutes(true), List.of());
    rows.clear();
    page = 1;
    top = 100;
    SelfCheck unboxed = check("minutes.pdf", minutes(false), List.of());
    assertEquals(boxed, unboxed);
  }

  @Test
  void anItemNotFoundAgainLeavesTheOneBeforeRunningOn() {
    List<Item> items = new ArrayList<>(minutes(true));
    Item lost = items.get(1);
    items.set(1, new Item(lost.number(), lost.title(), lost.page(), List.of(), "", lost.decisions(), List.of(), null,
        new Box(1, 1, 1, 1, 1)));
    SelfCheck c = check("minutes.pdf", items, List.of());
    assertEquals(8, c.itemLines(), "item 1 runs on to item 4");
    assertEquals(4, c.looseDecisionWords(), "item 1 has no decision, and item 2's heading is no heading of it");
  }

  @Test
  void minutesWithoutItemsHaveNoLinesInItemsAndEveryDecisionWordLoose() {
    minutes(true);
    SelfCheck c = check("minutes.pdf", List.of(), List.of());
    assertEquals(11, c.minutesLines());
    assertEquals(0, c.itemLines());
    assertEquals(0.0, c.itemShare());
    assertEquals(4, c.looseDecisionWords(), "the agreed, RESOLVED, NOTICE OF MOTION and motion lines");
    assertEquals(List.of(), c.numbering());
  }

  @Test
  void theFileNamesDateAgreesOrDisagreesWithTheMeetings() {
    List<Item> items = minutes(true);
    SelfCheck named = check("2023-02-23_minutes.pdf", items, List.of());
    assertEquals(List.of("2023-02-23"), named.fileDates());
    assertTrue(named.dateAgrees());
    SelfCheck other = check("2023-03-01_minutes.pdf", items, List.of());
    assertFalse(other.dateAgrees());
    assertTrue(other.dateDisagrees());
    SelfCheck undated = check("minutes.pdf", items, List.of());
    assertEquals(List.of(), undated.fileDates());
    assertNull(undated.dateAgrees(), "no date in the name: nothing to say");
    assertFalse(undated.dateDisagrees());
  }

  @Test
  void aPackIsNamedForItsMeetingNotForTheMinutesItCarries() {
    List<Item> items = minutes(true);
    List<DocumentPart> pack = List.of(new DocumentPart(DocumentKind.AGENDA, 1, 1, "Agenda", "Agenda", null, ""),
        new DocumentPart(DocumentKind.MINUTES, 1, 2, null, "Minutes", null, ""));
    assertTrue(check("agenda-pack-2023-05-04.pdf", items, pack).dateAgrees());
    assertFalse(check("minutes-2023-05-04.pdf", items, List.of()).dateAgrees());
  }

  @Test
  void aDocumentWithoutMinutesHasNothingToCompare() {
    row(null, "Agenda for the meeting on 4 May 2023", true);
    Source source = new Source("2023-05-04_agenda.pdf", "0".repeat(64), 1, null, null);
    ParsedDocument parsed = new ParsedDocument(source, DocumentKind.AGENDA, List.of(), List.of(), List.of(), List.of(), "6", Set.of());
    SelfCheck c = checker.check(parsed, new LabelledLayout(rows, Map.of(), 1, false), List.of());
    assertEquals(0, c.minutesLines());
    assertNull(c.itemShare());
    assertEquals(List.of("2023-05-04"), c.fileDates());
    assertNull(c.dateAgrees());
  }
}
