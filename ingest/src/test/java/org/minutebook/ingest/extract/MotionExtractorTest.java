package org.minutebook.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.model.Box;
import org.minutebook.model.Tally;
import org.minutebook.model.VoteResult;

class MotionExtractorTest {
  private float top = 100;

  private List<Paragraph> paragraphs(String... texts) {
    List<LabelledRow> rows = new ArrayList<>();
    for (String t : texts) {
      float y = top;
      top += 14;
      rows.add(LabelledRow.of(1, y, y + 10, null, t, null, false, true, 0f, 10f, new Box(1, 90, y, 400, 10), null));
    }
    return Paragraph.of(rows);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // text | motion text | mover | seconder | result
    "Motion to approve the minutes as written made by Trustee Abel, seconded by Trustee Bond. All were in favor. Motion passes. The minutes stand approved."
        + " | Motion to approve the minutes as written made by Trustee Abel, seconded by Trustee Bond. All were in favor. Motion passes. | Abel | Bond | CARRIED",
    "The park needs help. A motion was made to give $500.00 to the park by Trustee Abel, seconded by Trustee Bond. Roll Call was taken as follows: Trustee Abel – yes, Trustee Bond – yes."
        + " | A motion was made to give $500.00 to the park by Trustee Abel, seconded by Trustee Bond. Roll Call was taken as follows: Trustee Abel – yes, Trustee Bond – yes. | Abel | Bond | CARRIED",
    "Town bills – Motion to approve the bills was made by Trustee Abel, seconded by Trustee Bond. Roll Call was taken as follows: Trustee Abel – yes, Trustee Bond - yes. Town Bills stand approved for payment."
        + " | Motion to approve the bills was made by Trustee Abel, seconded by Trustee Bond. Roll Call was taken as follows: Trustee Abel – yes, Trustee Bond - yes. Town Bills stand approved for payment. | Abel | Bond | CARRIED",
    "It was proposed by Cllr. J. Abel, seconded by Cllr. O. Bond and unanimously agreed to renew membership. x) A letter of thanks."
        + " | It was proposed by Cllr. J. Abel, seconded by Cllr. O. Bond and unanimously agreed to renew membership. | J. Abel | O. Bond | CARRIED",
    "Motion by SH to accept the agenda, 2nd by DW. Ayes: SH, DW, KL Nays: None. Motion carried."
        + " | Motion by SH to accept the agenda, 2nd by DW. Ayes: SH, DW, KL Nays: None. Motion carried. | SH | DW | CARRIED",
    "The hall was discussed. Moved by Cllr Abel, seconded by Cllr Bond, carried 5-0, that the hall be let."
        + " | Moved by Cllr Abel, seconded by Cllr Bond, carried 5-0, that the hall be let. | Abel | Bond | CARRIED",
    "A motion to close the road by Mr Abel, seconded by Mrs Bond, was lost."
        + " | A motion to close the road by Mr Abel, seconded by Mrs Bond, was lost. | Abel | Bond | LOST",
    "Cllr Abel was re-elected as Chairman, proposed by Cllr Bond and seconded by Cllr Cole. Carried."
        + " | Cllr Abel was re-elected as Chairman, proposed by Cllr Bond and seconded by Cllr Cole. Carried. | Bond | Cole | CARRIED",
    "Cynigiwyd gan y Cyng. J. Abel, eiliwyd gan y Cyng. O. Bond ac roedd pawb o blaid rhoi £50.00."
        + " | Cynigiwyd gan y Cyng. J. Abel, eiliwyd gan y Cyng. O. Bond ac roedd pawb o blaid rhoi £50.00. | J. Abel | O. Bond | CARRIED",
    "Mr Abel proposed, and Mr Bond-Cole seconded the motion that the report be noted. Motion withdrawn."
        + " | Mr Abel proposed, and Mr Bond-Cole seconded the motion that the report be noted. Motion withdrawn. | Abel | Bond-Cole | WITHDRAWN",
  })
  void aMotionWithItsOutcome(String text, String motion, String mover, String seconder, VoteResult result) {
    List<MotionExtractor.Found> found = MotionExtractor.find(paragraphs(text));
    assertEquals(1, found.size(), () -> found.toString());
    MotionExtractor.Found f = found.get(0);
    assertEquals(motion, f.text());
    assertEquals(mover, f.motion().mover());
    assertEquals(seconder, f.motion().seconder());
    assertEquals(result, f.motion().result());
  }

  @Test
  void aRollCallGivesTheVoteAndItsCounts() {
    MotionExtractor.Found f = MotionExtractor.find(paragraphs(
        "A motion was made to pay the invoice by Trustee Abel, seconded by Trustee Bond. Roll Call was taken as follows: Trustee Abel – yes,"
            + " Trustee Bond – yes, Supervisor Cole – no.", "Other business followed.")).get(0);
    assertEquals(List.of("Abel", "Bond"), f.vote().inFavour());
    assertEquals(List.of("Cole"), f.vote().against());
    assertEquals(new Tally(2, 1, 0), f.motion().tally());
    assertNull(f.motion().result()); // not unanimous, and no outcome printed
    assertEquals("to pay the invoice", f.subject());
  }

  @Test
  void motionsInOneParagraphAreEachTheirOwn() {
    List<MotionExtractor.Found> found = MotionExtractor.find(paragraphs(
        "She had three items. A motion was made to contribute $2,000 was made by Trustee Abel, seconded by Trustee Bond. All were in favor. Motion passes."
            + " A motion to give $500.00 by Trustee Abel, seconded by Trustee Cole. All were in favor.",
        "Another motion was made to take part by Trustee Abel, seconded by Trustee Cole. All were in favor."));
    assertEquals(3, found.size());
    assertTrue(found.get(1).text().endsWith("Trustee Cole. All were in favor."));
    assertTrue(found.get(1).motion().unanimous());
  }

  @Test
  void namesAreCutWhereTheyEnd() {
    assertEquals("Mashack", MotionExtractor.person("Mashack SECOND"));
    assertEquals("Albrecht", MotionExtractor.person("Trustee Albrecht. All"));
    assertEquals("J. Davies", MotionExtractor.person("Cllr. J. Davies"));
    assertNull(MotionExtractor.person("Trustee"));
  }

  @Test
  void amendmentsAreMarked() {
    List<MotionExtractor.Found> found = MotionExtractor.find(paragraphs("Mr Abel proposed and Mr Bond seconded the following amendment: to add a line. Amendment lost."));
    assertTrue(found.get(0).amendment());
  }

  @Test
  void namesPrintedAfterTheOutcomePutIt() {
    List<MotionExtractor.Found> found = MotionExtractor.find(paragraphs(
        "a) Risk Assessment – The review of risks was completed.",
        "Prop AB 2nd CD b) Standing Orders – The Standing Orders were adopted Prop CD 2nd EF c) Handbook – A folder has been made and it was unanimously approved.",
        "Prop AB 2nd EF"));
    List<MotionExtractor.Found> decided = found.stream().filter(f -> f.motion().result() != null).toList();
    assertEquals(2, decided.size());
    assertEquals("Standing Orders – The Standing Orders were adopted Prop CD 2nd EF", decided.get(0).text());
    assertEquals("CD", decided.get(0).motion().mover());
    assertEquals("EF", decided.get(0).motion().seconder());
    assertEquals("Handbook – A folder has been made and it was unanimously approved. Prop AB 2nd EF", decided.get(1).text());
    assertEquals("AB", decided.get(1).motion().mover());
    assertTrue(decided.get(1).motion().unanimous());
  }

  @Test
  void aSentenceBrokenAcrossParagraphsIsReadToItsEnd() {
    // double-spaced minutes: every line a paragraph of its own
    List<MotionExtractor.Found> found = MotionExtractor.find(paragraphs(
        "UPON MOTION duly made and seconded, the Board approved", "settlement as requested by the Law Department.", "Other business."));
    assertEquals(1, found.size());
    assertEquals("UPON MOTION duly made and seconded, the Board approved settlement as requested by the Law Department.", found.get(0).text());
    assertEquals(VoteResult.CARRIED, found.get(0).motion().result());
  }

  @Test
  void aResultBlockAfterTheNarrativeRecordsTheSameMotion() {
    List<MotionExtractor.Found> found = MotionExtractor.find(paragraphs(
        "Commissioner Abel made a motion, seconded by Commissioner Bond, to postpone the election, and set motion failed as reflected:",
        "RESULT: FAILED [1-2] MOTION BY: Abel SECOND: Bond AYES: Abel NAYS: Bond, Cole",
        "RESULT: APPROVED MOTION BY: Cole SECOND: Abel AYES: Abel, Bond, Cole"));
    assertEquals(2, found.size());
    assertEquals(VoteResult.LOST, found.get(0).motion().result());
    assertEquals(List.of("Bond", "Cole"), found.get(0).vote().against());
    assertTrue(found.get(0).text().endsWith("NAYS: Bond, Cole"));
    assertEquals("Cole", found.get(1).motion().mover());
  }
}
