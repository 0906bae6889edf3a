package org.minutebook.ingest.label.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemNumberTest {
  @ParameterizedTest
  @CsvSource({
    "1, 1, 0, 0, 1",
    "16a, 16, 1, 0, 16a",
    "(16a), 16, 1, 0, 16a",
    "84., 84, 0, 0, 84",
    "3), 3, 0, 0, 3",
    "14/037, 37, 0, 0, 14/037",
    "2.1, 2, 0, 1, 2.1",
    "186b:, 186, 2, 0, 186b",
    "02.23.01, 1, 0, 0, 02.23.01",
    "15/03/5, 5, 0, 0, 15/03/5",
    "70/17, 17, 0, 0, 70/17",
    "7.4, 7, 0, 4, 7.4",
  })
  void cellsParseToTheirValue(String cell, int major, int letter, int minor, String printed) {
    ItemNumber n = ItemNumber.parse(cell).orElseThrow();
    assertEquals(major, n.major());
    assertEquals(letter, n.letter());
    assertEquals(minor, n.minor());
    assertEquals(printed, n.printed());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "12345", "1.2.3", "16A", "£100", "2018-19", "1st", "(a)", "12 3"})
  void otherCellsAreNotItemNumbers(String cell) {
    assertTrue(ItemNumber.parse(cell).isEmpty());
    assertFalse(ItemNumber.isCell(cell));
  }

  @ParameterizedTest
  @CsvSource({
    "16, 16a, true",
    "16a, 16b, true",
    "16b, 17, true",
    "2, 2.1, true",
    "2.1, 2.2, true",
    "2.2, 3, true",
    "17, 16, false",
    "16a, 16, false",
    "5, 50, false",
    "5, 45, true",
    "02.23.07, 05.18.10, true",
    "15/03/4, 15/03/5, true",
    "3, 3, false",
  })
  void numberingRunsForward(String last, String next, boolean follows) {
    ItemNumber a = ItemNumber.parse(last).orElseThrow();
    ItemNumber b = ItemNumber.parse(next).orElseThrow();
    assertEquals(follows, b.follows(a));
    assertEquals(follows, b.compareTo(a) > 0 && b.major() - a.major() <= 40);
  }

  @ParameterizedTest
  @CsvSource({"3, 3.1, true", "3.1, 3.2, false", "3, 4.1, false", "3a, 3.1, false"})
  void subNumbersNumberTheirParentsParagraphs(String last, String next, boolean sub) {
    assertEquals(sub, ItemNumber.parse(next).orElseThrow().subNumberOf(ItemNumber.parse(last).orElseThrow()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "1. APOLOGIES FOR ABSENCE | 1 | APOLOGIES FOR ABSENCE | true",
    "14/037 Planning applications | 14/037 | Planning applications | true",
    "2 the clerk reported | 2 | the clerk reported | false",
    "16a) Reports | 16a | Reports | true",
    "02.23.01 Apologies | 02.23.01 | Apologies | true",
    "15/03/5 Planning | 15/03/5 | Planning | true",
  })
  void aNumberOpensALine(String line, String number, String rest, boolean capitalised) {
    ItemNumber.Leading l = ItemNumber.leading(line).orElseThrow();
    assertEquals(number, l.number().printed());
    assertEquals(rest, l.rest());
    assertEquals(capitalised, l.opensCapitalised());
  }

  @ParameterizedTest
  @ValueSource(strings = {"APOLOGIES", "(1) The report be noted", "2018-19 budget", "1.Apologies", "12345 Main Street"})
  void otherLinesOpenWithNoItemNumber(String line) {
    assertTrue(ItemNumber.leading(line).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "a) Playground Advisory Group | a | 1 | Playground Advisory Group",
    "A) Road repairs | A | 1 | Road repairs",
    "(b) Grants | b | 2 | Grants",
  })
  void aLetterOpensAnEntry(String line, String printed, int letter, String rest) {
    ItemNumber.Leading l = ItemNumber.entry(line).orElseThrow();
    assertEquals(printed, l.number().printed());
    assertEquals(letter, l.number().letter());
    assertEquals(rest, l.rest());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a Playground", "ab) Grants", "1) Grants", "a)"})
  void otherLinesOpenNoEntry(String line) {
    assertTrue(ItemNumber.entry(line).isEmpty());
  }
}
