package org.minutebook.ingest.sync;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps requests to one host (and port) at least an interval apart, from start to start. Each
 * request reserves the next free slot under a lock and waits for it outside, so concurrent callers
 * queue up in turn. A wait is never longer than the interval, so a clock stepped back cannot stall
 * a fetch.
 */
final class HostPacer {
  private final Duration interval;
  private final Sleeper sleeper;
  private final Map<String, Instant> lastStart = new HashMap<>();

  HostPacer(Duration interval, Sleeper sleeper) {
    this.interval = interval;
    this.sleeper = sleeper;
  }

  /** Waits until a request to the address's host may start, and books that start. */
  void await(URI url) throws InterruptedException {
    Duration wait = reserve(key(url));
    if (!wait.isZero()) {
      sleeper.sleep(wait);
    }
  }

  private synchronized Duration reserve(String host) {
    Instant now = sleeper.now();
    Instant last = lastStart.get(host);
    Instant slot = last == null ? now : last.plus(interval);
    if (slot.isBefore(now)) {
      slot = now;
    }
    Duration wait = Duration.between(now, slot);
    if (wait.compareTo(interval) > 0) {
      wait = interval;
      slot = now.plus(interval);
    }
    lastStart.put(host, slot);
    return wait;
  }

  private static String key(URI url) {
    return String.valueOf(url.getHost()).toLowerCase(Locale.ROOT) + ":" + url.getPort();
  }
}
