package org.minutebook.ingest.sync;

import java.io.IOException;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 2xx body whole, failing it when it is larger than allowed ({@link TooLarge}) or shorter
 * than its {@code Content-Length} ({@link Truncated}: the connection closed early). Other answers'
 * bodies are discarded: only their status and headers are used. One instance serves one exchange,
 * and remembers how far its body got, for {@link #truncation}.
 */
final class BoundedBody implements BodyHandler<byte[]> {
  /** How the JDK's client says a fixed-length body ended early, when it says so itself. */
  private static final Pattern CLIENT_COUNT = Pattern.compile("fixed content-length: \\d+, bytes received: (\\d+)");

  private final long limit;
  private volatile Collector collector;

  BoundedBody(long limit) {
    this.limit = limit;
  }

  /** A body longer than the limit; not worth another try. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("too large: more than " + limit + " bytes");
    }
  }

  /** A body shorter than declared; another try may get all of it. */
  static final class Truncated extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;

    Truncated(int status, long received, long declared, Throwable cause) {
      super("truncated: " + received + " of " + declared + " bytes", cause);
      this.status = status;
    }
  }

  @Override
  public BodySubscriber<byte[]> apply(ResponseInfo info) {
    if (info.statusCode() / 100 != 2) {
      return BodySubscribers.replacing(new byte[0]);
    }
    Collector c = new Collector(info.statusCode(), info.headers().firstValueAsLong("Content-Length").orElse(-1), limit);
    collector = c;
    return c;
  }

  /**
   * The exchange's failure as a truncation, when a body of declared length had begun and ended
   * short; null otherwise. The JDK's client sometimes fails the exchange itself rather than the
   * body, so the count is taken from its message when that is larger than what arrived here.
   */
  Truncated truncation(Throwable failure) {
    Collector c = collector;
    if (c == null || c.declared < 0 || c.received >= c.declared) {
      return null;
    }
    long received = c.received;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      Matcher m = t.getMessage() == null ? null : CLIENT_COUNT.matcher(t.getMessage());
      if (m != null && m.find()) {
        received = Math.max(received, Long.parseLong(m.group(1)));
      }
    }
    return new Truncated(c.status, received, c.declared, failure);
  }

  private static final class Collector implements BodySubscriber<byte[]> {
    private final int status;
    private final long declared;
    private final long limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final List<ByteBuffer> parts = new ArrayList<>();
    private volatile long received;
    private Flow.Subscription subscription;

    Collector(int status, long declared, long limit) {
      this.status = status;
      this.declared = declared;
      this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (declared > limit) {
        s.cancel(); // said too large up front: read none of it
        result.completeExceptionally(new TooLarge(limit));
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : buffers) {
        received += b.remaining();
        parts.add(b);
      }
      if (received > limit) {
        subscription.cancel();
        parts.clear();
        result.completeExceptionally(new TooLarge(limit));
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(declared >= 0 && received < declared ? new Truncated(status, received, declared, t) : t);
    }

    @Override
    public void onComplete() {
      if (declared >= 0 && received != declared) {
        result.completeExceptionally(new Truncated(status, received, declared, null));
        return;
      }
      byte[] out = new byte[(int) received];
      int at = 0;
      for (ByteBuffer b : parts) {
        int n = b.remaining();
        b.get(out, at, n);
        at += n;
      }
      parts.clear();
      result.complete(out);
    }
  }
}
