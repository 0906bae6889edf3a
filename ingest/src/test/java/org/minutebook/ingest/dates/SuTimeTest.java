package org.minutebook.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    assertEquals(0, starved.usage().loadNanos(), "nothing was loaded");
    TimeNormaliser next = SuTime.onClassPath();
    assertTrue(next.available(), "the failure is the instance's, not the process's");
    assertTrue(next.normalise("in January", MEETING).orElse("").matches("\\d{4}-01"));
  }

  @Test
  void questionsFromSeveralThreadsLoadSuTimeOnceAndGetTheirOwnAnswers() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    SuTime shared = new SuTime(() -> {
      loads.incrementAndGet();
      return SuTime.load();
    });
    assertEquals(TimeNormaliser.Usage.NONE, shared.usage(), "nothing loaded or asked before the first question");
    List<String> phrases = List.of("within six weeks", "within two days", "within three months", "within one week");
    List<String> values = List.of("P6W", "P2D", "P3M", "P1W");
    int rounds = 5;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(phrases.size());
    try {
      List<Future<List<String>>> asked = new ArrayList<>();
      for (String phrase : phrases) {
        Callable<List<String>> task = () -> {
          start.await();
          List<String> out = new ArrayList<>();
          for (int r = 0; r < rounds; r++) {
            out.add(shared.normalise(phrase, MEETING).orElse("none"));
          }
          return out;
        };
        asked.add(pool.submit(task));
      }
      start.countDown();
      for (int t = 0; t < phrases.size(); t++) {
        assertEquals(java.util.Collections.nCopies(rounds, values.get(t)), asked.get(t).get(), phrases.get(t));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, loads.get(), "loaded once under contention");
    TimeNormaliser.Usage usage = shared.usage();
    assertEquals(phrases.size() * rounds, usage.phrases());
    assertTrue(usage.loadNanos() > 0 && usage.askNanos() > 0, usage.toString());
  }
}
