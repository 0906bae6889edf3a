package org.minutebook.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.model.Attendance;
import org.minutebook.model.Item;
import org.minutebook.model.Movement;
import org.minutebook.model.Person;

class AttendanceExtractorTest {
  @Test
  void commaSeparatedListGivesOneEntryPerPerson() {
    List<String> people = AttendanceExtractor.people("Mr R W Gough (Chairman), Mr N Baker, Mr D Beaney, Mrs S Hudson");

    assertEquals(List.of("Mr R W Gough (Chairman)", "Mr N Baker", "Mr D Beaney", "Mrs S Hudson"), people);
  }

  @Test
  void bracketedRoleAfterCommaStaysWithItsPerson() {
    List<String> people = AttendanceExtractor.people("Janet Bailey, (Director of Children's Services)");

    assertEquals(List.of("Janet Bailey, (Director of Children's Services)"), people);
  }

  @Test
  void commaInsideBracketsDoesNotSplit() {
    List<String> people = AttendanceExtractor.people(
        "Nigel Davies ((LBB Executive Director, Environmental Services)), Mr N Baker, Mrs S Hudson");

    assertEquals(
        List.of("Nigel Davies ((LBB Executive Director, Environmental Services))", "Mr N Baker", "Mrs S Hudson"), people);
  }

  @Test
  void finalAndSplitsTheLastTwo() {
    // the example in people()'s own documentation
    List<String> people = AttendanceExtractor.people("Mr A (Chairman), Mr B, Mrs C and Mr D");

    assertEquals(List.of("Mr A (Chairman)", "Mr B", "Mrs C", "Mr D"), people);
  }

  @Test
  void andInsideABracketedRoleDoesNotSplit() {
    List<String> people = AttendanceExtractor.people(
        "Ms A Carpenter (Participation and Engagement Manager), Mr B Hills, Mrs C Bodiam");

    assertEquals(List.of("Ms A Carpenter (Participation and Engagement Manager)", "Mr B Hills", "Mrs C Bodiam"), people);
  }

  @Test
  void aRoleAfterACommaStaysWithItsPerson() {
    List<String> people = AttendanceExtractor.people("Mrs J Arden, Parish Clerk, Mr B Quay, Ms C Rowe");

    assertEquals(List.of("Mrs J Arden, Parish Clerk", "Mr B Quay", "Ms C Rowe"), people);
  }

  @Test
  void twoNamesAreTwoPeopleInAWrittenOutListOnly() {
    assertEquals(List.of("Toby Vane, Head Teacher"), AttendanceExtractor.people("Toby Vane, Head Teacher", false));
    assertEquals(List.of("Toby Vane", "Ada Marsh"), AttendanceExtractor.people("Toby Vane, Ada Marsh", true));
    assertEquals(List.of("Toby Vane", "Councillor Ada Marsh"), AttendanceExtractor.people("Toby Vane, Councillor Ada Marsh"));
  }

  @Test
  void apologiesKeepSurnamesThatStartLikeAStopWord() {
    Attendance a = new AttendanceExtractor().extract(List.of(),
        List.of(item("APOLOGIES FOR ABSENCE", "Apologies for absence were received from Orla Ashdown and Ian Forbes.")));

    assertEquals(List.of("Orla Ashdown", "Ian Forbes"), a.apologies().stream().map(Person::name).toList());
  }

  @Test
  void aListWrittenOutAfterItsHeadingReadsAcrossLineBreaks() {
    // the line breaks fall between honorific and name, and between first name and surname
    List<LabelledRow> front = List.of(
        row("Present: Councillor Ada Marsh (Chairman), Mr Ivo Quay, Councillor", true),
        row("Priya Whitcombe, Ms Tamsin", false),
        row("Kilbride (Clerk to the Forum)", false));

    Attendance a = new AttendanceExtractor().extract(front, List.of());

    assertEquals(List.of("Ada Marsh", "Ivo Quay", "Priya Whitcombe", "Tamsin Kilbride"),
        a.present().stream().map(Person::name).toList());
  }

  private static LabelledRow row(String text, boolean paragraphStart) {
    return LabelledRow.of(1, 100, 110, null, text, null, false, paragraphStart, -40f, 10f, null, null);
  }

  private static Item item(String title, String text) {
    return new Item("1", title, 1, List.of(), text, List.of(), List.of(), null, null);
  }

  private static List<String> names(List<Person> people) {
    return people.stream().map(Person::name).toList();
  }

  @Test
  void aTableOfNamesAndInitialsGivesTheNames() {
    Attendance a = new AttendanceExtractor().extract(List.of(
        row("PRESENT Ann Other (SBC) AO Sam Person SP", true),
        row("Lee Nobody LN Kit Someone KS", false),
        row("ITEMS", true)), List.of());
    assertEquals(List.of("Ann Other", "Sam Person", "Lee Nobody", "Kit Someone"), names(a.present()));
  }

