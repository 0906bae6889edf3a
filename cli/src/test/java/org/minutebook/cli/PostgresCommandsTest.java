package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.store.pg.TestPostgres;

/**
 * Every command that uses the archive, on a SQLite file and on a PostgreSQL server given as
 * {@code --db postgresql://...}, after the same ingest: the same exit code and the same output
 * (a ranking's lines as a set: bm25 and ts_rank order the same hits differently).
 */
class PostgresCommandsTest {
  private static final String SAMPLES = Path.of("..", "samples").toString();
  @TempDir static Path dir;
  private static TestPostgres pg;
  private static String sqlite;
  private static String postgres;

  @BeforeAll
  static void ingestIntoBoth() throws Exception {
    pg = TestPostgres.start(dir);
    sqlite = dir.resolve("a.db").toString();
    postgres = pg.url();
    Cli a = Cli.run("ingest", "--no-ocr", "--json", "--db", sqlite, SAMPLES);
    Cli b = Cli.run("ingest", "--no-ocr", "--json", "--db", postgres, SAMPLES);
    assertEquals(ExitCode.REFUSED, a.code(), a.err());
    assertEquals(a.code(), b.code(), b.err());
    assertEquals(a.out(), b.out(), "the same outcome per file");
  }

  @AfterAll
  static void stop() {
    if (pg != null) {
      pg.close();
    }
  }

  /** Runs the command (its words up to "--db" are the command) on both archives. */
  private static Cli[] both(String... args) {
    return new Cli[] {Cli.run(with(args, sqlite)), Cli.run(with(args, postgres))};
  }

  private static String[] with(String[] args, String db) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db");
    all.add(db);
    return all.toArray(String[]::new);
  }

  private static void same(String... args) {
    Cli[] r = both(args);
    String what = String.join(" ", args);
    assertEquals(r[0].code(), r[1].code(), what + ": " + r[1].err());
    assertEquals(r[0].out(), r[1].out(), what);
    assertFalse(r[0].out().isBlank(), what + " printed something");
  }

  /** The same hits (JSON), their snippets and scores aside: each engine cuts and ranks its own. */
  private static void sameHits(String... args) throws Exception {
    Cli[] r = both(args);
    String what = String.join(" ", args);
    assertEquals(r[0].code(), r[1].code(), what + ": " + r[1].err());
    assertEquals(hits(r[0].out()), hits(r[1].out()), what);
    assertFalse(hits(r[0].out()).isEmpty(), what + " found something");
  }

  private static TreeSet<String> hits(String json) throws Exception {
    TreeSet<String> out = new TreeSet<>();
    JsonNode root = new ObjectMapper().readTree(json);
    for (JsonNode hit : root.isArray() ? root : root.path("hits")) {
      ObjectNode h = (ObjectNode) hit.deepCopy();
      h.remove(List.of("snippet", "score"));
      out.add(h.toString());
    }
    return out;
  }

  @Test
  void listingsAndExportsAreTheSame() {
    same("meetings");
    same("meetings", "--json");
    same("export");
    same("export", "--format", "jsonl");
    same("export", "--format", "csv");
    same("export", "--body", "bromley");
    same("documents", "--json");
    same("show", "1", "--json");
    same("show", "3");
  }

  @Test
  void decisionsActionsAndPeopleAreTheSame() {
    same("decisions", "--json");
    same("decisions", "--json", "--text", "update");
    same("decisions", "--json", "--body", "Partnership", "--from", "2018-01-01");
    same("decision", "show", "5", "--json");
    same("actions", "--json");
    same("actions");
    same("actions", "--owner", "RV", "--json");
    same("people", "--json");
    same("people", "show", "Rob Vale", "--json");
  }

  @Test
  void searchesFindTheSameHits() throws Exception {
    sameHits("search", "knife crime", "--json", "--limit", "1000");
    sameHits("search", "budget OR library", "--json", "--limit", "1000");
    sameHits("search", "--reports", "knife", "--json", "--limit", "1000");
    Cli[] bad = both("search", "\"unclosed");
    assertEquals(ExitCode.USAGE, bad[0].code(), bad[0].err());
    assertEquals(ExitCode.USAGE, bad[1].code(), bad[1].err());
  }

  @Test
  void watchesSayTheSame() {
    same("watch", "add", "knife");
    same("watch", "--json");
    Cli[] again = both("watch");
    assertEquals(again[0].out(), again[1].out(), "nothing new the second time, on both");
  }

  @Test
  void statsNameTheEngine() {
    Cli[] r = both("stats");
    assertEquals(ExitCode.OK, r[1].code(), r[1].err());
    assertTrue(r[0].out().contains("SQLite)"), r[0].out());
    assertTrue(r[1].out().contains("PostgreSQL)") && r[1].out().contains(pg.url()), r[1].out());
    assertEquals(r[0].out().lines().skip(1).toList(), r[1].out().lines().skip(1).toList(), "the same counts and checks");
  }

  @Test
  void aServerThatCannotBeReachedIsOneLineAndExitThreeWithoutThePassword() {
    Cli r = Cli.run("meetings", "--db", "postgresql://someone:secret@127.0.0.1:1/nothing");
    assertEquals(ExitCode.ENVIRONMENT, r.code(), r.err());
    assertTrue(r.err().startsWith("minutebook: archive postgresql://someone@127.0.0.1:1/nothing: cannot open"), r.err());
    assertFalse(r.err().contains("secret"), r.err());
    assertEquals("", r.out());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
