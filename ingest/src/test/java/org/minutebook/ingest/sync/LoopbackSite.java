package org.minutebook.ingest.sync;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A site on the loopback interface (127.0.0.1, a free port) that serves recorded files by path and
 * query, and can be told to misbehave as council sites do: answer slowly, fail a few times, refuse,
 * ask to be left alone, cut a body short, move, or change. Nothing leaves the machine.
 *
 * <p>Each address answers in turn with the faults queued for it ({@link #then}), then with its
 * standing fault if any ({@link #always}), then normally: 200 with the body, its ETag and
 * Last-Modified, or 304 when the request's If-None-Match or If-Modified-Since names the current
 * version. Unknown addresses are 404. Close it to release slow answers and stop the server.
 */
final class LoopbackSite implements AutoCloseable {
  /** One way to answer a request instead of the normal one. */
  sealed interface Fault {}

  /** A status with headers and a short body: 403, 500, 429 with Retry-After, a redirect... */
  record Status(int code, Map<String, String> headers) implements Fault {}

  /** Holds the answer back (before any header) until the site is closed. */
  record Slow() implements Fault {}

  /** Sends the headers, then holds the body back until the site is closed. */
  record Stall() implements Fault {}

  /** Declares the whole body's length but sends only the first bytes, then drops the connection. */
  record Truncate(int sent) implements Fault {}

  /** A request as the site saw it. */
  record Request(String target, Map<String, String> headers) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private static final class Route {
    byte[] body;
    String contentType;
    int version = 1;
    String lastModified;
    final Deque<Fault> queued = new ArrayDeque<>();
    Fault standing;
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final CountDownLatch closing = new CountDownLatch(1);
  private final Map<String, Route> routes = new HashMap<>();
  private final List<Request> requests = new ArrayList<>();

  private LoopbackSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "loopback-site");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  static LoopbackSite start() throws IOException {
    return new LoopbackSite();
  }

  /** The site's root, http://127.0.0.1:PORT/. */
  ModernGovSite site() {
    return ModernGovSite.of("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** The address of a target ("/path?query") on this site. */
  URI url(String target) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + target);
  }

  /** Serves the body at the target (path and query as the client sends them). */
  synchronized LoopbackSite serve(URI target, byte[] body, String contentType) {
    Route r = route(target);
    r.body = body.clone();
    r.contentType = contentType;
    r.lastModified = "Fri, 21 Nov 2025 12:0" + r.version + ":00 GMT";
    return this;
  }

  /** Serves a recorded file (moderngov/...) as XML. */
  LoopbackSite serveFixture(URI target, String fixture) {
    return serve(target, Fixtures.bytes(fixture), "text/xml; charset=utf-8");
  }

  /** Replaces the body: a new version, with a new ETag and Last-Modified. */
  synchronized LoopbackSite change(URI target, byte[] body) {
    route(target).version++;
    return serve(target, body, route(target).contentType);
  }

  /** Queues faults for the next requests to the target, one each. */
  synchronized LoopbackSite then(URI target, Fault... faults) {
    route(target).queued.addAll(List.of(faults));
    return this;
  }

  /** Answers every request to the target (once its queue is used up) with the fault. */
  synchronized LoopbackSite always(URI target, Fault fault) {
    route(target).standing = fault;
    return this;
  }

  static Status status(int code) {
    return new Status(code, Map.of());
  }

  static Status status(int code, String header, String value) {
    return new Status(code, Map.of(header, value));
  }

  static Status redirect(int code, String location) {
    return status(code, "Location", location);
  }

  /** Every request so far, in order. */
  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    threads.shutdownNow();
  }

  private Route route(URI target) {
    String key = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    return routes.computeIfAbsent(key, k -> new Route());
  }

  private void handle(HttpExchange ex) throws IOException {
    Map<String, String> headers = new HashMap<>();
    ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
    URI target = ex.getRequestURI();
    Fault fault;
    byte[] body;
    String contentType;
    String etag;
    String lastModified;
    synchronized (this) {
      requests.add(new Request(target.toString(), Map.copyOf(headers)));
      Route r = routes.get(target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
      if (r == null) {
        answer(ex, 404, Map.of(), "not here".getBytes(UTF_8));
        return;
      }
      fault = r.queued.isEmpty() ? r.standing : r.queued.poll();
      body = r.body == null ? new byte[0] : r.body;
      contentType = r.contentType;
      etag = "\"v" + r.version + "\"";
      lastModified = r.lastModified;
    }
    try {
      if (fault instanceof Status s) {
        answer(ex, s.code(), s.headers(), ("status " + s.code()).getBytes(UTF_8));
      } else if (fault instanceof Slow) {
        closing.await(10, TimeUnit.SECONDS);
        answer(ex, 200, Map.of(), body);
      } else if (fault instanceof Stall) {
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().flush();
        closing.await(10, TimeUnit.SECONDS);
        ex.close();
      } else if (fault instanceof Truncate t) {
        ex.sendResponseHeaders(200, body.length);
        OutputStream out = ex.getResponseBody();
        out.write(body, 0, t.sent());
        out.flush();
        ex.close(); // fewer bytes than declared: the server drops the connection
      } else if (etag.equals(headers.get("if-none-match"))
          || headers.get("if-none-match") == null && lastModified.equals(headers.get("if-modified-since"))) {
        ex.getResponseHeaders().set("ETag", etag);
        ex.sendResponseHeaders(304, -1);
        ex.close();
      } else {
        Headers h = ex.getResponseHeaders();
        h.set("ETag", etag);
        h.set("Last-Modified", lastModified);
        if (contentType != null) {
          h.set("Content-Type", contentType);
        }
        answer(ex, 200, Map.of(), body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client has gone (timed out) or the fault broke the exchange on purpose
    } finally {
      ex.close();
    }
  }

  private static void answer(HttpExchange ex, int code, Map<String, String> headers, byte[] body) throws IOException {
    headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    if (code == 304) {
      ex.sendResponseHeaders(code, -1); // a 304 has no body
      return;
    }
    ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }
}
