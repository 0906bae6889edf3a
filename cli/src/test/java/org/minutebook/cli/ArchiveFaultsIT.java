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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults the archive must survive, with real processes running the built jar: a kill -9 in the
 * middle of an ingest, and two ingests into one archive at the same time.
 */
class ArchiveFaultsIT {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Path JAR = Path.of("target", "minutebook.jar");
  private static final int COPIES = 8;

  @TempDir static Path work;
  private static Path folder;
  /** Items each copy must have, by file name, from parsing the original. */
  private static int files;
  private static int itemsPerRound;
  private static int meetingsPerRound;

  @BeforeAll
  static void makeManyDistinctFiles() throws IOException {
    folder = work.resolve("inbox");
    Files.createDirectories(folder);
    List<Path> originals = new ArrayList<>();
    try (var list = Files.list(SAMPLES)) {
      list.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".html")).sorted().forEach(originals::add);
    }
    for (int k = 0; k < COPIES; k++) {
      for (Path original : originals) {
        String name = original.getFileName().toString();
        byte[] bytes = Files.readAllBytes(original);
        String trailer = name.endsWith(".html") ? "\n<!-- copy " + k + " -->\n" : "\n% copy " + k + "\n";
        byte[] copy = new byte[bytes.length + trailer.length()];
        System.arraycopy(bytes, 0, copy, 0, bytes.length);
        System.arraycopy(trailer.getBytes(StandardCharsets.ISO_8859_1), 0, copy, bytes.length, trailer.length());
        Files.write(folder.resolve(k + "-" + name), copy);
      }
    }
    files = COPIES * originals.size();
    Path probe = work.resolve("probe.db");
    Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "ingest", "--db", probe.toString(),
        SAMPLES.toString());
    itemsPerRound = query(probe, "SELECT count(*) FROM items");
    meetingsPerRound = query(probe, "SELECT count(*) FROM meetings");
  }

  @Test
  void aKillInTheMiddleLeavesNoPartialMeetingAndTheRerunCompletesTheBatch() throws Exception {
    assumeTrue(Files.exists(JAR), "the runnable jar is built in the package phase");
    Path db = work.resolve("killed.db");
    Process p = start(db, "killed");
    // kill it -9 once some documents are in and before all are
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    int stored = 0;
    while (p.isAlive() && System.nanoTime() < deadline) {
      stored = Files.exists(db) ? safeCount(db) : 0;
      if (stored >= 3) {
        break;
      }
      Thread.sleep(10);
    }
    p.destroyForcibly(); // SIGKILL on Unix
    p.waitFor(30, TimeUnit.SECONDS);
    int afterKill = query(db, "SELECT count(*) FROM documents");
    assertTrue(afterKill < files, "the kill came before the end (" + afterKill + " of " + files + ")");
    assertNoPartialMeeting(db);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "ingest", "--db", db.toString(), folder.toString());
    assertEquals(ExitCode.OK, code, err.toString());
    assertEquals(files, query(db, "SELECT count(*) FROM documents"));
    assertEquals(files, query(db, "SELECT count(DISTINCT sha256) FROM documents"));
    assertEquals(COPIES * meetingsPerRound, query(db, "SELECT count(*) FROM meetings"), "every meeting exactly once");
    assertEquals(COPIES * itemsPerRound, query(db, "SELECT count(*) FROM items"));
    assertNoPartialMeeting(db);
    assertEquals(0, query(db, "SELECT count(*) FROM pending_links"), "the links the kill interrupted are made");
    assertEquals("ok", integrity(db));
  }

  @Test
  void twoIngestsAtOnceBothFinishWithoutCorruption() throws Exception {
    assumeTrue(Files.exists(JAR), "the runnable jar is built in the package phase");
    Path db = work.resolve("shared.db");
    Process a = start(db, "a");
    Process b = start(db, "b");
    assertTrue(a.waitFor(300, TimeUnit.SECONDS) && b.waitFor(300, TimeUnit.SECONDS), "both finish");
    String errA = Files.readString(work.resolve("a.err"));
    String errB = Files.readString(work.resolve("b.err"));
    assertEquals(0, a.exitValue(), errA);
    assertEquals(0, b.exitValue(), errB);
    assertEquals(files, query(db, "SELECT count(*) FROM documents"));
    assertEquals(COPIES * meetingsPerRound, query(db, "SELECT count(*) FROM meetings"));
    assertEquals(COPIES * itemsPerRound, query(db, "SELECT count(*) FROM items"));
    assertEquals(0, query(db, "SELECT count(*) FROM pending_links"), "each run linked what it wrote");
    assertEquals("ok", integrity(db));
  }

  private static Process start(Path db, String name) throws IOException {
    return new ProcessBuilder("java", "-jar", JAR.toString(), "ingest", "--db", db.toString(), folder.toString())
        .redirectOutput(work.resolve(name + ".out").toFile())
        .redirectError(work.resolve(name + ".err").toFile())
        .start();
  }

  /** Every stored meeting has as many items as its original: none was cut off. */
  private static void assertNoPartialMeeting(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT d.file_name, (SELECT count(*) FROM items i WHERE i.meeting_id = m.id)"
            + " FROM meetings m JOIN documents d ON d.id = m.document_id")) {
      while (r.next()) {
        String original = r.getString(1).replaceFirst("^\\d+-", "");
        int expected = query(work.resolve("probe.db"), "SELECT count(*) FROM items i JOIN meetings m ON m.id = i.meeting_id"
            + " JOIN documents d ON d.id = m.document_id WHERE d.file_name = '" + original.replace("'", "''") + "'");
        assertEquals(expected, r.getInt(2), "items of " + r.getString(1));
      }
    }
  }

  private static int safeCount(Path db) {
    try {
      return query(db, "SELECT count(*) FROM documents");
    } catch (RuntimeException e) {
      return 0; // not created yet
    }
  }

  private static int query(Path db, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String integrity(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      r.next();
      return r.getString(1);
    }
  }
}
