package org.minutebook.ingest.label.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClueTest {
  private final Clue movedBy = Clue.of("(?i)\\bmoved\\s+by\\s+\\p{Lu}\\w+", "moved|proposed", "by");

  @Test
  void everyGroupNeedsOneOfItsWordsInAnyCase() {
    assertTrue(movedBy.possible(Clue.lower("MOVED BY Cllr Doe")));
    assertFalse(movedBy.possible(Clue.lower("The minutes were approved.")), "neither word");
    assertFalse(movedBy.possible(Clue.lower("It was moved that the report be noted.")), "no 'by'");
  }

  @Test
  void aClueNeverHidesAMatch() {
    for (String s : new String[] {"Moved by Smith.", "moved  by Jones and seconded", "PROPOSED, moved by Ray"}) {
      assertTrue(movedBy.pattern().matcher(s).find(), s);
      assertTrue(movedBy.possible(Clue.lower(s)), s);
    }
  }
}
