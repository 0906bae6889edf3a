package org.minutebook.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill killed -9 in the middle, in a JVM of its own running Spark local[2]: what it stored is
 * whole, and the next run stores the rest, each document once. The same on either engine: a
 * subclass gives the archive, a way to ask it for a number, and the engine's own check that it is
 * sound.
 */
abstract class BackfillKillScenario {
  private static final int COPIES = 5;
  /** The kill comes once this many documents are committed. */
  private static final int BEFORE_KILL = 5;

  /**
   * The samples whose copies (one file name, see {@link TestArchives#pdfCopies}) differ in the
   * number of meetings or items stored from them: a copy stored in part would.
   */
  private static final String UNEVEN_COPIES = "SELECT count(*) FROM (SELECT file_name FROM ("
      + "SELECT d.file_name, count(DISTINCT m.id) AS meetings, count(i.id) AS items FROM documents d"
      + " LEFT JOIN meetings m ON m.document_id = d.id LEFT JOIN items i ON i.meeting_id = m.id GROUP BY d.id, d.file_name) per_copy"
      + " GROUP BY file_name HAVING count(DISTINCT meetings) > 1 OR count(DISTINCT items) > 1) uneven";

  @TempDir Path work;

  /** The archive as --db takes it; valid from the test's start (after the subclass's set-up). */
  abstract String location();

  /** The number the query gives (one row, one column). */
  abstract int count(String sql) throws Exception;

  /** Waits until the killed job can commit nothing more; by default its JVM's end is enough. */
  void awaitKilledWriters() throws Exception {}

  /** Fails unless the engine finds the archive sound, as it checks itself. */
  abstract void assertSound() throws Exception;

  /** The documents the job has committed, or 0 while the archive cannot say: the job is making it. */
  private int committedSoFar() {
    try {
      return count("SELECT count(*) FROM documents");
    } catch (Exception e) {
      return 0; // a lasting error is met again when the documents are counted after the kill
    }
  }

  @Test
  void aJobKilledInTheMiddleIsCompletedByTheNextRunWithEachDocumentOnce() throws Exception {
    Path in = work.resolve("in");
    int documents = TestArchives.pdfCopies(in, COPIES);

    Process p = TestArchives.start(work, "--master", "local[2]", "--no-ocr", "--partitions", "4", "--db", location(), in.toString());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && System.nanoTime() < deadline && committedSoFar() < BEFORE_KILL) {
      Thread.sleep(10);
    }
    p.destroyForcibly(); // SIGKILL on Unix
    p.waitFor(30, TimeUnit.SECONDS);
    awaitKilledWriters();
    String childErr = Files.readString(work.resolve("err"), UTF_8);
    int afterKill = count("SELECT count(*) FROM documents");
    assertTrue(afterKill >= BEFORE_KILL && afterKill < documents, "the kill came in the middle (" + afterKill + " of " + documents + ")\n"
        + childErr);
    assertEquals(afterKill, count("SELECT count(*) FROM documents WHERE content IS NOT NULL AND status <> 'REFUSED'"),
        "what was stored is whole");

    TestArchives.Run again = TestArchives.run("--master", "local[2]", "--no-ocr", "--db", location(), in.toString());
    assertEquals(BackfillJob.OK, again.code(), again.err());
    assertEquals(documents, count("SELECT count(*) FROM documents"), again.err());
    assertEquals(documents, count("SELECT count(DISTINCT sha256) FROM documents"), "each document once");
    assertEquals(documents, count("SELECT count(DISTINCT path) FROM documents"));
    assertEquals(0, count("SELECT count(*) FROM documents WHERE status = 'REFUSED'"), again.err());
    assertEquals(0, count("SELECT count(*) FROM documents WHERE content IS NULL"), "every document has its bytes");
    assertEquals(0, count("SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM self_checks s WHERE s.document_id = d.id)"),
        "every document has its self-check");
    assertEquals(0, count(UNEVEN_COPIES), "the copies stored before the kill have as many meetings and items as those stored after");
    assertEquals(0, count("SELECT count(*) FROM pending_links"), "links the kill interrupted are made");
    assertEquals(count("SELECT count(DISTINCT body_key || ' ' || date) FROM meetings"),
        count("SELECT count(*) FROM meetings WHERE is_primary = 1"), "one primary row per meeting");
    assertTrue(again.err().contains(documents + " documents: " + (documents - afterKill) + " stored"), again.err());
    assertSound();
  }
}
