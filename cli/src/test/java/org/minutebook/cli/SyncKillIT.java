package org.minutebook.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code sync} killed -9 in the middle, with a real process running the built jar against a site
 * on the loopback interface: what it stored is whole, and the next run completes the set with
 * every document once, fetching again only what the kill explains.
 */
class SyncKillIT {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Path JAR = Path.of("target", "minutebook.jar");
  private static final int MEETINGS = 24;

  @TempDir Path work;
  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
  private final Map<String, Integer> asked = new ConcurrentHashMap<>();

  private void answer(HttpExchange ex) throws IOException {
    String target = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
    asked.merge(target, 1, Integer::sum);
    byte[] body = target.startsWith("/mgWebService.asmx/GetMeetings?") ? pages.get("meetings") : pages.get(target);
    if (body == null) {
      ex.sendResponseHeaders(404, -1);
      ex.close();
      return;
    }
    String etag = "\"" + java.util.Arrays.hashCode(body) + "\"";
    if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      ex.sendResponseHeaders(304, -1);
      ex.close();
      return;
    }
    ex.getResponseHeaders().add("ETag", etag);
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(body);
    }
  }

  @Test
  void aSyncKilledInTheMiddleIsCompletedByTheNextRunWithEachDocumentOnce() throws Exception {
    assumeTrue(Files.exists(JAR), "the runnable jar is built in the package phase");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
    try {
      String root = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      List<Path> originals = new ArrayList<>();
      try (var list = Files.list(SAMPLES)) {
        list.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(originals::add);
      }
      pages.put("/mgWebService.asmx/GetCommittees?lDays=0", ("<?xml version=\"1.0\"?><committees><committee><committeeid>1</committeeid>"
          + "<committeetitle>Council</committeetitle><committeedeleted>False</committeedeleted></committee></committees>").getBytes(UTF_8));
      StringBuilder meetings = new StringBuilder("<?xml version=\"1.0\"?><getmeetings><committee><committeeid>1</committeeid><meetings>");
      for (int m = 1; m <= MEETINGS; m++) {
        String date = String.format("%02d/%02d/2025", 1 + m % 28, 1 + m % 12);
        meetings.append("<meeting><meetingid>").append(m).append("</meetingid><meetingdate>").append(date).append("</meetingdate></meeting>");
        pages.put("/mgWebService.asmx/GetMeeting?lMeetingId=" + m, ("<?xml version=\"1.0\"?><meeting><meetingid>" + m + "</meetingid>"
            + "<meetingdate>" + date + "</meetingdate><linkeddocuments><linkeddoc><title>Printed minutes " + m + "</title><url>" + root
            + "mgConvert2PDF.aspx?ID=" + m + "</url></linkeddoc></linkeddocuments><agendaitems/></meeting>").getBytes(UTF_8));
        // a distinct copy of a sample (bytes differ, text the same), as ArchiveFaultsIT makes them
        byte[] bytes = Files.readAllBytes(originals.get(m % originals.size()));
        byte[] trailer = ("\n% copy " + m + "\n").getBytes(UTF_8);
        byte[] copy = java.util.Arrays.copyOf(bytes, bytes.length + trailer.length);
        System.arraycopy(trailer, 0, copy, bytes.length, trailer.length);
        pages.put("/mgConvert2PDF.aspx?ID=" + m, copy);
      }
      pages.put("meetings", meetings.append("</meetings></committee></getmeetings>").toString().getBytes(UTF_8));

      Path db = work.resolve("synced.db");
      Process p = new ProcessBuilder("java", "-jar", JAR.toString(), "sync", "--db", db.toString(), "--no-ocr", "--interval", "0",
          "--since", "2025-01-01", root)
          .redirectOutput(work.resolve("out").toFile()).redirectError(work.resolve("err").toFile()).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (p.isAlive() && System.nanoTime() < deadline && count(db, "SELECT count(*) FROM documents") < 3) {
        Thread.sleep(10);
      }
      p.destroyForcibly(); // SIGKILL on Unix
      p.waitFor(30, TimeUnit.SECONDS);
      int afterKill = count(db, "SELECT count(*) FROM documents");
      assertTrue(afterKill >= 3 && afterKill < MEETINGS, "the kill came in the middle (" + afterKill + " of " + MEETINGS + ")");
      assertEquals(afterKill, count(db, "SELECT count(*) FROM documents WHERE content IS NOT NULL AND status <> 'REFUSED'"),
          "what was stored is whole");

      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(new PrintWriter(out), new PrintWriter(err), "sync", "--db", db.toString(), "--no-ocr", "--interval", "0");
      assertEquals(ExitCode.OK, code, err.toString());
      assertEquals(MEETINGS, count(db, "SELECT count(*) FROM documents"), err.toString());
      assertEquals(MEETINGS, count(db, "SELECT count(DISTINCT path) FROM documents"), "each URL once");
      assertEquals(MEETINGS, count(db, "SELECT count(*) FROM site_meetings WHERE complete = 1"));
      assertEquals(MEETINGS, count(db, "SELECT count(DISTINCT document_sha256) FROM document_sources"), "each with its provenance");
      for (int m = 1; m <= MEETINGS; m++) {
        int n = asked.getOrDefault("/mgConvert2PDF.aspx?ID=" + m, 0);
        assertTrue(n >= 1 && n <= 2, "document " + m + " asked " + n + " times");
      }
      assertEquals("ok", integrity(db));
    } finally {
      server.stop(0);
    }
  }

  private static int count(Path db, String sql) throws Exception {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 5000");
      try (ResultSet r = s.executeQuery(sql)) {
        return r.next() ? r.getInt(1) : 0;
      }
    } catch (java.sql.SQLException e) {
      return 0; // the schema is being made
    }
  }

  private static String integrity(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      r.next();
      return r.getString(1);
    }
  }
}
