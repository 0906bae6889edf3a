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

/**
 * Reads a 2xx body whole, failing it when it is larger than allowed ({@link TooLarge}) or shorter
 * than its {@code Content-Length} ({@link Truncated}: the connection closed early). Other answers'
 * bodies are discarded: only their status and headers are used.
 */
final class BoundedBody {
  private BoundedBody() {}

  /** A body longer than the limit; not worth another try. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    TooLarge(long limit) {
      super("too large: more than " + limit + " bytes");
      this.limit = limit;
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

  static BodyHandler<byte[]> handler(long limit) {
    return (ResponseInfo info) -> {
      if (info.statusCode() / 100 != 2) {
        return BodySubscribers.replacing(new byte[0]);
      }
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      return new Collector(info.statusCode(), declared, limit);
    };
  }

  private static final class Collector implements BodySubscriber<byte[]> {
    private final int status;
    private final long declared;
    private final long limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final List<ByteBuffer> parts = new ArrayList<>();
    private long received;
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
