package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minutebook check}: a block (or a JSON line) per document, one outcome per file, exit codes as the other commands'. */
class CheckCommandTest {
  private static final String MINUTES = "../samples/sbp-strategic-group-2018-06-21-minutes.pdf";
  private static final String AGENDA = "../samples/agenda-front-sheet.pdf";
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void printsABlockPerDocumentAndGoesOnPastABadFile() {
    int code = run("check", "../samples/refused/empty.pdf", MINUTES, "../samples/no-such-file.pdf", AGENDA);
    assertEquals(ExitCode.REFUSED, code);
    String text = out.toString();
    String[] blocks = text.strip().split("\n\n");
    assertEquals(2, blocks.length, text);
    assertTrue(blocks[0].startsWith(MINUTES + "\n"), blocks[0]);
    assertTrue(blocks[0].matches("(?s).*\n  lines in items  \\d+ of \\d+ \\(\\d+%\\)\n.*"), blocks[0]);
    assertTrue(blocks[0].matches("(?s).*\n  decision words  \\d+ lines? outside decisions.*"), blocks[0]);
    assertTrue(blocks[0].contains("\n  numbering       "), blocks[0]);
    assertTrue(blocks[0].contains("\n  file name date  2018-06-21: agrees"), blocks[0]);
    assertTrue(blocks[1].startsWith(AGENDA + "\n  meetings        none (agenda)"), blocks[1]);
    String[] errors = err.toString().strip().split("\n");
    assertEquals(2, errors.length, err.toString());
    assertTrue(errors[0].startsWith("minutebook: ../samples/refused/empty.pdf: refused: empty file"), errors[0]);
    assertTrue(errors[1].startsWith("minutebook: ../samples/no-such-file.pdf: refused: file not found"), errors[1]);
  }

  @Test
  void jsonIsOneObjectPerDocument(@TempDir Path dir) throws Exception {
    Path misnamed = Files.copy(Path.of(MINUTES), dir.resolve("2018-07-01_minutes.pdf"));
    assertEquals(ExitCode.OK, run("check", "--json", MINUTES, misnamed.toString()));
    String[] lines = out.toString().strip().split("\n");
    assertEquals(2, lines.length);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines[0]);
    assertEquals(MINUTES, first.get("file").asText());
    assertEquals("2018-06-21", first.get("meetings").get(0).get("date").asText());
    assertTrue(first.get("minutesLines").asInt() > 0);
    double share = first.get("itemShare").asDouble();
    assertEquals(first.get("itemLines").asDouble() / first.get("minutesLines").asInt(), share, 1e-9);
    assertEquals(first.get("looseDecisionWords").asInt() > 0, first.get("examples").size() > 0);
    assertTrue(first.get("numbering").isArray());
    assertTrue(first.get("dateAgrees").asBoolean());
    JsonNode second = json.readTree(lines[1]);
    assertEquals("2018-07-01", second.get("fileDates").get(0).asText());
    assertEquals(false, second.get("dateAgrees").asBoolean());
    assertEquals("", err.toString());
  }

  @Test
  void aFileIsNeeded() {
    assertEquals(ExitCode.USAGE, run("check"));
    assertEquals("", out.toString());
  }
}
