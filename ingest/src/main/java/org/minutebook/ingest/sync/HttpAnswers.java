package org.minutebook.ingest.sync;

import java.net.http.HttpHeaders;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the fetcher reads from an answer's status and headers, for messages and for waiting. */
final class HttpAnswers {
  /** Reason phrases: the JDK's client does not pass on the server's. */
  private static final Map<Integer, String> PHRASES = Map.ofEntries(
      Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
      Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"),
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
      Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"),
      Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
      Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

  private HttpAnswers() {}

  /** "HTTP 403 Forbidden", or "HTTP 418" for a status without a phrase here. */
  static String statusLine(int status) {
    String phrase = PHRASES.get(status);
    return "HTTP " + status + (phrase == null ? "" : " " + phrase);
  }

  /** Whether another try may get a different answer: server trouble and "too many requests". */
  static boolean retryable(int status) {
    return status == 429 || status >= 500 && status <= 599;
  }

  static boolean redirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /**
   * How long {@code Retry-After} asks to wait: seconds, or a date measured against the answer's own
   * {@code Date} (the server's clock), else now. Empty when absent or unreadable; zero for a past date.
   */
  static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
    Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String v = value.get();
    if (v.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    Instant at = httpDate(v);
    if (at == null) {
      return Optional.empty();
    }
    Instant base = headers.firstValue("Date").map(HttpAnswers::httpDate).orElse(now);
    Duration d = Duration.between(base == null ? now : base, at);
    return Optional.of(d.isNegative() ? Duration.ZERO : d);
  }

  /** "60 s", "200 ms", "1.5 s": a duration as messages give it. */
  static String text(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static Instant httpDate(String v) {
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
