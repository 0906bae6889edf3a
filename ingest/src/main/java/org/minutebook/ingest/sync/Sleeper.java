package org.minutebook.ingest.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The clock and the pause the {@link Fetcher} paces and backs off by, so tests can stand in a fake
 * that sleeps instantly. Network timeouts are not measured by it: they are real.
 */
public interface Sleeper {
  /** Now, as a wall clock: it also dates a {@code Retry-After} that names a time. */
  Instant now();

  /** Waits for the duration (not negative). */
  void sleep(Duration duration) throws InterruptedException;

  /** The system clock and {@link Thread#sleep}. */
  static Sleeper system() {
    return new Sleeper() {
      private final Clock clock = Clock.systemUTC();

      @Override
      public Instant now() {
        return clock.instant();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
      }
    };
  }
}
