package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The accuracy ratchet: parses {@code ../shared/corpus} (and the sources of {@code ../shared/gold/real}), scores it with the project's measuring
 * tool ({@code ../shared/tools/score.py}) against {@code ../shared/gold}, and compares every
 * metric of every gold meeting with the checked-in baseline ({@code accuracy-baseline.tsv}).
 * A drop fails; a rise asks for the baseline to be raised ({@code -Daccuracy.update=true}).
 * Without the shared folder or python3 it skips itself.
 */
class AccuracyRatchetIT {
  private static final Path SHARED = Path.of("..", "..", "shared");
  private static final Path BASELINE = Path.of("src", "test", "resources", "accuracy-baseline.tsv");
  private static final Path REAL_BASELINE = Path.of("src", "test", "resources", "accuracy-baseline-real.tsv");
  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
  private static final Path OUT = Path.of("target", "accuracy");
  private static final Pattern MEETING = Pattern.compile("^== (\\S+) (\\S+) .*");
  private static final Pattern METRIC = Pattern.compile("^\\s+(\\w+)\\s+([0-9.]+) .*");
  private static final double TOLERANCE = 0.0005;

  @Test
  void corpusScoresDoNotDrop() throws Exception {
    assumeTrue(Files.isDirectory(SHARED.resolve("gold")) && Files.isDirectory(SHARED.resolve("corpus")), "no ../shared");
    List<Path> inputs;
    try (Stream<Path> files = Files.list(SHARED.resolve("corpus"))) {
      inputs = files.sorted().toList();
    }
    ratchet("corpus", inputs, SHARED.resolve("gold"), BASELINE);
  }

  /**
   * The same ratchet for the hand-checked realworld files ({@code ../shared/gold/real}): each gold
   * file names its source, found in {@code ../shared/realworld} by its name's letters and digits
   * (the gold writes "March_9_2022_-_..." for the file "March_9,_2022_-_...").
   */
  @Test
  void realworldGoldScoresDoNotDrop() throws Exception {
    Path gold = SHARED.resolve("gold").resolve("real");
    assumeTrue(Files.isDirectory(gold) && Files.isDirectory(SHARED.resolve("realworld")), "no ../shared realworld gold");
    Map<String, Path> byKey = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SHARED.resolve("realworld"))) {
      files.filter(Files::isRegularFile).forEach(f -> byKey.putIfAbsent(key(f.getFileName().toString()), f));
    }
    List<Path> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(gold)) {
      for (Path g : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String source = MAPPER.readTree(g.toFile()).path("source").asText();
        Path input = byKey.get(key(source));
        assertTrue(input != null, g.getFileName() + ": its source " + source + " is not in ../shared/realworld");
        inputs.add(input);
      }
    }
    ratchet("realworld", inputs, gold, REAL_BASELINE);
  }

  private static String key(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static void ratchet(String name, List<Path> inputs, Path gold, Path baselineFile) throws Exception {
    assumeTrue(python() != null, "no python3");
    Files.createDirectories(OUT);
    List<String> args = new ArrayList<>(List.of("parse", "--jsonl"));
    inputs.forEach(f -> args.add(f.toString()));
    StringWriter json = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(json), new PrintWriter(err), args.toArray(String[]::new));
    assertEquals(ExitCode.OK, code, "parse of the " + name + " files: " + err);
    Path export = OUT.resolve(name + ".jsonl");
    Files.writeString(export, json.toString(), StandardCharsets.UTF_8);

    Map<String, Double> scores = score(export, gold, name);
    Files.write(OUT.resolve(name + "-scores.tsv"), tsv(name, scores), StandardCharsets.UTF_8);
    if (Boolean.getBoolean("accuracy.update") || !Files.exists(baselineFile)) {
      Files.write(baselineFile, tsv(name, scores), StandardCharsets.UTF_8);
      return;
    }
    Map<String, Double> baseline = new TreeMap<>();
    for (String line : Files.readAllLines(baselineFile, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length == 2 && !line.startsWith("#")) {
        baseline.put(f[0], Double.parseDouble(f[1]));
      }
    }
    List<String> dropped = new ArrayList<>();
    List<String> raised = new ArrayList<>();
    for (Map.Entry<String, Double> e : baseline.entrySet()) {
      Double now = scores.get(e.getKey());
      if (now == null || now < e.getValue() - TOLERANCE) {
        dropped.add(e.getKey() + " " + e.getValue() + " -> " + now);
      }
    }
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      Double was = baseline.get(e.getKey());
      if (was == null || e.getValue() > was + TOLERANCE) {
        raised.add(e.getKey() + " " + was + " -> " + e.getValue());
      }
    }
    assertTrue(dropped.isEmpty(), name + " accuracy dropped: " + dropped);
    if (!raised.isEmpty()) {
      System.out.println(name + " accuracy rose; raise the baseline with -Daccuracy.update=true: " + raised);
    }
  }

  /** metric key ("000_x.json 2018-06-21 decisions") to score, from score.py's report. */
  private static Map<String, Double> score(Path export, Path gold, String name) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(python(), SHARED.resolve("tools").resolve("score.py").toString(), export.toString(),
        gold.toString()).redirectErrorStream(true).start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "score.py did not finish");
    Files.writeString(OUT.resolve(name + "-score.txt"), report, StandardCharsets.UTF_8);
    Map<String, Double> out = new TreeMap<>();
    String meeting = null;
    for (String line : report.split("\n")) {
      Matcher m = MEETING.matcher(line);
      if (m.matches()) {
        meeting = m.group(1) + " " + m.group(2);
        continue;
      }
      Matcher v = METRIC.matcher(line);
      if (v.matches() && meeting != null) {
        out.put(meeting + " " + v.group(1), Double.parseDouble(v.group(2)));
      }
    }
    assertTrue(!out.isEmpty(), "no scores in score.py's report:\n" + report);
    return out;
  }

  private static List<String> tsv(String name, Map<String, Double> scores) {
    List<String> lines = new ArrayList<>();
    lines.add("# " + name + " accuracy baseline: gold meeting + metric, score (the ratchet fails below these)");
    scores.forEach((k, v) -> lines.add(k + "\t" + String.format(Locale.ROOT, "%.3f", v)));
    return lines;
  }

  private static String python() {
    for (String candidate : new String[] {"python3", "python"}) {
      try {
        Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return candidate;
        }
      } catch (IOException | InterruptedException e) {
        // not this one
      }
    }
    return null;
  }
}