  @Test
  void aHeaderTableLabelNeedsNoColon() {
    Attendance a = new AttendanceExtractor().extract(List.of(
        row("Date 3rd May 2012", true),
        row("Attendees Ann Other (AO)(Chair), Sam Person (SP)", false),
        row("Invited Lee Nobody (LN)(Finance Manager); Kit Someone (KS)", false)), List.of());
    assertEquals(List.of("Ann Other", "Sam Person"), names(a.present()));
    assertEquals(List.of("Lee Nobody", "Kit Someone"), names(a.alsoPresent()));
  }

  @Test
  void labelsTakeASemicolonAndAPluralSubject() {
    Attendance a = new AttendanceExtractor().extract(List.of(
        row("Commissioners Present: Ann Other, Sam Person", true),
        row("Others Present: Lee Nobody (Acme Ltd)", true),
        row("Recorder: Kit Someone", true)), List.of());
    assertEquals(List.of("Ann Other", "Sam Person"), names(a.present()));
    assertEquals(List.of("Lee Nobody"), names(a.alsoPresent()));
  }

  @Test
  void aListPrintedAsAnItemIsRead() {
    Attendance a = new AttendanceExtractor().extract(List.of(), List.of(
        item("Committee Members Present were: Ann Other (chair), Sam", "Person and Lee Nobody. Also in attendance were Cllr Kit Someone and PC Jo Bloggs"),
        item("Apologies; Pat Doe, Alex Roe", "")));
    assertEquals(List.of("Ann Other", "Sam Person", "Lee Nobody"), names(a.present()));
    assertEquals(List.of("Kit Someone", "Jo Bloggs"), names(a.alsoPresent()));
    assertEquals(List.of("Pat Doe", "Alex Roe"), names(a.apologies()));
  }

  private static LabelledRow cell(String text, String action, boolean paragraphStart) {
    return LabelledRow.of(1, 0, 10, null, text, action, false, paragraphStart, 0f, 10f, null, null);
  }

  @Test
  void aRollCallTableGivesThosePresent() {
    Attendance a = new AttendanceExtractor().extract(List.of(), List.of(), List.of(
        cell("The meeting was called to order at 7:02 p.m.", null, true),
        cell("Attendee Name Title", "Status Arrived", true),
        cell("Ann Other Commissioner", "Late 7:08 p.m.", false),
        cell("Sam Person Vice Chair", "Present", false),
        cell("Lee Nobody Commissioner", "Absent", false),
        cell("Kit Someone Alternate", "Present", false),
        cell("2. APPROVAL OF THE AGENDA", null, true)));
    assertEquals(List.of("Ann Other", "Sam Person", "Kit Someone"), names(a.present()));
    assertEquals(List.of("Lee Nobody"), names(a.absent()));
    assertEquals(List.of(new Movement("Ann Other", "19:08", null)), a.arrived());
  }

  private static LabelledRow bold(String text) {
    return LabelledRow.of(1, 100, 110, null, text, null, true, true, -40f, 10f, null, null);
  }

  @Test
  void aListInItsLabelsWeightWithInitialsAsIdentifiers() {
    Attendance a = new AttendanceExtractor().extract(List.of(
        bold("Present: Members of the Public:"),
        bold("Ann Other (AO)[Chair]"),
        bold("Sam Person (SP)"),
        bold("Lee Nobody (LN) CLERK")), List.of());
    assertEquals(List.of("Ann Other", "Sam Person", "Lee Nobody"), names(a.present()));
    assertEquals("Chair", a.present().get(0).position());
    assertNull(a.present().get(1).role());
    assertEquals("CLERK", a.present().get(2).role());
  }

  @Test
  void attendanceStatedInSentences() {
    Attendance a = new AttendanceExtractor().extract(List.of(
        row("The meeting was called to order by Supervisor Other at 7:00 PM.", true),
        row("Board members present were Trustee Person, Trustee Nobody Absent, and", true),
        row("Supervisor Other. Clerk Someone was also present.", false)), List.of());
    assertEquals(List.of("Person", "Other"), names(a.present()));
    assertEquals("Trustee", a.present().get(0).honorific());
    assertEquals(List.of("Nobody"), names(a.absent()));
    assertEquals(List.of("Someone"), names(a.alsoPresent()));
  }

  @Test
  void anAbsentListAndNobodyAbsent() {
    Attendance a = new AttendanceExtractor().extract(List.of(
        row("Roll Call:", true),
        row("Present: Ann Other, Sam Person", true),
        row("Absent: Lee Nobody", true)), List.of());
    assertEquals(List.of("Ann Other", "Sam Person"), names(a.present()));
    assertEquals(List.of("Lee Nobody"), names(a.absent()));
    Attendance none = new AttendanceExtractor().extract(List.of(row("Present: Ann Other, Sam Person", true), row("Absent: N/A", true)), List.of());
    assertEquals(List.of(), none.absent());
  }

