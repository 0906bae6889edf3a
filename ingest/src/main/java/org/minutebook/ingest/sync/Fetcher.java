package org.minutebook.ingest.sync;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import org.minutebook.ingest.sync.FetchOutcome.Failed;
import org.minutebook.ingest.sync.FetchOutcome.Fetched;
import org.minutebook.ingest.sync.FetchOutcome.NotModified;

/**
 * A polite HTTP GET client for council sites.
 *
 * <p>Contract: {@link #fetch} returns one {@link FetchOutcome} per address and never throws for
 * network trouble or a bad answer; only a non-web address (a bug of the caller) throws. Requests
 * to one host start at least {@link FetchSettings#minInterval} apart. A try that times out, fails
 * on the connection, is cut short (fewer bytes than {@code Content-Length}) or is answered 5xx or
 * 429 is tried again, up to {@link FetchSettings#maxAttempts}, after a wait that doubles from
 * {@link FetchSettings#initialBackoff} or that {@code Retry-After} asks for; other 4xx answers,
 * unknown hosts, TLS failures and bodies over the size limit are not. Redirects are followed (up to
 * {@link FetchSettings#maxRedirects}) and the address the answer finally came from is reported.
 * Given the validators of an earlier answer the request is conditional, and a 304 is {@link
 * NotModified}. Cookies a site sets are kept for the fetcher's life (some sites' gateways want
 * them back). Thread-safe.
 */
public final class Fetcher {
  private final FetchSettings settings;
  private final Sleeper sleeper;
  private final HostPacer pacer;
  private final HttpClient client;
  private final AtomicInteger requests = new AtomicInteger();

  public Fetcher(FetchSettings settings) {
    this(settings, Sleeper.system());
  }

