package org.minutebook.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync} from the command line against a council site on the loopback interface: the
 * recorded Gloucester Cabinet meeting (minutes as HTML in its answer) and a meeting linking a
 * sample's printed minutes. The cron user's view: exit codes, the summary line, a second run that
 * does nothing, {@code --report} saying each new decision once, a refused URL named.
 */
class SyncCommandTest {
  private static final Path RECORDED = Path.of("..", "ingest", "src", "test", "resources", "moderngov", "gloucester");
  private static final Path MINUTES = Path.of("..", "samples", "kent-cabinet-2025-01-30-printed-minutes.pdf");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private HttpServer server;
  private String root;
  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
  private final List<String> asked = new ArrayList<>();
  private String out;
  private String err;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
    root = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    pages.put("/mgWebService.asmx/GetCommittees?lDays=0", ("<?xml version=\"1.0\" encoding=\"utf-8\"?><committees><committee>"
        + "<committeeid>129</committeeid><committeetitle>Cabinet</committeetitle><committeedeleted>False</committeedeleted>"
        + "<committeeexpired>False</committeeexpired></committee></committees>").getBytes(UTF_8));
    String meetings = "<?xml version=\"1.0\" encoding=\"utf-8\"?><getmeetings><committee><committeeid>129</committeeid>"
        + "<committeetitle>Cabinet</committeetitle><meetings>"
        + "<meeting><meetingid>7837</meetingid><meetingdate>21/11/2025</meetingdate><meetingstatus>Confirmed</meetingstatus></meeting>"
        + "<meeting><meetingid>7001</meetingid><meetingdate>30/01/2025</meetingdate><meetingstatus>Confirmed</meetingstatus></meeting>"
        + "</meetings></committee></getmeetings>";
    pages.put("meetings", meetings.getBytes(UTF_8));
    String recorded = Files.readString(RECORDED.resolve("GetMeeting_7837.xml"), UTF_8)
        .replaceAll("(?i)https://democracy\\.gloucester\\.gov\\.uk/", root);
    pages.put("/mgWebService.asmx/GetMeeting?lMeetingId=7837", recorded.getBytes(UTF_8));
    // the recorded meeting's seven reports, each a distinct sample PDF
    List<String> ids = List.of("65412", "65413", "65414", "65415", "65416", "65417", "65461");
    List<String> samples = List.of("agenda-front-sheet", "ayton-cc-2015-03-03", "kent-corporate-parenting-panel-2024-12-10",
        "kent-county-council-2025-01-09-printed-minutes", "sbp-strategic-group-2018-03-26-agenda-pack",
        "sbp-strategic-group-2018-06-21-minutes", "suffolk-fohcl-2016-01-26");
    for (int i = 0; i < ids.size(); i++) {
      pages.put("/mgConvert2PDF.aspx?ID=" + ids.get(i), Files.readAllBytes(Path.of("..", "samples", samples.get(i) + ".pdf")));
    }
    pages.put("/mgWebService.asmx/GetMeeting?lMeetingId=7001", ("<?xml version=\"1.0\" encoding=\"utf-8\"?><meeting>"
        + "<meetingid>7001</meetingid><meetingdate>30/01/2025</meetingdate><linkeddocuments><linkeddoc><title>Printed minutes"
        + "</title><url>" + root + "mgConvert2PDF.aspx?ID=9001</url></linkeddoc><linkeddoc><title>Exempt appendix</title><url>"
        + root + "mgConvert2PDF.aspx?ID=9002</url></linkeddoc></linkeddocuments><agendaitems/></meeting>").getBytes(UTF_8));
    pages.put("/mgConvert2PDF.aspx?ID=9001", Files.readAllBytes(MINUTES));
    pages.put("/mgConvert2PDF.aspx?ID=9002", new byte[0]);
    statuses.put("/mgConvert2PDF.aspx?ID=9002", 403);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  /** Serves pages by path and query, with an ETag (their hash) and 304 for a request that names it. */
  private void answer(HttpExchange ex) throws IOException {
    String target = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
    synchronized (asked) {
      asked.add(target);
    }
    byte[] body = target.startsWith("/mgWebService.asmx/GetMeetings?") ? pages.get("meetings") : pages.get(target);
    int status = body == null ? 404 : statuses.getOrDefault(target, 200);
    String etag = body == null ? null : "\"" + java.util.Arrays.hashCode(body) + "\"";
    if (status == 200 && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      ex.sendResponseHeaders(304, -1);
      ex.close();
      return;
    }
    if (status != 200) {
      body = ("status " + status).getBytes(UTF_8);
    } else {
      ex.getResponseHeaders().add("ETag", etag);
    }
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(body);
    }
  }

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--db", dir.resolve("archive.db").toString()));
    if (args[0].equals("sync")) {
      all.addAll(List.of("--interval", "0", "--no-ocr"));
    }
    int code = Main.run(new PrintWriter(o), new PrintWriter(e), all.toArray(String[]::new));
    out = o.toString();
    err = e.toString();
    return code;
  }

  private long requests(String prefix) {
    synchronized (asked) {
      return asked.stream().filter(t -> t.startsWith(prefix)).count();
    }
  }

  @Test
  void aCronUserAddsASiteThenSyncsItAndLearnsWhatIsNewOnce() throws Exception {
    assertEquals(0, run("sync", "--add", root, "--committee", "Cabinet", "--since", "2025-01-01"), err);
    assertTrue(err.contains("following " + root), err);
    assertEquals(0, run("sync", "--list"), err);
    assertTrue(out.contains(root) && out.contains("Cabinet") && out.contains("never"), out);
    assertEquals(0, run("watch", "add", "resolved"), err);

    assertEquals(1, run("sync", "--report"), "a refused URL is exit 1: " + err);
    assertTrue(err.contains(root + "mgConvert2PDF.aspx?ID=9002: HTTP 403"), "the failure names site and URL: " + err);
    assertTrue(err.lines().anyMatch(l -> l.startsWith("sync: 1 site, 2 meetings listed (2 new, 0 changed, 0 unchanged); documents: 9 stored")),
        err);
    assertTrue(out.contains("decision"), "new decisions reported: " + out);
    assertEquals(1, requests("/mgConvert2PDF.aspx?ID=9001"));

    // the 403 is lifted: the next run completes the set and fetches nothing else again
    statuses.remove("/mgConvert2PDF.aspx?ID=9002");
    pages.put("/mgConvert2PDF.aspx?ID=9002", Files.readAllBytes(Path.of("..", "samples", "agenda-front-sheet.pdf")));
    assertEquals(0, run("sync", "--report"), err);
    assertTrue(err.contains("(0 new, 1 changed, 1 unchanged); documents: 0 stored, 0 replaced, 2 unchanged, 0 refused; 0 failed"),
        "the unfinished meeting read again, its stored documents found unchanged: " + err);
    assertEquals("", out, "nothing new to report");
    assertEquals(2, requests("/mgConvert2PDF.aspx?ID=9001"), "asked again only conditionally (answered 304)");

    assertEquals(0, run("sync", "--json"), err);
    JsonNode json = JSON.readTree(out);
    assertEquals(2, json.get("sites").get(0).get("meetingsUnchanged").asInt());
    assertTrue(json.get("sites").get(0).get("documents").isEmpty(), out);
    assertEquals(4, json.get("requests").asInt(), "committees, meetings, and a conditional GetMeeting each");
  }

  @Test
  void badAddressesAndNoSitesAreUsageErrorsAndAnUnreachableSiteIsNamed() {
    assertEquals(2, run("sync"), err);
    assertTrue(err.contains("no sites to sync"), err);
    assertEquals(2, run("sync", "--since", "last week", root), err);
    assertEquals(2, run("sync", "not a site"), err);
    server.stop(0);
    assertEquals(1, run("sync", "--timeout", "2", root), err);
    assertTrue(err.contains(root + "mgWebService.asmx/GetCommittees?lDays=0"), err);
    assertFalse(err.contains("Exception"), err);
  }
}
