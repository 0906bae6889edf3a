package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.ocr.Tesseract;

/**
 * A scan read like any other: an image-only copy of a sample (scan-copies: 200 dpi, skewed, specked)
 * is read by Tesseract into its meeting. Runs Tesseract itself: where it is missing the test is
 * skipped, except on CI, whose set-up installs it (scripts/install-deps), where that is a failure.
 */
class OcrEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SAMPLE = Path.of("..", "samples", "ayton-cc-2015-03-03.pdf");

  @TempDir static Path dir;
  private static Path scan;

  @BeforeAll
  static void scanned() {
    boolean installed = Tesseract.onPath().available();
    if ("true".equals(System.getenv("CI"))) {
      assertTrue(installed, "Tesseract must be installed on CI (scripts/install-deps)");
    }
    assumeTrue(installed, "Tesseract is not installed");
    Run r = run("scan-copies", "--dpi", "200", "--rotate-max", "0.7", "--noise", "0.01", "--out", dir.toString(), SAMPLE.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    scan = dir.resolve(SAMPLE.getFileName());
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aScanIsReadIntoItsMeetingAndSaysItWasOcrd() throws Exception {
    Run r = run("parse", scan.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    JsonNode meeting = JSON.readTree(r.out()).get(0);
    assertEquals("2015-03-03", meeting.get("date").asText());
    assertTrue(meeting.get("body").asText().contains("Ayton Community Council"), meeting.get("body").asText());
    assertTrue(meeting.get("items").size() >= 3, "items: " + meeting.get("items").size());
    JsonNode ocr = meeting.get("source").get("ocr");
    assertEquals(2, ocr.get("pages").asInt(), "both pages were read by OCR");
    assertTrue(ocr.get("words").asInt() > 500, ocr.toString());
    assertTrue(ocr.get("confidence").asDouble() > 60, ocr.toString());
    for (JsonNode item : meeting.get("items")) {
      double sure = item.get("ocrConfidence").asDouble(-1);
      assertTrue(sure >= 0 && sure <= 100, "each heading says how sure OCR was of it: " + item);
    }
  }

  @Test
  void checkSaysHowTheOcrWentAndWhatToProofread() {
    Run r = run("check", scan.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertTrue(r.out().contains("  ocr ") && r.out().contains("2 pages"), r.out());
    assertTrue(r.out().contains("  to proofread "), r.out());
    assertEquals(ExitCode.REFUSED, run("check", "--no-ocr", scan.toString()).code());
  }

  @Test
  void theArchiveKeepsWhatOcrReadAndStatsListsIt() throws Exception {
    Path db = dir.resolve("ocr.db");
    Run ingest = run("ingest", "--db", db.toString(), scan.toString());
    assertEquals(ExitCode.OK, ingest.code(), ingest.err());
    JsonNode exported = JSON.readTree(run("export", "--db", db.toString()).out()).get(0);
    assertEquals(2, exported.get("source").get("ocr").get("pages").asInt(), "export gives what parse gave");
    assertTrue(exported.get("items").get(0).has("ocrConfidence"), "and each fact's confidence");
    Run stats = run("stats", "--db", db.toString(), "--json");
    JsonNode listed = JSON.readTree(stats.out()).get("ocr");
    assertEquals(1, listed.size());
    assertTrue(listed.get(0).get("path").asText().endsWith(SAMPLE.getFileName().toString()));
    assertTrue(run("stats", "--db", db.toString()).out().contains("1 documents read by OCR (2 pages)"));
  }

  @Test
  void withoutOcrTheScanIsRefusedAsBefore() {
    Run r = run("parse", "--no-ocr", scan.toString());
    assertEquals(ExitCode.REFUSED, r.code());
    assertTrue(r.err().contains("no text layer") && r.err().contains("--no-ocr"), r.err());
  }

  @Test
  void aTextPdfIsNeverOcrd() throws Exception {
    Run r = run("parse", SAMPLE.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    assertTrue(JSON.readTree(r.out()).get(0).get("source").get("ocr") == null, "no ocr on a text layer");
  }
}
