package org.minutebook.ingest.label.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.ingest.label.rules.AttendanceLabel.Kind;

class AttendanceLabelTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "PRESENT: | PRESENT | ''",
    "Present: Ann Other (Chairman), Sam Person | PRESENT | Ann Other (Chairman), Sam Person",
    "Board Members Present were: A, B | PRESENT | A, B",
    "Also Present: C | ALSO_PRESENT | C",
    "In attendance | ALSO_PRESENT | ''",
    "Officers in attendance: D | ALSO_PRESENT | D",
    "APOLOGIES FOR ABSENCE | APOLOGIES | ''",
    "Apologies; E and F | APOLOGIES | E and F",
    "Ymddiheuriadau: G | APOLOGIES | G",
    "Presennol: H | PRESENT | H",
    "Commissioners Absent: I | ABSENT | I",
    "In attendance virtually: J | VIRTUAL | J",
    "• Attendees: K | PRESENT | K",
    "Attendees  Ann Other (AO), Sam Person (SP) | PRESENT | Ann Other (AO), Sam Person (SP)",
  })
  void labelsAsHeadings(String line, Kind kind, String rest) {
    AttendanceLabel l = AttendanceLabel.heading(line, false).orElseThrow();
    assertEquals(kind, l.kind());
    assertEquals(rest, l.rest());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Present were the members listed", "Apologies were received from A and B", "The present plan", "Presentation by the police"})
  void proseRunOnFromALabelIsNoHeading(String line) {
    assertTrue(AttendanceLabel.heading(line, false).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Also in attendance were C and D | ALSO_PRESENT | C and D",
    "Members Present were: A (chair), B | PRESENT | A (chair), B",
  })
  void labelsOpeningSentencesAndTitles(String text, Kind kind, String rest) {
    AttendanceLabel l = AttendanceLabel.opening(text).orElseThrow();
    assertEquals(kind, l.kind());
    assertEquals(rest, l.rest());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "PRESENT | true", "Councillors present: | true", "Roll Call | true", "Call to order and roll call | true", "Attendance | true",
    "Presennol | true", "Apologies for absence | true", "In attendance: | true",
    "Minutes of the meeting | false", "1. Welcome | false", "Represented by the clerk | false"})
  void linesThatOpenAnAttendanceList(String line, boolean opens) {
    assertEquals(opens, AttendanceLabel.opensList(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"PRESENT | true", "Present: | true", "Present: A, B | true", "present | false", "PRESENT were | false"})
  void presentAsAHeadingOfItsOwn(String line, boolean heading) {
    assertEquals(heading, AttendanceLabel.presentHeading(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Board members present were Trustee A, Trustee B, and Supervisor C. | PRESENT | Trustee A, Trustee B, and Supervisor C",
    "The trustees present were A and B | PRESENT | A and B",
    "Members absent were D | ABSENT | D",
    "Clerk D was also present. | ALSO_PRESENT | Clerk D",
    "E and F were also in attendance | ALSO_PRESENT | E and F",
    "Cllr G was absent | ABSENT | Cllr G"})
  void statementsOfAttendance(String sentence, Kind kind, String rest) {
    AttendanceLabel l = AttendanceLabel.statement(sentence).orElseThrow();
    assertEquals(kind, l.kind());
    assertEquals(rest, l.rest());
  }

  @ParameterizedTest
  @ValueSource(strings = {"There were no members of the public present", "The minutes were agreed", "Present were the members listed"})
  void sentencesThatStateNoAttendance(String sentence) {
    assertTrue(AttendanceLabel.statement(sentence).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Trustee A Absent | Trustee A", "Sam Person (absent) | Sam Person", "Sam Person - excused | Sam Person"})
  void entriesMarkedAbsent(String entry, String name) {
    assertEquals(name, AttendanceLabel.markedAbsent(entry).orElseThrow());
    assertTrue(AttendanceLabel.markedAbsent("Sam Person").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"N/A", "None", "nil", "n/a."})
  void entriesForNobody(String entry) {
    assertTrue(AttendanceLabel.nobody(entry));
    assertFalse(AttendanceLabel.nobody("Nina"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Cllr Doe left the meeting at 8.15pm. | Cllr Doe | false | ''",
    "Other business. Sam Person arrived during item 7. | Sam Person | true | 7",
    "At this point Cllr Roe joined the meeting before minute 12b | At this point Cllr Roe | true | 12b"})
  void movementsDuringTheMeeting(String text, String who, boolean arrived, String item) {
    AttendanceLabel.Movement m = AttendanceLabel.movements(text).get(0);
    assertEquals(who, m.who());
    assertEquals(arrived, m.arrived());
    assertEquals(item.isEmpty() ? null : item, m.item());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Apologies for Absence | true", "Substitute Members | true", "Membership | true", "Budget | false"})
  void itemsAboutAttendance(String title, boolean about) {
    assertEquals(about, AttendanceLabel.attendanceItem(title));
    assertFalse(AttendanceLabel.attendanceItem(""));
  }
}
