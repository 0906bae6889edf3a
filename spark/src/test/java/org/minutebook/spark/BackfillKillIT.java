package org.minutebook.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill killed -9 in the middle, in a JVM of its own running Spark local[2]: what it stored is
 * whole, and the next run stores the rest, each document once.
 */
class BackfillKillIT {
  private static final int COPIES = 5;

  @TempDir Path work;

  @Test
  void aJobKilledInTheMiddleIsCompletedByTheNextRunWithEachDocumentOnce() throws Exception {
    // distinct copies of the sample PDFs (bytes differ, text the same), as ArchiveFaultsIT makes them
    Path in = Files.createDirectories(work.resolve("in"));
    int documents = 0;
    for (Path sample : TestArchives.samples()) {
      if (!sample.toString().endsWith(".pdf")) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(sample);
      for (int k = 0; k < COPIES; k++) {
        byte[] trailer = ("\n% copy " + k + "\n").getBytes(UTF_8);
        byte[] copy = Arrays.copyOf(bytes, bytes.length + trailer.length);
        System.arraycopy(trailer, 0, copy, bytes.length, trailer.length);
        Files.write(in.resolve(k + "-" + sample.getFileName()), copy);
        documents++;
      }
    }
    Path db = work.resolve("archive.db");

    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(Arrays.asList(System.getProperty("spark.jvm.options", "").trim().split("\\s+")));
    command.addAll(List.of("-Dspark.ui.enabled=false", "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        BackfillJob.class.getName(), "--master", "local[2]", "--no-ocr", "--partitions", "4", "--db", db.toString(), in.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(work.resolve("out").toFile()).redirectError(work.resolve("err").toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && System.nanoTime() < deadline && TestArchives.count(db, "SELECT count(*) FROM documents") < 5) {
      Thread.sleep(10);
    }
    p.destroyForcibly(); // SIGKILL on Unix
    p.waitFor(30, TimeUnit.SECONDS);
    String childErr = Files.readString(work.resolve("err"), UTF_8);
    int afterKill = TestArchives.count(db, "SELECT count(*) FROM documents");
    assertTrue(afterKill >= 5 && afterKill < documents, "the kill came in the middle (" + afterKill + " of " + documents + ")\n" + childErr);
    assertEquals(afterKill, TestArchives.count(db, "SELECT count(*) FROM documents WHERE content IS NOT NULL AND status <> 'REFUSED'"),
        "what was stored is whole");

    TestArchives.Run again = TestArchives.run("--master", "local[2]", "--no-ocr", "--db", db.toString(), in.toString());
    assertEquals(BackfillJob.OK, again.code(), again.err());
    assertEquals(documents, TestArchives.count(db, "SELECT count(*) FROM documents"), again.err());
    assertEquals(documents, TestArchives.count(db, "SELECT count(DISTINCT sha256) FROM documents"), "each document once");
    assertEquals(documents, TestArchives.count(db, "SELECT count(DISTINCT path) FROM documents"));
    assertEquals(0, TestArchives.count(db, "SELECT count(*) FROM documents WHERE status = 'REFUSED'"), again.err());
    assertEquals(0, TestArchives.count(db, "SELECT count(*) FROM pending_links"), "links the kill interrupted are made");
    assertTrue(again.err().contains(documents + " documents: " + (documents - afterKill) + " stored"), again.err());
    assertEquals("ok", TestArchives.string(db, "PRAGMA integrity_check"));
  }
}
