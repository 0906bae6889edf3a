package org.minutebook.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SuTimeTest {
  private static final LocalDate MEETING = LocalDate.of(2018, 9, 6);

  @Test
  void suTimeThatCannotLoadFailsAloneAndIsNotLoadedAgain() {
    AtomicInteger loads = new AtomicInteger();
    SuTime starved = new SuTime(() -> {
      loads.incrementAndGet();
      throw new OutOfMemoryError("Java heap space");
    });
    assertTrue(starved.available());
    assertEquals(Optional.empty(), starved.normalise("by the end of January", MEETING));
    assertFalse(starved.available());
    assertEquals(Optional.empty(), starved.normalise("by the end of January", MEETING));
    assertEquals(1, loads.get(), "a failed load is not retried by the same instance");
    TimeNormaliser next = SuTime.onClassPath();
    assertTrue(next.available(), "the failure is the instance's, not the process's");
    assertTrue(next.normalise("in January", MEETING).orElse("").matches("\\d{4}-01"));
  }
}
