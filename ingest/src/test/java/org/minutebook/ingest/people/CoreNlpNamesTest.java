package org.minutebook.ingest.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The real recogniser, from the models jar on the test class path (a test-scope dependency). */
class CoreNlpNamesTest {
  @Test
  void peopleAreFoundAndOrganisationsAreNot() {
    NameFinder finder = CoreNlpNames.loadIfPresent();
    assertTrue(finder.available(), "the models jar is a test dependency");
    assertEquals(java.util.List.of("Jo Bloggs"),
        finder.people("The update should be fed back to the Riverside Housing Trust via Jo Bloggs."));
    assertTrue(CoreNlpNames.usage().sentences() >= 1);
  }
}
