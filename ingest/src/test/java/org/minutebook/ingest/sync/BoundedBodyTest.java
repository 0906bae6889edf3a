package org.minutebook.ingest.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** The body reader's limits, driven directly: the JDK's client reports an early close in more than one way. */
class BoundedBodyTest {
  private static ResponseInfo info(int status, long length) {
    HttpHeaders headers = HttpHeaders.of(length < 0 ? Map.of() : Map.of("Content-Length", List.of(Long.toString(length))),
        (a, b) -> true);
    return new ResponseInfo() {
      @Override
      public int statusCode() {
        return status;
      }

      @Override
      public HttpHeaders headers() {
        return headers;
      }

      @Override
      public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
      }
    };
  }

  private static final Flow.Subscription NOTHING = new Flow.Subscription() {
    @Override
    public void request(long n) {}

    @Override
    public void cancel() {}
  };

  private static Throwable failure(BodySubscriber<byte[]> s) {
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> s.getBody().toCompletableFuture().get());
    return e.getCause();
  }

  @Test
  void readsAWholeBody() throws Exception {
    BodySubscriber<byte[]> s = new BoundedBody(100).apply(info(200, 5));
    s.onSubscribe(NOTHING);
    s.onNext(List.of(ByteBuffer.wrap(new byte[] {1, 2}), ByteBuffer.wrap(new byte[] {3, 4, 5})));
    s.onComplete();
    assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, s.getBody().toCompletableFuture().get());
  }

  @Test
  void aBodyEndingShortOfItsLengthIsTruncated() {
    BoundedBody body = new BoundedBody(10_000);
    BodySubscriber<byte[]> s = body.apply(info(200, 5000));
    s.onSubscribe(NOTHING);
    s.onNext(List.of(ByteBuffer.wrap(new byte[1200])));
    s.onComplete();
    assertEquals("truncated: 1200 of 5000 bytes", failure(s).getMessage());
  }

  @Test
  void anExchangeTheClientFailsItselfIsStillATruncation() {
    BoundedBody body = new BoundedBody(10_000);
    BodySubscriber<byte[]> s = body.apply(info(200, 5000));
    s.onSubscribe(NOTHING);
    IOException client = new IOException("fixed content-length: 5000, bytes received: 1200");
    assertEquals("truncated: 1200 of 5000 bytes", body.truncation(new IOException(client)).getMessage());
    assertEquals(200, body.truncation(client).status);
  }

  @Test
  void noTruncationWithoutADeclaredLengthOrABody() {
    BoundedBody chunked = new BoundedBody(10_000);
    chunked.apply(info(200, -1)).onSubscribe(NOTHING);
    assertNull(chunked.truncation(new IOException("reset")));
    assertNull(new BoundedBody(10_000).truncation(new IOException("refused")));
  }

  @Test
  void aBodyOverTheLimitIsRefusedDeclaredOrNot() {
    BodySubscriber<byte[]> declared = new BoundedBody(100).apply(info(200, 101));
    declared.onSubscribe(NOTHING);
    assertInstanceOf(BoundedBody.TooLarge.class, failure(declared));
    BodySubscriber<byte[]> undeclared = new BoundedBody(100).apply(info(200, -1));
    undeclared.onSubscribe(NOTHING);
    undeclared.onNext(List.of(ByteBuffer.wrap(new byte[60]), ByteBuffer.wrap(new byte[60])));
    assertEquals("too large: more than 100 bytes", failure(undeclared).getMessage());
  }

  @Test
  void otherAnswersBodiesAreNotKept() throws Exception {
    BodySubscriber<byte[]> s = new BoundedBody(100).apply(info(500, 3));
    s.onSubscribe(NOTHING);
    s.onNext(List.of(ByteBuffer.wrap(new byte[3])));
    s.onComplete();
    assertArrayEquals(new byte[0], s.getBody().toCompletableFuture().get());
  }
}
