package org.minutebook.ingest.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The real recogniser, from the models jar on the test class path (a test-scope dependency). */
class CoreNlpNamesTest {
  private static final String SENTENCE = "The update should be fed back to the Riverside Housing Trust via Jo Bloggs.";

  @Test
  void peopleAreFoundAndOrganisationsAreNot() {
    NameFinder finder = CoreNlpNames.onClassPath();
    assertTrue(finder.available(), "the models jar is a test dependency");
    assertEquals(0, finder.usage().loadNanos(), "nothing is loaded before the first question");
    assertEquals(List.of("Jo Bloggs"), finder.people(SENTENCE));
    assertEquals(1, finder.usage().sentences(), "each instance counts its own questions");
    assertTrue(finder.usage().loadNanos() > 0);
  }

  @Test
  void aRecogniserThatCannotLoadFailsAloneAndIsNotLoadedAgain() {
    AtomicInteger loads = new AtomicInteger();
    CoreNlpNames starved = new CoreNlpNames(() -> {
      loads.incrementAndGet();
      throw new OutOfMemoryError("Java heap space");
    });
    assertTrue(starved.available(), "nothing is known to fail before the first question");
    assertEquals(List.of(), starved.people(SENTENCE));
    assertFalse(starved.available());
    assertEquals(List.of(), starved.people(SENTENCE));
    assertEquals(1, loads.get(), "a failed load is not retried by the same instance");
    assertEquals(0, starved.usage().sentences());
    // the failure is the instance's, not the process's: a new run's recogniser still works
    NameFinder next = CoreNlpNames.onClassPath();
    assertTrue(next.available());
    assertEquals(List.of("Jo Bloggs"), next.people(SENTENCE));
  }
}
