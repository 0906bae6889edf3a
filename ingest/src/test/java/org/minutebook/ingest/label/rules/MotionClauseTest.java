package org.minutebook.ingest.label.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.model.Tally;
import org.minutebook.model.VoteResult;

class MotionClauseTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    // sentence | mover | seconder
    "Motion by SH to accept the agenda, 2nd by DW | SH | DW",
    "Motion to approve the minutes made by Trustee Abel, seconded by Trustee Bond | Trustee Abel | Trustee Bond",
    "A motion to give $500 to the park by Trustee Abel, seconded by Trustee Bond | Trustee Abel | Trustee Bond",
    "It was proposed by Cllr. J. Abel, seconded by Cllr. O. Bond and unanimously agreed | Cllr. J. Abel | Cllr. O. Bond",
    "Cynigiwyd gan y Cyng. J. Abel, eiliwyd gan y Cyng. O. Bond ac roedd pawb o blaid | Cyng. J. Abel | Cyng. O. Bond",
    "3) Mr Abel proposed, and Mr Bond-Cole seconded the motion that | Mr Abel | Mr Bond-Cole",
    "Trustee Abel made a motion to elect a moderator, seconded by a resident | Trustee Abel | -",
    "RESULT: APPROVED MOTION BY: Abel SECOND: Bond AYES: Abel, Bond | Abel SECOND | Bond AYES",
    "Any proposed amendment shall be provided to the proposer | - | -",
  })
  void moversAndSeconders(String sentence, String mover, String seconder) {
    assertEquals(mover, MotionClause.mover(sentence).orElse(null));
    assertEquals(seconder, MotionClause.seconder(sentence).orElse(null));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Motion passes. | CARRIED", "Motion carried unanimously. | CARRIED", "Carried. | CARRIED", "The amendment was lost. | LOST",
    "Town Bills stand approved for payment. | CARRIED", "Meeting stands adjourned at 8:25 PM. | CARRIED", "Motion withdrawn. | WITHDRAWN",
    "seconded by Mr Bond, carried 5-0, that the hall be let | CARRIED", "and unanimously agreed to donate £50. | CARRIED",
    "ac roedd pawb yn gytûn bod y cofnodion yn gywir | CARRIED", "The motion was deferred. | DEFERRED"})
  void outcomes(String sentence, VoteResult result) {
    assertEquals(result, MotionClause.closes(sentence).orElseThrow());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "All were in favor. | true", "All presents were in favor. | true", "All in favour | true", "and unanimously agreed to donate £50. | true",
    "ac roedd pawb yn gytûn bod y cofnodion yn gywir | true", "ac roedd pawb o blaid rhoi £50 | true", "a chytunwyd gan bawb y dylid | true",
    "Motion carried 5-0. | false", "All members were sent the papers. | false", "Roedd pawb yn bresennol. | false"})
  void allInFavour(String sentence, boolean all) {
    assertEquals(all, MotionClause.allInFavour(sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "Outcome of Vote: LOST | LOST", "Outcome of Vote: ADOPTED | CARRIED", "Result: Approved. | CARRIED", "Outcome of the vote: withdrawn | WITHDRAWN",
    "Result: APPROVED [UNANIMOUS] MOTION BY: Abel | -", "The outcome of the vote was lost | -", "Outcome of consultation: pending | -"})
  void outcomeFields(String line, VoteResult result) {
    assertEquals(result, MotionClause.outcomeField(line).orElse(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"A motion was made to approve the invoice by Trustee Abel", "Roll Call was taken as follows:", "All were in favor."})
  void noOutcome(String sentence) {
    assertTrue(MotionClause.closes(sentence).isEmpty());
  }

  @Test
  void whatMakesAMotion() {
    assertTrue(MotionClause.puts("Another motion was made to take part in the study"));
    assertTrue(MotionClause.puts("UPON MOTION duly made and seconded, the Board approved"));
    assertFalse(MotionClause.puts("The Chairman put the motion set out in paragraph 3 to the vote."));
    assertTrue(MotionClause.amendment("Mr Abel proposed and Mr Bond seconded the following amendment:"));
    assertTrue(MotionClause.amendment("Mr Abel proposed that the question be now put."));
    assertTrue(MotionClause.amendment("The Chairman proposed that Council resolve to extend the meeting beyond 4.30pm."));
    assertFalse(MotionClause.amendment("The Standing Orders were adopted Prop CR 2nd JC"));
    assertEquals(new Tally(5, 0, null), MotionClause.counts("Motion carried 5-0.").orElseThrow());
    assertEquals("to give $500 to the park", MotionClause.subject("A motion to give $500 to the park by Trustee Abel, seconded").orElseThrow());
    assertEquals("Motion to approve", "Town bills – Motion to approve".substring(MotionClause.start("Town bills – Motion to approve")));
  }

  @Test
  void rollCallsAndInlineSides() {
    assertEquals(List.of(new VoteHeading.Cast("Trustee Abel", VoteHeading.Side.FOR), new VoteHeading.Cast("Trustee Bond", VoteHeading.Side.AGAINST)),
        VoteHeading.rollCall("Roll Call was taken as follows: Trustee Abel – yes, Trustee Bond - no."));
    assertEquals(List.of(new VoteHeading.Named(VoteHeading.Side.FOR, "SH, SB "), new VoteHeading.Named(VoteHeading.Side.AGAINST, "None")),
        VoteHeading.inline("Ayes: SH, SB Nays: None"));
    assertEquals(Map.of(VoteHeading.Side.FOR, 4, VoteHeading.Side.AGAINST, 0), VoteHeading.counts("Yes – 4, No – 0"));
    assertTrue(VoteHeading.counts("Item No 4").isEmpty());
  }

  @Test
  void sentencesEndAtStopsButNotAfterInitials() {
    String t = "It was proposed by Cllr. J. Abel and agreed. x) A letter. Motion passes.";
    List<int[]> s = Sentences.split(t, w -> w.equals("Cllr"));
    assertEquals(3, s.size());
    assertEquals("It was proposed by Cllr. J. Abel and agreed.", t.substring(s.get(0)[0], s.get(0)[1]));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Prop KD 2nd CR b) Standing Orders were adopted | Prop KD 2nd CR",
    "The plan was noted (ii) The letter was read | The plan was noted",
    "Members of the group(s) Present were thanked | Members of the group(s) Present were thanked",
    "under paragraph b) of the report | under paragraph b) of the report",
    "The Board approved Agreement No. 1234 with the firm. Next item | The Board approved Agreement No. 1234 with the firm.",
    "The answer was No. The clerk wrote | The answer was No."})
  void aListLabelStartsASentence(String text, String first) {
    assertEquals(3, Sentences.listLabel("b) Standing Orders"));
    assertEquals(2, Sentences.listLabel("c."));
    assertEquals(0, Sentences.listLabel("e.g. the hall"));
    int[] s = Sentences.split(text, w -> false).get(0);
    assertEquals(first, text.substring(s[0], s[1]));
  }
}
