package org.minutebook.ingest.label.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each line recogniser accepts and rejects: one table per label. */
class LineRulesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "(Item 3) | 3", "(Agenda item 4) | 4", "[Item No. 5a] | 5a", "( item 3.1 ) | 3.1"})
  void agendaReferencesOnALineOfTheirOwn(String line, String number) {
    assertEquals(number, AgendaReference.line(line).orElseThrow().number());
  }

  @Test
  void agendaReferencesInsideATitle() {
    AgendaReference r = AgendaReference.find("Budget Monitoring (Item 7)").orElseThrow();
    assertEquals("7", r.number());
    assertEquals("Budget Monitoring ".length(), r.start());
    assertTrue(AgendaReference.line("Budget Monitoring (Item 7)").isEmpty());
    assertTrue(AgendaReference.find("Item 7").isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "The report was noted. | true", "Apologies were received: | true", "(see minute 12.) | true", "as he said.” | true",
    "Is it agreed? | true", "the Board | false", "and | false", "'' | false", "Action by 3 May 2024 | false"})
  void finishedSentences(String line, boolean finished) {
    assertEquals(finished, Sentences.finished(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "The meeting ended at 11.40 am | true", "Meeting closed at 9pm. | true", "The proceedings concluded at 8.15 pm | true",
    "Meeting ended | true", "The meeting adjourned at 7pm | true",
    "The Chair said the public meeting space had closed last year | false", "A new meeting room | false"})
  void closingLines(String line, boolean closes) {
    assertEquals(closes, ClosingLine.closes(line));
  }

  @Test
  void closingLinesAreShortAndTheirWordsMayTellTheEndTime() {
    String longLine = "The Chairman thanked everyone and the meeting closed " + "with thanks ".repeat(20);
    assertTrue(!ClosingLine.closes(longLine) && ClosingLine.mentionsClosing(longLine));
    var m = ClosingLine.endings("After questions the meeting was closed at 8.15 pm.");
    assertTrue(m.find());
    assertTrue(ClosingLine.endings("All were in favor. Meeting stands adjourned at 8:25 PM.").find());
    assertTrue(ClosingLine.closes("Adjournment passes. The meeting stands adjourned at 4:37 PM."));
    assertTrue(MinutesHeading.leads("MINUTES of a meeting of the Cabinet held in the Council Chamber on 30 January 2025."));
    assertTrue(!MinutesHeading.leads("A motion was made to approve the minutes of April 2023"));
    assertTrue(ClosingLine.resumes("The meeting reconvened at 20:27"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Signed ........ | true", "Chairman | true", "Date: ______ | true", "........................ | true", "Chair: | true",
    "Signed by the clerk on behalf of all | true", "Chairman's update | false", "Dates of future meetings | false"})
  void signatureLines(String line, boolean signature) {
    assertEquals(signature, ClosingLine.signature(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "For (12) | FOR | 12 | ''", "Against: 3 | AGAINST | 3 | ''", "Ayes: A, B | FOR | | A, B", "Abstain (0) | ABSTAIN | 0 | ''",
    "Noes – C | AGAINST | | C", "Yeas / For (5) | FOR | 5 | ''", "Nays / Against (11) | AGAINST | 11 | ''"})
  void voteHeadings(String text, VoteHeading.Side side, Integer count, String names) {
    VoteHeading h = VoteHeading.parse(text).orElseThrow();
    assertEquals(side, h.side());
    assertEquals(count, h.count());
    assertEquals(names, h.names());
  }

  @Test
  void sentencesOpeningWithAVoteWordAreNoHeading() {
    assertTrue(VoteHeading.parse("For the next meeting the clerk will report").isEmpty());
    assertTrue(VoteHeading.parse("Nobody objected").isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Action | true", "Actions: | true", "Action by | true", "Owner | false", "Actioned | false"})
  void actionColumnHeaders(String cell, boolean header) {
    assertEquals(header, ActionLabel.columnHeader(cell));
    assertTrue(ActionLabel.header("Owner") && ActionLabel.header("Who"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"ACTION: AB/CD | AB/CD", "Action - Clerk | Clerk", "ACTIONS BY: Group | Group"})
  void actionsWrittenOnALineOfTheirOwn(String line, String entries) {
    assertEquals(entries, ActionLabel.line(line).orElseThrow());
    assertTrue(ActionLabel.line("Action was taken by the clerk").isEmpty());
    assertTrue(ActionLabel.endsDecision("Post-meeting note: the date moved") && ActionLabel.endsDecision("ACTION: AB"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Report No. CSD18054 | true | false | false", "Report No.: CSD18054 | true | true | true", "Author: Jo Bloggs | false | true | true", "Decision Maker: Cabinet | false | true | true",
    "Ward: All | false | false | true", "Date: 3 May 2024 | false | false | true", "The report was noted. | false | false | false"})
  void reportHeadFields(String line, boolean numberLine, boolean strong, boolean field) {
    assertEquals(numberLine, ReportField.numberLine(line));
    assertEquals(strong, ReportField.strong(line));
    assertEquals(field, ReportField.field(line));
  }

  @Test
  void reportNumbersAndTitlesFromTheirFields() {
    assertEquals("CSD18054", ReportField.number("Report No. CSD18054 Ward: All").orElseThrow());
    assertEquals("PREVENT update", ReportField.title("Subject: PREVENT update").orElseThrow());
    assertTrue(ReportField.anyField("Wards affected: all") && !ReportField.anyField("The balance at 31 March: 3,000"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Minutes of the meeting held on Tuesday | true", "MINUTES of a meeting of the Cabinet held | true", "Draft minutes | true",
    "MINUTES | true", "Minutes of the 42nd Annual Meeting | true",
    "Minutes of the meeting held on 3 May were agreed as a correct record | false", "Minutes of the last meeting | false",
    "Minutes of the previous meeting held on 3 May | false", "Minutes and matters arising | false"})
  void minutesHeadings(String line, boolean opens) {
    assertEquals(opens, MinutesHeading.opens(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"\u2022 New Business | New Business", "\uF0B7  Perfunctory Business | Perfunctory Business",
    "o Holiday decorations | ''", "- 3 May | ''", "New Business | ''"})
  void bulletsOpeningAnOutlinesEntry(String line, String rest) {
    assertEquals(rest, SectionHeading.bulleted(line).orElse(""));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "MINUTES OF THE ASHTON PARISH COUNCIL PLANNING MEETING | ASHTON PARISH COUNCIL",
    "Minutes of the Ashton Town Council Annual General Meeting held on 3 May 2021 | Ashton Town Council",
    "Minutes of the Ashton Planning Committee Meeting held on 3 May 2021 | Ashton Planning Committee",
    "Minutes of the Ashton Parish Council Planning Committee held on 3 May | Ashton Parish Council Planning Committee",
    "Minutes of the Annual Meeting of the Riverside Board held on 3 May | Riverside Board"})
  void bodiesNamedByMinutesHeadings(String heading, String body) {
    assertEquals(body, MinutesHeading.bodyNamed(heading).orElse(null));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"REGULAR MEETING MINUTES | true", "Cofnodion | true", "Action Minutes | true",
    "Minutes of the previous meeting | false", "AGENDA | false"})
  void headingsThatCallADocumentMinutes(String heading, boolean names) {
    assertEquals(names, MinutesHeading.namesMinutes(heading));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Page 3 of 12 | true", "- 4 - | true", "12/20 | true", "Item 5 (Page 23) | true", "iv | true",
    "Page three | false", "Planning Committee | false", "12 May 2024 | false",
    "DRAFT | true", "- Draft - | true", "CONFIDENTIAL | true", "Unapproved draft | true", "Draft minutes | false",
    "Draft budget 2025 | false", "Copy of the letter | false"})
  void pageStamps(String line, boolean stamp) {
    assertEquals(stamp, PageStamp.matches(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"the next meeting will be held | next meeting", "next Parish Council meeting | next Parish Council meeting",
    "the next ordinary meeting of the Board | next ordinary meeting"})
  void theNextMeeting(String text, String phrase) {
    var m = NextMeeting.in(text);
    assertTrue(m.find());
    assertEquals(phrase, m.group());
    assertTrue(NextMeeting.endsPhrase("to the following meeting") && !NextMeeting.endsPhrase("at the meeting"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Dates for 2023 – last Thursday of the month | true", "Meeting dates | true", "Dates of future meetings | true",
    "Dates for 2024 | true", "Dates of next meetings: | true", "Dates to remember for the fete | false",
    "Date of next meeting | false", "Updates | false", "Dated 3 May | false"})
  void headingsOverAListOfMeetingDates(String heading, boolean lists) {
    assertEquals(lists, NextMeeting.listsDates(heading));
  }
}
