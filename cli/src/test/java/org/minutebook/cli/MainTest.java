package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command line's contract: exit codes, clean stdout, one outcome per file in a batch. */
class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void helpListsTheExitCodes() {
    assertEquals(ExitCode.OK, run("--help"));
    assertTrue(out.toString().contains("Exit codes:"), out.toString());
    assertTrue(out.toString().contains("parse"), out.toString());
  }

  @Test
  void versionComesFromTheBuild() {
    assertEquals(ExitCode.OK, run("--version"));
    assertTrue(out.toString().matches("(?s)minutebook \\d+\\.\\d+.*"), out.toString());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(ExitCode.USAGE, run("parse", "--no-such-option", "x.pdf"));
    assertEquals("", out.toString());
  }

  @Test
  void aBatchGoesOnPastABadFileAndExitsOne() throws Exception {
    int code = run("parse", "--jsonl", "../samples/refused/empty.pdf", "../samples/sbp-strategic-group-2018-06-21-minutes.pdf",
        "../samples/no-such-file.pdf");
    assertEquals(ExitCode.REFUSED, code);
    String[] lines = out.toString().strip().split("\n");
    assertEquals(1, lines.length, "one meeting on stdout");
    JsonNode meeting = new ObjectMapper().readTree(lines[0]);
    assertEquals("2018-06-21", meeting.get("date").asText());
    assertTrue(err.toString().contains("empty.pdf: refused: empty file"), err.toString());
    assertTrue(err.toString().contains("no-such-file.pdf: refused: file not found"), err.toString());
  }

  @Test
  void layoutPrintsEachRowWithItsLabels() {
    assertEquals(ExitCode.OK, run("layout", "../samples/sbp-strategic-group-2018-06-21-minutes.pdf"));
    String listing = out.toString();
    assertTrue(listing.contains("| Minutes of the meeting held at 10.00 am on 21 June 2018   [minutes-heading"), listing);
    assertTrue(listing.contains("| Present:   [attendance=PRESENT"), listing);
    assertTrue(listing.matches("(?s).*\\| RESOLVED that [^\\n]*\\[decision=RESOLVED.*"), listing);
    assertTrue(listing.matches("(?s).*     1 \\| APOLOGIES FOR ABSENCE[^\\n]*\\[number=1 attendance=APOLOGIES.*"), listing);
  }
}
