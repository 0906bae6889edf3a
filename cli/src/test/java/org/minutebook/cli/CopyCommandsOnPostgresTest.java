package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.store.pg.TestPostgres;

/**
 * {@code export --into} and {@code import} between a SQLite file and a PostgreSQL server: the
 * samples' archive put on the server, a slice of it pulled into a file, the whole pulled twice.
 */
class CopyCommandsOnPostgresTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  private static TestPostgres pg;
  private static String file;

  @BeforeAll
  static void ingestTheSamplesAndPutThemOnTheServer() throws Exception {
    pg = TestPostgres.start(dir);
    file = dir.resolve("local.db").toString();
    Cli ingest = Cli.run("ingest", "--no-ocr", "--db", file, Path.of("..", "samples").toString());
    assertEquals(ExitCode.REFUSED, ingest.code(), ingest.err());
    Cli put = Cli.run("export", "--db", file, "--into", pg.url());
    assertEquals(ExitCode.OK, put.code(), put.err());
    assertTrue(put.err().startsWith(file + " -> " + pg.url() + ": "), put.err());
  }

  @AfterAll
  static void stop() {
    if (pg != null) {
      pg.close();
    }
  }

  private static String export(String db, String... filter) {
    String[] args = new String[filter.length + 3];
    args[0] = "export";
    args[1] = "--db";
    args[2] = db;
    System.arraycopy(filter, 0, args, 3, filter.length);
    Cli r = Cli.run(args);
    assertEquals(ExitCode.OK, r.code(), r.err());
    return r.out();
  }

  @Test
  void theServerExportsWhatTheFileDoes() {
    assertEquals(export(file), export(pg.url()));
  }

  @Test
  void aBodysSliceOfTheServerPulledIntoAFileIsThatBodysMeetings() throws Exception {
    JsonNode all = JSON.readTree(export(file));
    String body = all.get(all.size() - 1).get("body").asText();
    Path slice = dir.resolve("slice.db");
    Cli pull = Cli.run("export", "--db", pg.url(), "--into", slice.toString(), "--body", body);
    assertEquals(ExitCode.OK, pull.code(), pull.err());
    assertEquals(export(file, "--body", body), export(slice.toString()));
    assertTrue(JSON.readTree(export(slice.toString())).size() < all.size());
  }

  @Test
  void pullingTheServerTwiceStoresNothingTheSecondTime() throws Exception {
    Path copy = dir.resolve("copy.db");
    Cli first = Cli.run("import", pg.url(), "--db", copy.toString(), "--json");
    assertEquals(ExitCode.OK, first.code(), first.err());
    Cli second = Cli.run("import", pg.url(), "--db", copy.toString(), "--json");
    assertEquals(0, JSON.readTree(second.out()).get("copied").asInt(), second.out());
    assertEquals(JSON.readTree(first.out()).get("copied").asInt(), JSON.readTree(second.out()).get("alreadyThere").asInt());
    assertEquals(export(file), export(copy.toString()));
  }

  @Test
  void theServerIsNotCopiedIntoItselfUnderAnotherSpelling() {
    String sameDatabase = "postgres://127.0.0.1:" + pg.port() + "/" + TestPostgres.DATABASE + "?user=" + TestPostgres.USER;
    Cli r = Cli.run("export", "--db", pg.url(), "--into", sameDatabase);
    assertEquals(ExitCode.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("copied from"), r.err());
    assertFalse(r.err().contains("?user"), "parameters are not named: " + r.err());
  }
}
