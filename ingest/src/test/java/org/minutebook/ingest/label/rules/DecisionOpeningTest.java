package org.minutebook.ingest.label.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.model.DecisionKind;

class DecisionOpeningTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "RESOLVED that the report be noted. | RESOLVED | RESOLVED that the report be noted. | true",
    "RESOLVED: That the plan be approved | RESOLVED | RESOLVED: That the plan be approved | true",
    "RESOLVED - That the plan be approved | RESOLVED | RESOLVED - That the plan be approved | true",
    "It was AGREED to write to the owner. | AGREED | It was AGREED to write to the owner. | false",
    "It was therefore RESOLVED that | RESOLVED | It was therefore RESOLVED that | false",
    "2. RESOLVED that the minutes be signed | RESOLVED | RESOLVED that the minutes be signed | false",
    "12.3 AGREED: no change | AGREED | AGREED: no change | false",
    "(a) RESOLVED that | RESOLVED | RESOLVED that | false",
    "AGREED | AGREED | AGREED | true",
    "It was resolved to accept the quote. | RESOLVED | It was resolved to accept the quote. | false",
    "It was unanimously resolved that the clerk writes | RESOLVED | It was unanimously resolved that the clerk writes | false",
    "Resolved: to accept the quote | RESOLVED | Resolved: to accept the quote | true",
    "Agreed: the grass be cut | AGREED | Agreed: the grass be cut | true",
    "4. Agreed – to defer | AGREED | Agreed – to defer | false",
    "- RESOLVED that the update be noted. | RESOLVED | RESOLVED that the update be noted. | false",
    "• It was AGREED to defer. | AGREED | It was AGREED to defer. | false",
    "_ RESOLVED that the SNB update be noted. | RESOLVED | RESOLVED that the SNB update be noted. | false",
  })
  void aParagraphOpensWithADecision(String text, DecisionKind kind, String words, boolean keywordFirst) {
    DecisionOpening o = DecisionOpening.at(text).orElseThrow();
    assertEquals(kind, o.kind());
    assertEquals(words, o.words(text));
    assertEquals(keywordFirst, o.keywordFirst());
    assertTrue(DecisionOpening.opens(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "It was agreed that the clerk would write.",
    "The Board agreed that it would meet in May.",
    "Resolved that the report be noted.",
    "RESOLVEDLY",
    "Members AGREED to defer it.",
    "AGREEMENT was reached",
    "It had been resolved previously that the hall be let.",
    "It was resolved previously.",
    "Agreed that the clerk would write.",
  })
  void narrativeOpensNone(String text) {
    assertFalse(DecisionOpening.opens(text));
  }

  @Test
  void decisionsInsideAParagraphAfterASentenceOrAsItWas() {
    String p = "The clerk reported on the bids. AGREED to pay the invoice. Once the details were final it was AGREED to purchase.";
    List<DecisionOpening> found = DecisionOpening.within(p);
    assertEquals(2, found.size());
    assertEquals("AGREED to pay the invoice. Once the details were final ", p.substring(found.get(0).start(), found.get(1).start()));
    assertEquals(DecisionKind.AGREED, found.get(1).kind());
    assertTrue(DecisionOpening.within("The group agreed to meet. Members then RESOLVEDLY left").isEmpty());
    List<DecisionOpening> lower = DecisionOpening.within("The quotes were read. It was resolved to accept the lower. Later it was resolved that X.");
    assertEquals(2, lower.size());
    assertEquals(DecisionKind.RESOLVED, lower.get(0).kind());
    assertTrue(DecisionOpening.within("It was noted that it had been resolved previously to act.").isEmpty());
    assertEquals(1, DecisionOpening.within("d) Review of controls – It was resolved that the controls are adequate.").size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"It was | true", "the Committee | true", "members, | true", "the report be noted. | false", "Apologies | false"})
  void aLineLeadsIntoTheKeywordBelowIt(String before, boolean leads) {
    assertEquals(leads, DecisionOpening.ledInto(before));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "APPROVED unanimously | true", "Motion carried | true", "Result: 5 for, 2 against | true", "CARRIED | true",
    "The minutes were read. | false", "Approval of the accounts | false"})
  void linesThatRecordAnOutcome(String line, boolean records) {
    assertEquals(records, DecisionOpening.recordsOutcome(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "It was resolved that an update be given | true", "Agreed: the plan be noted | true", "The Board resolved to write | true",
    "Decided to defer | true", "Update: awaiting a reply | false", "The resolution was lost | false"})
  void reportsQuoteDecisionsInAnyCase(String paragraph, boolean quoted) {
    assertEquals(quoted, DecisionOpening.quoted(paragraph));
  }

  @Test
  void aTitleRunIntoTheDecisionItQuotes() {
    String t = "Library Hours It was resolved that the hours be kept";
    assertEquals("Library Hours ".length(), DecisionOpening.quotedAfterTitle(t));
    assertEquals(-1, DecisionOpening.quotedAfterTitle("It was resolved that"));
  }
}
