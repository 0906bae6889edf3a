package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedBatchTest {
  private static final List<Integer> INPUTS = IntStream.range(0, 200).boxed().toList();

  @Test
  void resultsReachTheSinkInInputOrderWhateverOrderTheyFinishIn() {
    List<Integer> seen = new ArrayList<>();
    OrderedBatch.run(INPUTS, 4, i -> {
      sleep(ThreadLocalRandom.current().nextInt(3));
      return i * 10;
    }, seen::add);
    assertEquals(INPUTS.stream().map(i -> i * 10).toList(), seen);
  }

  @Test
  void atMostTheWindowIsInFlightSoMemoryStaysBounded() {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    OrderedBatch.run(INPUTS, 3, i -> {
      int inFlight = started.incrementAndGet() - taken.get();
      most.accumulateAndGet(inFlight, Math::max);
      return i;
    }, r -> {
      sleep(1); // a slow writer: the workers must wait for it, not run ahead
      taken.incrementAndGet();
    });
    assertEquals(INPUTS.size(), taken.get());
    assertTrue(most.get() <= OrderedBatch.window(3) + 1, "in flight at once: " + most.get());
  }

  @Test
  void severalJobsRunOnSeveralThreadsAndOneJobOnTheCaller() {
    Thread caller = Thread.currentThread();
    List<Thread> one = new ArrayList<>();
    OrderedBatch.run(INPUTS, 1, i -> Thread.currentThread(), one::add);
    assertTrue(one.stream().allMatch(t -> t == caller));
    List<Thread> two = new ArrayList<>();
    OrderedBatch.run(INPUTS, 2, i -> {
      sleep(1);
      return Thread.currentThread();
    }, two::add);
    assertTrue(two.stream().noneMatch(t -> t == caller));
    assertEquals(2, two.stream().distinct().count());
  }

  @Test
  void theSinksExceptionStopsTheBatch() {
    AtomicInteger taken = new AtomicInteger();
    IOException thrown = assertThrows(IOException.class, () -> OrderedBatch.run(INPUTS, 2, i -> i, r -> {
      if (taken.incrementAndGet() == 5) {
        throw new IOException("archive full");
      }
    }));
    assertEquals("archive full", thrown.getMessage());
    assertEquals(5, taken.get());
  }

  @Test
  void theStepsExceptionIsRethrownAsItWasInItsTurn() {
    IllegalStateException bug = new IllegalStateException("bug");
    List<Integer> seen = new ArrayList<>();
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> OrderedBatch.run(INPUTS, 2, i -> {
      if (i == 7) {
        throw bug;
      }
      return i;
    }, seen::add));
    assertSame(bug, thrown);
    assertEquals(INPUTS.subList(0, 7), seen, "the results before it were taken");
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
