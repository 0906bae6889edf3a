package org.minutebook.ingest.sync;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how patiently a {@link Fetcher} reads a site.
 *
 * @param minInterval the least time between the starts of two requests to one host
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a whole answer, body included (self-hosted sites take
 *     up to a minute)
 * @param maxAttempts tries of one address, the first included, before giving up
 * @param initialBackoff the wait before the second try; it doubles for each try after
 * @param maxBackoff the longest wait between tries
 * @param maxRetryAfter the longest {@code Retry-After} obeyed; a server asking for longer is given up on
 * @param maxBodyBytes the largest body read (it is held in memory); a larger one fails the fetch
 * @param maxRedirects redirects followed in one try before giving up
 * @param userAgent sent with every request, naming the program and how to reach whoever runs it
 */
public record FetchSettings(
    Duration minInterval,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    long maxBodyBytes,
    int maxRedirects,
    String userAgent) {
  public FetchSettings {
    notNegative(minInterval, "minInterval");
    positive(connectTimeout, "connectTimeout");
    positive(requestTimeout, "requestTimeout");
    notNegative(initialBackoff, "initialBackoff");
    notNegative(maxBackoff, "maxBackoff");
    notNegative(maxRetryAfter, "maxRetryAfter");
    if (maxAttempts < 1 || maxRedirects < 0) {
      throw new IllegalArgumentException("maxAttempts is positive and maxRedirects not negative");
    }
    if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("a body is held in one array: maxBodyBytes from 1 to 2 GiB, not " + maxBodyBytes);
    }
    if (userAgent == null || userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 32 || c > 126)) {
      throw new IllegalArgumentException("a user agent is one line of printable ASCII: " + userAgent);
    }
  }

  /**
   * One request a second per host, 10 s to connect, 60 s for an answer, 4 tries with waits of 2, 4
   * and 8 s (or what {@code Retry-After} asks, up to 5 minutes), bodies up to 256 MiB (agenda packs
   * run to tens of MiB), 5 redirects, and the user agent {@code minutebook/VERSION (+CONTACT)}.
   *
   * @param version the program's version, from the build
   * @param contact a web page or mailto: address where a council can reach whoever runs the program
   */
  public static FetchSettings defaults(String version, String contact) {
    return new FetchSettings(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(60), 4,
        Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofMinutes(5), 256L << 20, 5,
        "minutebook/" + Objects.requireNonNull(version, "version") + " (+" + Objects.requireNonNull(contact, "contact") + ")");
  }

  public FetchSettings withMinInterval(Duration d) {
    return new FetchSettings(d, connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff, maxRetryAfter,
        maxBodyBytes, maxRedirects, userAgent);
  }

  public FetchSettings withRequestTimeout(Duration d) {
    return new FetchSettings(minInterval, connectTimeout, d, maxAttempts, initialBackoff, maxBackoff, maxRetryAfter,
        maxBodyBytes, maxRedirects, userAgent);
  }

  public FetchSettings withMaxAttempts(int n) {
    return new FetchSettings(minInterval, connectTimeout, requestTimeout, n, initialBackoff, maxBackoff, maxRetryAfter,
        maxBodyBytes, maxRedirects, userAgent);
  }

  public FetchSettings withMaxBodyBytes(long n) {
    return new FetchSettings(minInterval, connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff,
        maxRetryAfter, n, maxRedirects, userAgent);
  }

  /** The waits between tries: the first, doubling up to the longest. */
  public FetchSettings withBackoff(Duration initial, Duration max) {
    return new FetchSettings(minInterval, connectTimeout, requestTimeout, maxAttempts, initial, max, maxRetryAfter,
        maxBodyBytes, maxRedirects, userAgent);
  }

  /** The wait before try number attempt + 1, after attempt tries have failed. */
  Duration backoff(int attempt) {
    Duration d = initialBackoff;
    for (int i = 1; i < attempt && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }

  private static void notNegative(Duration d, String name) {
    if (Objects.requireNonNull(d, name).isNegative()) {
      throw new IllegalArgumentException(name + " is negative: " + d);
    }
  }

  private static void positive(Duration d, String name) {
    notNegative(d, name);
    if (d.isZero()) {
      throw new IllegalArgumentException(name + " is zero");
    }
  }
}