  /** A fetcher that paces and backs off by the sleeper's clock (a fake one in tests). */
  public Fetcher(FetchSettings settings, Sleeper sleeper) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.pacer = new HostPacer(settings.minInterval(), sleeper);
    HttpClient.Builder b = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER) // followed here: counted, paced, the final address kept
        .version(HttpClient.Version.HTTP_1_1) // so Content-Length says what a whole body is
        .cookieHandler(new CookieManager());
    if (ProxySelector.getDefault() != null) {
      b.proxy(ProxySelector.getDefault());
    }
    this.client = b.build();
  }

  /** Gets the address unconditionally. */
  public FetchOutcome fetch(URI url) {
    return fetch(url, Validators.NONE);
  }

  /**
   * Gets the address, asking whether it has changed since the answer previous came from.
   *
   * @throws IllegalArgumentException when url is not an absolute http(s) address
   */
  public FetchOutcome fetch(URI url, Validators previous) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(previous, "previous");
    if (!isWeb(url)) {
      throw new IllegalArgumentException("not an http(s) address: " + url);
    }
    for (int attempt = 1; ; attempt++) {
      Step step;
      try {
        step = attempt(url, previous);
        if (step instanceof Retry r && attempt < settings.maxAttempts()) {
          Duration wait = r.retryAfter() != null ? r.retryAfter() : settings.backoff(attempt);
          if (r.retryAfter() != null && wait.compareTo(settings.maxRetryAfter()) > 0) {
            return new Failed(url, r.status(), r.reason() + "; asked to wait " + HttpAnswers.text(wait) + ", more than "
                + HttpAnswers.text(settings.maxRetryAfter()), attempt);
          }
          if (!wait.isZero()) {
            sleeper.sleep(wait);
          }
          continue;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Failed(url, null, "interrupted", attempt);
      }
      if (step instanceof Done d) {
        return d.outcome();
      }
      Step.Failure f = (Step.Failure) step;
      return new Failed(url, f.status(), f.reason(), attempt);
    }
  }

  /** HTTP requests sent so far: every try and every redirect counts. */
  public int requestsMade() {
    return requests.get();
  }

  /** The outcome of one try: an answer, a failure worth another try, or one that is not. */
  private sealed interface Step {
    /** A failed try. */
    sealed interface Failure extends Step {
      Integer status();

      String reason();
    }
  }

  private record Done(FetchOutcome outcome) implements Step {}

  private record Retry(Integer status, String reason, Duration retryAfter) implements Step.Failure {}

  private record GiveUp(Integer status, String reason) implements Step.Failure {}

  /** One try: the request and the redirects it leads to. */
  private Step attempt(URI url, Validators previous) throws InterruptedException {
    URI current = url;
    for (int redirects = 0; ; redirects++) {
      pacer.await(current);
      requests.incrementAndGet();
      BoundedBody body = new BoundedBody(settings.maxBodyBytes());
      CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request(current, previous), body);
      HttpResponse<byte[]> answer;
      try {
        // the request timeout of the JDK's client stops at the headers; this one covers the body too
        answer = pending.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        pending.cancel(true);
        return new Retry(null, "timed out after " + HttpAnswers.text(settings.requestTimeout()), null);
      } catch (InterruptedException e) {
        pending.cancel(true);
        throw e;
      } catch (ExecutionException e) {
        return failure(e.getCause(), current, body);
      }
      int status = answer.statusCode();
      if (status / 100 == 2) {
        byte[] bytes = answer.body();
        return new Done(new Fetched(url, current, status, bytes, answer.headers().firstValue("Content-Type").orElse(null),
            new Validators(answer.headers().firstValue("ETag").orElse(null),
                answer.headers().firstValue("Last-Modified").orElse(null)), sha256(bytes)));
      }
      if (status == 304) {
        return previous.isEmpty()
            ? new GiveUp(status, HttpAnswers.statusLine(status) + " to a request that asked nothing")
            : new Done(new NotModified(url));
      }
      if (HttpAnswers.redirect(status)) {
        Optional<String> location = answer.headers().firstValue("Location");
        if (location.isEmpty() || location.get().isBlank()) {
          return new GiveUp(status, HttpAnswers.statusLine(status) + " without a Location");
        }
        if (redirects >= settings.maxRedirects()) {
          return new GiveUp(status, "too many redirects (more than " + settings.maxRedirects() + ")");
        }
        URI next = redirectTarget(current, location.get());
        if (next == null) {
          return new GiveUp(status, HttpAnswers.statusLine(status) + " to an unusable address: " + oneLine(location.get()));
        }
        current = next;
        continue;
      }
      if (HttpAnswers.retryable(status)) {
        return new Retry(status, HttpAnswers.statusLine(status), HttpAnswers.retryAfter(answer.headers(), sleeper.now()).orElse(null));
      }
      return new GiveUp(status, HttpAnswers.statusLine(status));
    }
  }

  private HttpRequest request(URI url, Validators previous) {
    HttpRequest.Builder b = HttpRequest.newBuilder(url)
        .GET()
        .timeout(settings.requestTimeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept", "*/*");
    if (previous.etag() != null) {
      b.header("If-None-Match", previous.etag());
    }
    if (previous.lastModified() != null) {
      b.header("If-Modified-Since", previous.lastModified());
    }
    return b.build();
  }

  /** A failed exchange, by the first cause in its chain that says what went wrong. */
  private Step failure(Throwable thrown, URI url, BoundedBody body) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof BoundedBody.TooLarge) {
        return new GiveUp(200, t.getMessage());
      }
      if (t instanceof BoundedBody.Truncated truncated) {
        return new Retry(truncated.status, t.getMessage(), null);
      }
      if (t instanceof HttpConnectTimeoutException) {
        return new Retry(null, "could not connect within " + HttpAnswers.text(settings.connectTimeout()), null);
      }
      if (t instanceof HttpTimeoutException) {
        return new Retry(null, "timed out after " + HttpAnswers.text(settings.requestTimeout()), null);
      }
    }
    BoundedBody.Truncated truncated = body.truncation(thrown);
    if (truncated != null) {
      return new Retry(truncated.status, truncated.getMessage(), null);
    }
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return new GiveUp(null, "unknown host " + url.getHost()); // a typing error: trying again will not help
      }
      if (t instanceof SSLException) {
        return new GiveUp(null, "TLS failed: " + oneLine(t.getMessage()));
      }
    }
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return new Retry(null, "could not connect: " + (t.getMessage() == null ? "connection refused" : oneLine(t.getMessage())), null);
      }
      if (t instanceof IOException) {
        return new Retry(null, "I/O error: " + (t.getMessage() == null ? t.getClass().getSimpleName() : oneLine(t.getMessage())), null);
      }
    }
    if (thrown instanceof Error e) {
      throw e;
    }
    return new GiveUp(null, "request failed: " + oneLine(String.valueOf(thrown)));
  }

  /** Where a Location header points, absolute and without a fragment, or null when it is not a web address. */
  private static URI redirectTarget(URI current, String location) {
    try {
      URI next = current.resolve(new URI(ModernGovSite.encodeIllegal(location.strip())));
      if (next.getRawFragment() != null) {
        String s = next.toString();
        next = URI.create(s.substring(0, s.indexOf('#')));
      }
      return isWeb(next) ? next : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isWeb(URI url) {
    String scheme = url.getScheme();
    return url.isAbsolute() && url.getHost() != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
