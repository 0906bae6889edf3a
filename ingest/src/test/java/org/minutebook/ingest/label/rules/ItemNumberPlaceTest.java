package org.minutebook.ingest.label.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a printed item number stands in its numbering scheme. */
class ItemNumberPlaceTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "6, #, 6",
    "84., #, 84",
    "(3), #, 3",
    "14/037, 14/#, 37",
    "7.4, 7.#, 4",
    "02.23.01, 2.23.#, 1",
    "02.23.12, 2.23.#, 12",
    "16a, 16@, 1",
    "186b, 186@, 2",
    "2.1a, 2.1@, 1",
  })
  void readsTheSchemeAndThePlace(String printed, String scheme, int position) {
    ItemNumber.Place p = ItemNumber.place(printed).orElseThrow();
    assertEquals(scheme, p.scheme());
    assertEquals(position, p.position());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "Part 2", "16A", "1st", "12345", "£100"})
  void otherTextHasNoPlace(String printed) {
    assertTrue(ItemNumber.place(printed).isEmpty());
  }
}
