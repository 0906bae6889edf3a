package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minutebook.ingest.BadInputException;
import org.minutebook.ingest.Models;
import org.minutebook.ingest.Pipeline;

/**
 * Golden sidecar tests over {@code samples/}: every input {@code case.pdf} (or {@code .html})
 * has {@code case.expected.json}, the exact output of {@code minutebook parse case.pdf}; every
 * file in {@code samples/refused/} has {@code case.expected.txt} naming its refusal reason (read
 * without OCR, which would read the scan among them).
 *
 * <p>On a difference the actual output and a list of differing paths are written under {@code
 * target/golden/}. Expectations are rewritten only with {@code -Dgolden.update=true}. An input
 * without its sidecar fails the run.
 */
class GoldenSamplesTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Path OUT = Path.of("target", "golden");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TestFactory
  Stream<DynamicTest> parsedSamplesMatchTheirExpectedJson() throws IOException {
    return inputs(SAMPLES).stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
  }

  @TestFactory
  Stream<DynamicTest> refusedSamplesAreRefusedForTheirReason() throws IOException {
    return inputs(SAMPLES.resolve("refused")).stream()
        .map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> checkRefused(input)));
  }

  @Test
  void everyInputHasItsSidecar() throws IOException {
    List<String> unpaired = new ArrayList<>();
    for (Path input : inputs(SAMPLES)) {
      if (!Files.exists(sidecar(input, ".expected.json")) && !UPDATE) {
        unpaired.add(input.toString());
      }
    }
    for (Path input : inputs(SAMPLES.resolve("refused"))) {
      if (!Files.exists(sidecar(input, ".expected.txt"))) {
        unpaired.add(input.toString());
      }
    }
    assertTrue(unpaired.isEmpty(), "inputs without expected output: " + unpaired);
  }

  private static void check(Path input) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "parse", input.toString());
    assertEquals(ExitCode.OK, code, "parse failed: " + err);
    Path expectedFile = sidecar(input, ".expected.json");
    JsonNode actual = JSON.readTree(out.toString());
    if (UPDATE) {
      Files.writeString(expectedFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(expectedFile)) {
      fail("no " + expectedFile + " (run with -Dgolden.update=true to create it)");
    }
    JsonNode expected = JSON.readTree(Files.readString(expectedFile, StandardCharsets.UTF_8));
    if (!expected.equals(actual)) {
      Files.createDirectories(OUT);
      String base = input.getFileName().toString();
      Files.writeString(OUT.resolve(base + ".actual.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual), StandardCharsets.UTF_8);
      List<String> diffs = new ArrayList<>();
      diff("$", expected, actual, diffs);
      Files.write(OUT.resolve(base + ".diff.txt"), diffs, StandardCharsets.UTF_8);
      fail(diffs.size() + " differences from " + expectedFile + ", first: " + diffs.get(0)
          + " (see target/golden/; -Dgolden.update=true accepts the new output)");
    }
  }

  private static void checkRefused(Path input) throws IOException {
    String expected = Files.readString(sidecar(input, ".expected.txt"), StandardCharsets.UTF_8).strip();
    try {
      new Pipeline(Models.NONE).parse(input);
      fail(input + " was not refused; expected " + expected);
    } catch (BadInputException e) {
      assertEquals(expected, e.reason().name(), e.getMessage());
    }
    StringWriter err = new StringWriter();
    // without OCR: the scan among them is read by OCR otherwise (OcrEndToEndTest)
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "parse", "--no-ocr", input.toString());
    assertEquals(ExitCode.REFUSED, code);
    assertTrue(err.toString().contains(input.toString()), "the error names the file: " + err);
  }

  /** Where two JSON trees differ, as JSON paths with both values. */
  private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected.equals(actual)) {
      return;
    }
    if (expected.isObject() && actual.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode other = actual.get(e.getKey());
        if (other == null) {
          out.add(path + "." + e.getKey() + ": missing");
        } else {
          diff(path + "." + e.getKey(), e.getValue(), other, out);
        }
      }
      actual.fieldNames().forEachRemaining(k -> {
        if (!expected.has(k)) {
          out.add(path + "." + k + ": unexpected");
        }
      });
    } else if (expected.isArray() && actual.isArray()) {
      int n = Math.min(expected.size(), actual.size());
      for (int i = 0; i < n; i++) {
        diff(path + "[" + i + "]", expected.get(i), actual.get(i), out);
      }
      if (expected.size() != actual.size()) {
        out.add(path + ": " + expected.size() + " elements expected, " + actual.size() + " found");
      }
    } else {
      out.add(path + ": expected " + abbreviate(expected) + ", found " + abbreviate(actual));
    }
  }

  private static String abbreviate(JsonNode node) {
    String s = node.toString();
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }

  private static Path sidecar(Path input, String suffix) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return input.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
  }

  private static List<Path> inputs(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().contains(".expected."))
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .sorted()
          .toList();
    }
  }
}
