package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --into} and {@code import}: an archive copied through the model answers every
 * query as the original does; a slice holds only its meetings' files; a copy run again stores
 * nothing; refused files come along with their reasons. The samples are ingested with --no-ocr, as
 * in {@link ArchiveCommandsTest}.
 */
class CopyCommandsTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path original;

  private String out;
  private String err;

  @BeforeAll
  static void ingestSamples() {
    original = dir.resolve("original.db");
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "ingest", "--no-ocr", "--db",
        original.toString(), SAMPLES.toString());
    assertEquals(ExitCode.REFUSED, code, "samples/refused holds files that must be refused");
  }

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
    out = o.toString();
    err = e.toString();
    return code;
  }

  /** What a command prints on stdout for the archive, which must answer it. */
  private String answer(Path db, String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.add("--db");
    args.add(db.toString());
    assertEquals(ExitCode.OK, run(args.toArray(String[]::new)), String.join(" ", command) + ": " + err);
    return out;
  }

  @Test
  void aCopyOfTheWholeArchiveAnswersEveryQueryAsTheOriginal() throws Exception {
    Path copy = dir.resolve("copy.db");
    assertEquals(ExitCode.OK, run("export", "--db", original.toString(), "--into", copy.toString()), err);
    assertEquals("", out, "the summary goes to stderr");
    assertTrue(err.contains("documents copied"), err);
    assertEquals(answer(original, "export"), answer(copy, "export"));
    assertEquals(answer(original, "export", "--format", "csv"), answer(copy, "export", "--format", "csv"));
    for (List<String> query : List.of(List.of("meetings", "--json"), List.of("decisions", "--json"), List.of("decisions"),
        List.of("search", "update", "--json"), List.of("search", "--reports", "report", "--json"), List.of("actions", "--json"),
        List.of("actions"), List.of("people", "--json"), List.of("documents", "--json"))) {
      String[] q = query.toArray(String[]::new);
      assertEquals(answer(original, q), answer(copy, q), String.join(" ", query));
    }
    JsonNode stats = JSON.readTree(answer(original, "stats", "--json"));
    JsonNode copied = JSON.readTree(answer(copy, "stats", "--json"));
    assertTrue(stats.get("refused").size() > 0, "the samples hold refused files");
    assertEquals(stats.get("refused"), copied.get("refused"), "refused files come along with their reasons");
    for (String count : List.of("documents", "meetings", "items", "decisions", "people")) {
      assertEquals(stats.findValue(count), copied.findValue(count), count);
    }
  }

  @Test
  void aSliceByBodyHoldsThatBodysMeetingsAndTheFilesTheyWereReadFrom() throws Exception {
    JsonNode all = JSON.readTree(answer(original, "export"));
    String body = all.get(0).get("body").asText();
    String words = body.substring(body.lastIndexOf(' ') + 1).toUpperCase(Locale.ROOT); // any part, any case
    Path slice = dir.resolve("slice.db");
    assertEquals(ExitCode.OK, run("export", "--db", original.toString(), "--into", slice.toString(), "--body", words), err);
    JsonNode sliced = JSON.readTree(answer(slice, "export"));
    assertEquals(JSON.readTree(answer(original, "export", "--body", words)), sliced, "the body's meetings, whole");
    assertTrue(sliced.size() > 0 && sliced.size() < all.size(), sliced.size() + " of " + all.size());
    Set<String> files = new TreeSet<>();
    sliced.forEach(m -> files.add(m.get("source").get("file").asText()));
    Set<String> stored = new TreeSet<>();
    JSON.readTree(answer(slice, "documents", "--json")).forEach(d -> stored.add(d.get("file").asText()));
    assertTrue(files.containsAll(stored), "only files holding the body's meetings: " + stored + " against " + files);
    assertEquals(0, JSON.readTree(answer(slice, "stats", "--json")).get("refused").size(), "a refused file holds no meeting");
  }

  @Test
  void aMeetingReadFromTwoFilesIsShownFromTheSameFileInTheCopy() throws Exception {
    Path pdf;
    try (var files = Files.list(SAMPLES)) {
      pdf = files.filter(f -> f.toString().endsWith(".pdf")).sorted().filter(CopyCommandsTest::holdsMeetings).findFirst()
          .orElseThrow();
    }
    // the same minutes in other bytes: two sources of each of its meetings, one of them primary
    Path again = dir.resolve("again.pdf");
    Files.write(again, (new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1) + "\n% again\n")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Path two = dir.resolve("two-files.db");
    assertEquals(ExitCode.OK, run("ingest", "--no-ocr", "--db", two.toString(), pdf.toString(), again.toString()), err);
    Path copy = dir.resolve("two-files-copy.db");
    assertEquals(ExitCode.OK, run("import", two.toString(), "--db", copy.toString()), err);
    String meeting = JSON.readTree(answer(two, "meetings", "--json")).get(0).get("id").asText();
    String shown = answer(two, "show", meeting);
    assertTrue(shown.contains(pdf.getFileName().toString()) && shown.contains(again.getFileName().toString()), shown);
    assertEquals(shown, answer(copy, "show", meeting));
    assertEquals(answer(two, "meetings"), answer(copy, "meetings"));
    assertEquals(answer(two, "export"), answer(copy, "export"));
  }

  /** Whether the sample's expected output lists a meeting. */
  private static boolean holdsMeetings(Path sample) {
    String name = sample.getFileName().toString();
    try {
      return JSON.readTree(sample.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json").toFile()).size() > 0;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void importingTwiceStoresNothingTheSecondTime() throws Exception {
    Path local = dir.resolve("local.db");
    assertEquals(ExitCode.OK, run("import", original.toString(), "--db", local.toString(), "--json"), err);
    JsonNode first = JSON.readTree(out);
    assertTrue(first.get("copied").asInt() > 0, out);
    assertEquals(0, first.get("alreadyThere").asInt(), out);
    String before = answer(local, "export");
    assertEquals(ExitCode.OK, run("import", original.toString(), "--db", local.toString(), "--json"), err);
    JsonNode second = JSON.readTree(out);
    assertEquals(0, second.get("copied").asInt(), out);
    assertEquals(0, second.get("meetings").asInt(), out);
    assertEquals(first.get("copied").asInt(), second.get("alreadyThere").asInt(), out);
    assertEquals(before, answer(local, "export"));
    assertEquals(answer(original, "export"), before);
  }

  @Test
  void aMissingSourceOrACopyIntoItselfIsRefused() throws Exception {
    Path missing = dir.resolve("nowhere.db");
    assertEquals(ExitCode.ENVIRONMENT, run("import", missing.toString(), "--db", dir.resolve("x.db").toString()));
    assertTrue(err.contains(missing.toString()), err);
    assertFalse(Files.exists(missing), "a missing source is not created");
    assertEquals(ExitCode.ENVIRONMENT, run("export", "--db", missing.toString(), "--into", dir.resolve("y.db").toString()));
    assertTrue(err.contains(missing.toString()), err);

    Path same = original.getParent().resolve(".").resolve(original.getFileName());
    assertEquals(ExitCode.USAGE, run("export", "--db", original.toString(), "--into", same.toString()));
    assertTrue(err.contains("copied from"), err);
    assertEquals(ExitCode.USAGE, run("import", original.toString(), "--db", same.toString()));
    assertTrue(err.contains("copied from"), err);
    assertEquals(ExitCode.USAGE, run("export", "--db", original.toString(), "--into", dir.resolve("z.db").toString(), "--format", "csv"));
    assertFalse(Files.exists(dir.resolve("z.db")));
    assertEquals(ExitCode.ENVIRONMENT, run("export", "--db", original.toString(), "--into", dir.resolve("no/such/folder.db").toString()));
    assertTrue(err.contains("folder"), err);
  }
}
