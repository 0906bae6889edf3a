package org.minutebook.ingest.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  @Test
  void hyphenatedNamesStayWholeWithoutThePartOfSpeechTagger() {
    // CoreNLP's tokenizer splits "Patterson-Bromley"; its ner annotator joins the parts again, a bare CRF would not
    NameFinder finder = CoreNlpNames.onClassPath();
    assertEquals(List.of("Doug Patterson-Bromley"), finder.people("The group would include Doug Patterson-Bromley's Chief Executive."));
    assertEquals(List.of("Paul Barrington-King", "Conrad Broadley"),
        finder.people("The Democratic Services Manager reported apologies from Mr Paul Barrington-King, Mr Conrad Broadley."));
  }

  @Test
  void questionsFromSeveralThreadsLoadTheModelsOnceAndGetTheirOwnAnswers() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    CoreNlpNames shared = new CoreNlpNames(() -> {
      loads.incrementAndGet();
      return CoreNlpNames.load();
    });
    List<String> people = List.of("Jo Bloggs", "Katie Nash", "Alan Martin", "Jackie Baxter");
    int threads = 4;
    int rounds = 5;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> asked = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String person = people.get(t);
        Callable<List<String>> task = () -> {
          start.await();
          List<String> out = new ArrayList<>();
          for (int r = 0; r < rounds; r++) {
            out.addAll(shared.people("The update should be fed back to the Riverside Housing Trust via " + person + "."));
          }
          return out;
        };
        asked.add(pool.submit(task));
      }
      start.countDown(); // every thread asks at once, before anything is loaded
      for (int t = 0; t < threads; t++) {
        assertEquals(java.util.Collections.nCopies(rounds, people.get(t)), asked.get(t).get(), "each thread its own answers");
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, loads.get(), "loaded once under contention");
    assertTrue(shared.available());
    NameFinder.Usage usage = shared.usage();
    assertEquals(threads * rounds, usage.sentences(), "every question counted once");
    assertTrue(usage.loadNanos() > 0 && usage.askNanos() > 0, usage.toString());
  }
}
