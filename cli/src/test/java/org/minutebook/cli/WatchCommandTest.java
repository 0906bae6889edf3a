package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.Watches;

/**
 * Saved searches through the command line: a baseline at add, each new fact reported once, a
 * re-read changed document reporting only what changed, the JSON a mail or chat pipeline reads.
 * Archives are built from the samples with --no-ocr, as ArchiveCommandsTest builds them.
 */
class WatchCommandTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  /** The Safer Bromley Partnership Board's web page: four decisions, three of them say "update". */
  private static final Path BOARD = SAMPLES.resolve("sbp-board-2023-12-06-agenda-and-minutes.html");
  /** The Strategic Group's minutes: decisions with Action entries (RV, ...). */
  private static final Path GROUP = SAMPLES.resolve("sbp-strategic-group-2018-06-21-minutes.pdf");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private String out;
  private String err;

  private int run(String... args) {
    Cli r = Cli.run(args);
    out = r.out();
    err = r.err();
    return r.code();
  }

  private Path db() {
    return dir.resolve("archive.db");
  }

  /** Runs a command on the test's archive: the command's words, then --db, then the rest. */
  private int on(String... args) {
    List<String> all = new ArrayList<>();
    int words = args[0].equals("watch") && args.length > 1 && List.of("add", "list", "remove").contains(args[1]) ? 2 : 1;
    all.addAll(List.of(args).subList(0, words));
    all.add("--db");
    all.add(db().toString());
    all.addAll(List.of(args).subList(words, args.length));
    return run(all.toArray(String[]::new));
  }

  private void ingest(Path file) {
    assertEquals(ExitCode.OK, on("ingest", "--no-ocr", file.toString()), err);
  }

  private JsonNode json() throws Exception {
    return JSON.readTree(out);
  }

  /** The field names of a JSON object. */
  private static Set<String> fields(JsonNode o) {
    Set<String> names = new HashSet<>();
    o.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void whatMatchesAtAddIsSeenWhatComesLaterIsReportedOnce() throws Exception {
    ingest(GROUP);
    assertEquals(ExitCode.OK, on("decisions", "--text", "update", "--json"), err);
    int already = json().size();
    assertTrue(already > 0, "the Strategic Group's minutes have decisions about updates");

    assertEquals(ExitCode.OK, on("watch", "add", "update"), err);
    assertTrue(out.startsWith("watch 1 \"update\" added: " + already + " decision"), out);
    assertTrue(out.contains("new ones are reported from the next run"), out);
    assertEquals(ExitCode.OK, on("watch"), err);
    assertEquals("", out, "the baseline is not news");
    assertTrue(err.contains("nothing new"), err);

    ingest(BOARD);
    assertEquals(ExitCode.OK, on("watch"), err);
    assertTrue(out.startsWith("watch 1 \"update\": 1 meeting and 3 decisions new\n"), out);
    assertTrue(out.contains("meeting   2023-12-06  Safer Bromley Partnership Board"), out);
    assertTrue(out.contains("RESOLVED that the Crime Update be noted and that going forward the Crime Update would be included"
        + " in the agenda pack."), "full text, for mail: " + out);
    assertFalse(out.contains("2018-06-21"), "what was there before is not news: " + out);
    assertEquals("", err, "stdout carries the report, stderr nothing");

    assertEquals(ExitCode.OK, on("watch"), err);
    assertEquals("", out, "reported once");
    assertTrue(err.contains("nothing new"), err);
  }

  @Test
  void aChangedDocumentReadAgainReportsOnlyTheDecisionItAdded() throws Exception {
    Path page = dir.resolve("board.html");
    String original = Files.readString(BOARD, StandardCharsets.UTF_8);
    Files.writeString(page, original, StandardCharsets.UTF_8);
    ingest(page);
    assertEquals(ExitCode.OK, on("watch", "add", "update"), err);
    assertTrue(out.contains("3 decisions, 1 meeting"), out);
    assertEquals(ExitCode.OK, on("decisions", "--json"), err);
    Map<String, Long> before = new HashMap<>();
    json().forEach(d -> before.put(d.get("text").asText(), d.get("id").asLong()));

    // the council publishes the page again with one more decision in item 87
    String added = "RESOLVED that a further update on knife crime be brought to the February meeting.";
    String changed = original.replace("<p>RESOLVED that the Crime Update be noted",
        "<p>" + added + "</p>\n<p>RESOLVED that the Crime Update be noted");
    assertNotEquals(original, changed);
    Files.writeString(page, changed, StandardCharsets.UTF_8);
    ingest(page);
    assertTrue(err.contains("replacing"), "the new bytes replace the old rows: " + err);
    assertEquals(ExitCode.OK, on("decisions", "--json"), err);
    Map<String, Long> after = new HashMap<>();
    json().forEach(d -> after.put(d.get("text").asText(), d.get("id").asLong()));
    assertEquals(before.size() + 1, after.size());
    // the old rows are gone and their ids are given again, to other decisions: ids cannot tell what was seen
    assertTrue(before.containsValue(after.get(added)), "the new decision has an id an old one had: " + before + " " + after);
    assertNotEquals(before.get(forwardPlan()), after.get(forwardPlan()));

    assertEquals(ExitCode.OK, on("watch", "--json"), err);
    JsonNode w = json().get("watches").get(0);
    assertEquals(0, w.get("meetings").size(), "the meeting was seen: " + w);
    assertEquals(1, w.get("decisions").size(), w.toString());
    assertEquals(added, w.get("decisions").get(0).get("text").asText());
    assertEquals("87", w.get("decisions").get(0).get("itemNumber").asText());

    assertEquals(ExitCode.OK, on("watch", "--json"), err);
    assertEquals(0, json().get("watches").get(0).get("decisions").size(), "reported once");
  }

  private static String forwardPlan() {
    return "RESOLVED that the update regarding the Forward Plan be noted and that the LBB Project Manager for Public Protection"
        + " disseminate a list of proposed Bills/Legislative Changes with a note on what stage the Bill was at.";
  }

  @Test
  void jsonListsEverySearchWithTheShapesOfDecisionsAndActions() throws Exception {
    ingest(BOARD);
    assertEquals(ExitCode.OK, on("watch", "add", "VAWG"), err);
    assertTrue(out.contains("0 decisions, 1 meeting and 0 actions already match"), "the Board's item 88 names VAWG: " + out);
    assertEquals(ExitCode.OK, on("watch", "add", "update", "--body", "partnership board"), err);
    ingest(GROUP);

    assertEquals(ExitCode.OK, on("watch", "--json"), err);
    JsonNode report = json();
    assertEquals(Set.of("watches"), fields(report));
    JsonNode watches = report.get("watches");
    assertEquals(2, watches.size(), "every search, with news or not: " + report);
    JsonNode vawg = watches.get(0);
    assertEquals(Set.of("id", "query", "body", "meetings", "decisions", "actions"), fields(vawg));
    assertEquals(1, vawg.get("id").asInt());
    assertEquals("VAWG", vawg.get("query").asText());
    assertTrue(vawg.get("body").isNull());
    assertEquals("2018-06-21", vawg.get("meetings").get(0).get("date").asText());
    JsonNode action = vawg.get("actions").get(0);
    assertEquals("RV", action.get("initials").asText(), vawg.toString());
    assertTrue(action.get("decision").asText().contains("VAWG/MOPAC"), action.toString());

    // the same shapes as decisions --json and actions --json
    JsonNode decision = vawg.get("decisions").get(0);
    assertEquals(ExitCode.OK, on("decisions", "--text", "VAWG", "--json"), err);
    assertEquals(fields(json().get(0)), fields(decision));
    assertEquals(ExitCode.OK, on("actions", "--text", "VAWG", "--json"), err);
    assertEquals(vawg.get("actions").size(), json().size(), "actions --text finds what the watch does");
    assertEquals(fields(json().get(0)), fields(action));
    assertEquals(ExitCode.OK, on("meetings", "--json"), err);
    assertEquals(fields(json().get(0)), fields(vawg.get("meetings").get(0)));

    JsonNode board = watches.get(1);
    assertEquals("partnership board", board.get("body").asText());
    assertEquals(0, board.get("meetings").size() + board.get("decisions").size() + board.get("actions").size(),
        "the Strategic Group is not the Partnership Board: " + board);
  }

  @Test
  void aBodysSearchReportsEveryNewMeetingOfTheBodyAndOnlyItsDecisions() throws Exception {
    ingest(GROUP);
    assertEquals(ExitCode.OK, on("watch", "add", "noted", "--body", "Partnership Board"), err);
    assertTrue(out.contains("0 decisions, 0 meetings"), out);
    ingest(BOARD);
    assertEquals(ExitCode.OK, on("watch", "--json"), err);
    JsonNode w = json().get("watches").get(0);
    assertEquals(1, w.get("meetings").size());
    assertEquals("Safer Bromley Partnership Board", w.get("meetings").get(0).get("body").asText());
    assertTrue(w.get("decisions").size() > 0);
    for (JsonNode d : w.get("decisions")) {
      assertEquals("Safer Bromley Partnership Board", d.get("body").asText());
    }
  }

  @Test
  void listAddTwiceAndRemove() throws Exception {
    ingest(BOARD);
    assertEquals(ExitCode.OK, on("watch", "list"), err);
    assertEquals("", out);
    assertTrue(err.contains("no saved searches"), err);
    assertEquals(ExitCode.OK, on("watch", "add", "update"), err);
    assertEquals(ExitCode.OK, on("watch", "add", "crime", "--body", "Board"), err);
    assertEquals(ExitCode.OK, on("watch", "add", "update"), err);
    assertEquals("watch 1 \"update\" is already saved: nothing changed\n", out.replace("\r", ""));
    assertEquals(ExitCode.OK, on("watch", "add", " crime ", "--body", "board"), err);
    assertTrue(out.contains("already saved"), "the same query and body, spacing and case of the body aside: " + out);

    assertEquals(ExitCode.OK, on("watch", "list"), err);
    assertTrue(out.contains("update") && out.contains("(any)") && out.contains("never"), out);
    assertEquals(ExitCode.OK, on("watch", "list", "--json"), err);
    assertEquals(2, json().size());
    assertEquals("Board", json().get(1).get("body").asText());

    assertEquals(ExitCode.OK, on("watch"), err);
    assertEquals(ExitCode.OK, on("watch", "list", "--json"), err);
    assertFalse(json().get(0).get("lastRunAt").isNull(), "a run is recorded");

    assertEquals(ExitCode.OK, on("watch", "remove", "1"), err);
    assertEquals(ExitCode.OK, on("watch", "list", "--json"), err);
    assertEquals(1, json().size());
    assertEquals("crime", json().get(0).get("query").asText());
    assertEquals(ExitCode.USAGE, on("watch", "remove", "1"));
    assertTrue(err.contains("no saved search 1"), err);
  }

  @Test
  void aQueryThatCannotBeReadIsAUsageErrorAndSavesNothing() throws Exception {
    ingest(BOARD);
    assertEquals(ExitCode.USAGE, on("watch", "add", "\"unclosed"));
    assertTrue(err.contains("cannot read the search query"), err);
    assertEquals(ExitCode.OK, on("watch", "list", "--json"), err);
    assertEquals(0, json().size());
    assertEquals(ExitCode.USAGE, on("watch", "add"));
    assertEquals(ExitCode.ENVIRONMENT, run("watch", "--db", dir.resolve("none.db").toString()));
    assertTrue(err.contains("no archive"), err);
  }

  @Test
  void aReportThatFailsBeforeItIsRememberedIsGivenAgain() throws Exception {
    ingest(GROUP);
    assertEquals(ExitCode.OK, on("watch", "add", "update", "--body", "Partnership Board"), err);
    ingest(BOARD);
    try (Archive a = Archive.open(db(), null)) {
      Watches watches = new Watches(a);
      assertThrows(IllegalStateException.class, () -> watches.report(news -> {
        throw new IllegalStateException("the mail could not be sent");
      }));
      assertEquals(4, watches.newSince().get(0).size(), "the meeting and its three updates, still new");
      // what sync --report prints
      StringWriter text = new StringWriter();
      assertEquals(4, WatchCommand.report(a, new PrintWriter(text), false));
      assertTrue(text.toString().startsWith("watch 1 \"update\" (body Partnership Board): 1 meeting and 3 decisions new"),
          text.toString());
      assertEquals(0, WatchCommand.report(a, new PrintWriter(new StringWriter()), false));
    }
  }
}
