package org.minutebook.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
