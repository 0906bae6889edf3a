package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
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

  /** Every command's name path (people show is two words), found by walking the command tree. */
  private static List<List<String>> commandPaths(CommandLine line, List<String> path, List<List<String>> into) {
    for (var sub : line.getSubcommands().entrySet()) {
      List<String> p = new ArrayList<>(path);
      p.add(sub.getKey());
      into.add(p);
      commandPaths(sub.getValue(), p, into);
    }
    return into;
  }

  @Test
  void everyCommandAcceptsTheRunOptions() {
    CommandLine top = new CommandLine(new MinutebookCommand());
    RunOptions.addTo(top);
    List<List<String>> paths = commandPaths(top, List.of(), new ArrayList<>());
    assertTrue(paths.size() >= 17 && paths.contains(List.of("layout")) && paths.contains(List.of("bench"))
        && paths.contains(List.of("people", "show")), paths.toString());
    for (List<String> path : paths) {
      for (List<String> options : List.of(List.of("--stacktrace", "--quiet"), List.of("--verbose"))) {
        List<String> args = new ArrayList<>(path);
        args.addAll(options);
        args.add("--help");
        out.getBuffer().setLength(0);
        assertEquals(ExitCode.OK, run(args.toArray(String[]::new)), args + ": " + err);
        for (String option : List.of("--stacktrace", "--quiet", "--verbose")) {
          assertTrue(out.toString().contains(option), args + " lists " + option + " in its help");
        }
      }
    }
    assertEquals("", err.toString());
  }

  @Test
  void theRunOptionsAlsoStandBeforeTheCommand() {
    assertEquals(ExitCode.OK, run("--stacktrace", "--quiet", "layout", "../samples/sbp-strategic-group-2018-06-21-minutes.pdf"));
    assertEquals("", err.toString());
  }

  @Test
  void helpSaysWhereTheLibraryLogGoes() {
    assertEquals(ExitCode.OK, run("--help"));
    assertTrue(out.toString().contains("<archive>.log"), out.toString());
  }
}
