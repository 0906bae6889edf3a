package org.minutebook.ingest.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.store.LinkSession.Source;

class PrimarySourceTest {
  private final PrimarySource primary = new PrimarySource();

  @Test
  void theFileWithMostDecisionsThenMostItemsThenTheFirstStoredIsPrimary() {
    assertEquals(7L, primary.choose(List.of(new Source(5, 10, 2, 9), new Source(7, 11, 3, 1))).orElseThrow());
    assertEquals(5L, primary.choose(List.of(new Source(5, 10, 3, 9), new Source(7, 11, 3, 1))).orElseThrow());
    assertEquals(7L, primary.choose(List.of(new Source(5, 12, 3, 4), new Source(7, 11, 3, 4))).orElseThrow(), "stored first");
  }

  @Test
  void aMeetingWhoseFilesAreAllGoneHasNoPrimary() {
    assertTrue(primary.choose(List.of()).isEmpty());
  }
}
