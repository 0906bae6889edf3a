package org.minutebook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnerEvidenceTest {
  @Test
  void theKindIsReadFromWhatTheResolutionDecidedNotFromItsWords() {
    assertEquals(OwnerEvidence.OWN_MEETING, OwnerEvidence.of(new Owner("AB", "Ann Bee", "any words at all", List.of())));
    assertEquals(OwnerEvidence.CANDIDATES, OwnerEvidence.of(new Owner("AB", null, "any words", List.of("Ann Bee", "Al Bow"))));
    assertEquals(OwnerEvidence.NOTHING, OwnerEvidence.of(new Owner("AB", null, "any words", List.of())));
    assertEquals(OwnerEvidence.UNRECORDED, OwnerEvidence.of(new Owner("AB", null)));
  }

  @Test
  void codesAreDistinctAndReadBack() {
    Set<String> codes = new HashSet<>();
    for (OwnerEvidence e : OwnerEvidence.values()) {
      codes.add(e.code());
      assertEquals(e, OwnerEvidence.ofCode(e.code()));
    }
    assertEquals(OwnerEvidence.values().length, codes.size());
    assertEquals("none", OwnerEvidence.NOTHING.code(), "codes are stored: they never change");
    assertThrows(IllegalArgumentException.class, () -> OwnerEvidence.ofCode("guessed"));
  }
}