  @Test
  void membersLeavingAndArriving() {
    Attendance a = new AttendanceExtractor().extract(List.of(row("Present: Cllr Ann Other, Cllr Sam Person, Cllr Lee Nobody", true)), List.of(
        new Item("6", "Planning", 1, List.of(), "Cllr Person left the meeting at 8.15pm before item 7. The plans were noted.", List.of(),
            List.of(), null, null),
        new Item("7", "Finance", 1, List.of(), "Cllr Lee Nobody arrived during item 7. The applicant left.", List.of(), List.of(), null,
            null)));
    assertEquals(List.of(new Movement("Person", "20:15", "7")), a.left());
    assertEquals(List.of(new Movement("Lee Nobody", null, "7")), a.arrived());
  }

  @Test
  void membersListedWithTheirOfficesUnderTheHeadingArePresent() {
    Attendance a = new AttendanceExtractor().extract(List.of(
        row("RIVERSIDE BOARD", true),
        row("Honorable Ann Other, President", true),
        row("Honorable Sam “Sammy” Person, Mayor", false),
        row("Lee Nobody, City Solicitor", false),
        row("Kit Someone, Deputy Director of Public Works", false),
        row("The meeting was called to order by the President.", true)), List.of());
    assertEquals(List.of("Ann Other", "Sam “Sammy” Person", "Lee Nobody", "Kit Someone"), names(a.present()));
  }

  @Test
  void anAddressBlockIsNotAListOfMembers() {
    Attendance a = new AttendanceExtractor().extract(List.of(
        row("Town Hall, High Street", true),
        row("Riverside, RS1 2AB", false),
        row("Telephone 01234 567890", false)), List.of());
    assertEquals(List.of(), names(a.present()));
  }

  @Test
  void officersInAnUnlabelledParagraphAfterTheMembersAreAlsoPresent() {
    Attendance a = new AttendanceExtractor().extract(List.of(
        row("PRESENT: Ann Other (Chairman), Sam Person. Councillors Lee Nobody,", true),
        row("Kit Someone and Jo Bloggs.", false),
        row("Pat Doe (Director of Corporate Services), Alex Roe (Head of", true),
        row("Finance)", false)), List.of());
    assertEquals(List.of("Ann Other", "Sam Person", "Lee Nobody", "Kit Someone", "Jo Bloggs"), names(a.present()));
    assertEquals(List.of("Pat Doe", "Alex Roe"), names(a.alsoPresent()));
  }

  @Test
  void aListedMemberWhoSentApologiesIsNotPresentButASurnameAloneProvesNothing() {
    Attendance a = new AttendanceExtractor().extract(List.of(
        row("Attendees Ann Other, Sam Person, Lee Nobody, Ms K Wright", true)), List.of(
        item("Welcome and Apologies", "Apologies were received from Sam Person and Mr Wright. Ann Other stated that Lee Nobody had also given his apologies.")));
    assertEquals(List.of("Ann Other", "K Wright"), names(a.present()));
    assertEquals(List.of("Sam Person", "Wright", "Lee Nobody"), names(a.apologies()));
  }

  @Test
  void aFinishedListInATitleDoesNotRunIntoTheParagraphBelow() {
    Attendance a = new AttendanceExtractor().extract(List.of(), List.of(
        item("Apologies; Pat Doe, Alex Roe", "The Chair welcomed everyone to the meeting.")));
    assertEquals(List.of("Pat Doe", "Alex Roe"), names(a.apologies()));
  }

  // the words around a name come from PersonWords; these are where the copies it replaced disagreed

  @Test
  void aFullStopAfterAShortHonorificEndsNoApologySentence() {
    Attendance a = new AttendanceExtractor().extract(List.of(),
        List.of(item("Apologies", "Apologies were received from Prof. Ann Other and Revd. Sam Person.")));
    assertEquals(List.of("Ann Other", "Sam Person"), names(a.apologies()));
  }

  @Test
  void aFullStopAfterAShortHonorificSplitsNoEntry() {
    assertEquals(List.of("Ann Other", "Cllr. Sam Person", "Rev. Lee Nobody"),
        AttendanceExtractor.people("Ann Other, Cllr. Sam Person and Rev. Lee Nobody"));
  }

  @Test
  void anyHonourAfterACommaBelongsToTheNameBeforeIt() {
    assertEquals(List.of("Mr R C Other, PhD", "Mrs S Person, KC", "Ms L Nobody"),
        AttendanceExtractor.people("Mr R C Other, PhD, Mrs S Person, KC, Ms L Nobody"));
  }
}
