package org.minutebook.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.segment.RawItem;
import org.minutebook.model.Box;
import org.minutebook.model.Decision;
import org.minutebook.model.Division;
import org.minutebook.model.Item;
import org.minutebook.model.VoteResult;

class VoteExtractorTest {
  private float top = 100;

  private LabelledRow row(String text, boolean paragraphStart) {
    float y = top;
    top += 14;
    return LabelledRow.of(1, y, y + 10, null, text, null, false, paragraphStart, 0f, 10f, new Box(1, 90, y, 400, 10), null);
  }

  private Item item(Object... lines) {
    List<LabelledRow> body = new ArrayList<>();
    for (int i = 0; i < lines.length; i += 2) {
      body.add(row((String) lines[i], (Boolean) lines[i + 1]));
    }
    return new ItemExtractor().extract(new RawItem("12", List.of(row("Budget", true)), body));
  }

  @Test
  void aCarriedVoteBelongsToTheDecisionAfterIt() {
    Item item = item(
        "The Chairman put the motion to the vote and the voting was as follows:", true,
        "For (4)", true,
        "Mr Other, Mrs Person, Sir Kit Someone, CBE, Ms", true,
        "Nobody", false,
        "Against (1)", true,
        "Dr Bloggs OBE", true,
        "Abstain (0)", true,
        "Motion carried.", true,
        "RESOLVED that the budget be approved.", true);
    Decision d = item.decisions().get(0);
    assertEquals(List.of("Mr Other", "Mrs Person", "Sir Kit Someone", "Ms Nobody"), d.vote().inFavour());
    assertEquals(List.of("Dr Bloggs"), d.vote().against());
    assertEquals(List.of(), d.vote().abstain());
    assertEquals(VoteResult.CARRIED, d.vote().result());
  }

  @Test
  void aLostAmendmentGivesNoDecisionItsVote() {
    Item item = item(
        "For (1)", true,
        "Mr Other", true,
        "Against (2)", true,
        "Mrs Person, Ms Nobody", true,
        "Amendment lost.", false,
        "RESOLVED that the budget be approved.", true);
    assertNull(item.decisions().get(0).vote());
  }

  @Test
  void aSentenceOpeningWithForIsNotAVote() {
    Item item = item(
        "For the avoidance of doubt the report was noted.", true,
        "RESOLVED that the report be noted.", true);
    assertNull(item.decisions().get(0).vote());
  }

  @Test
  void aHeadingRunIntoTheNamesBeforeItStillStartsItsList() {
    Item item = item(
        "For (2)", true,
        "Mr Other, Mrs", true,
        "Person", false,
        "Against (0)", false,
        "Abstain (1)", true,
        "Ms Nobody", true,
        "Motion carried.", false,
        "RESOLVED that the plan be adopted.", true);
    Decision d = item.decisions().get(0);
    assertEquals(List.of("Mr Other", "Mrs Person"), d.vote().inFavour());
    assertEquals(List.of(), d.vote().against());
    assertEquals(List.of("Ms Nobody"), d.vote().abstain());
  }

  @Test
  void anyHonourAndParticleIsPartOfTheNamesNotAVoter() {
    Item item = item(
        "For (3)", true,
        "Mr Other, KC, Rhys ap Sion, Ms Nobody MSc", true,
        "Against (0)", true,
        "Motion carried.", true,
        "RESOLVED that the plan be adopted.", true);
    assertEquals(List.of("Mr Other", "Rhys ap Sion", "Ms Nobody"), item.decisions().get(0).vote().inFavour());
  }

  @Test
  void anOutcomeFieldAboveDoubleWordedHeadingsIsTheDivisionsResult() {
    Item item = item(
        "Outcome of Vote: LOST", true,
        "Yeas / For (2)", true,
        "Councillor Abel, Councillor Bond", true,
        "Nays / Against (3)", true,
        "Councillor Cole, Councillor Dean, Councillor Eddy", true,
        "Recommendation 1 of Item 3 of the report", true,
        "Outcome of Vote: ADOPTED", true,
        "Yeas / For (4)", true,
        "Councillor Abel, Councillor Bond, Councillor Cole, Councillor Dean", true,
        "Nays / Against (1)", true,
        "Councillor Eddy", true);

    assertEquals(2, item.votes().size());
    Division first = item.votes().get(0);
    assertEquals("Budget", first.motion()); // the item's title: no paragraph above says what was voted on
    assertEquals(VoteResult.LOST, first.result());
    assertEquals(List.of("Councillor Abel", "Councillor Bond"), first.vote().inFavour());
    assertEquals(3, first.vote().against().size());
    assertEquals(2, first.tally().inFavour());
    Division second = item.votes().get(1);
    assertEquals("Recommendation 1 of Item 3 of the report", second.motion());
    assertEquals(VoteResult.CARRIED, second.result());
    assertEquals(List.of("Councillor Eddy"), second.vote().against());
  }
}
