package org.minutebook.ingest.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when slept on, and remembers each sleep: pacing and backoff tested instantly. */
final class FakeTime implements Sleeper {
  /** When every fake clock starts. */
  static final Instant START = Instant.parse("2025-11-21T12:00:00Z");

  private Instant now = START;
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public synchronized void sleep(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("a negative sleep: " + d);
    }
    sleeps.add(d);
    now = now.plus(d);
  }

  /** Moves the clock on without a sleep, as time passing between calls. */
  synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  /** Every sleep so far, in order. */
  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
