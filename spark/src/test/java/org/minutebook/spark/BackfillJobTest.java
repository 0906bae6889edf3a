package org.minutebook.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on Spark local[2], in this JVM, into a SQLite archive of its own. */
class BackfillJobTest {
  @TempDir Path work;

  @Test
  void theSamplesAndACorruptFileGiveOneRowEachAndARerunStoresNothing() throws Exception {
    List<Path> files = new ArrayList<>(TestArchives.samples());
    Path corrupt = Files.writeString(work.resolve("x.pdf"), "not a pdf", UTF_8);
    files.add(corrupt);
    Path listing = TestArchives.listing(work.resolve("inputs.txt"), files);
    Path db = work.resolve("archive.db");

    TestArchives.Run first = TestArchives.run("--master", "local[2]", "--no-ocr", "--db", db.toString(), listing.toString());
    assertEquals(BackfillJob.OK, first.code(), first.err());
    assertEquals(files.size(), TestArchives.count(db, "SELECT count(*) FROM documents"), first.err());
    assertEquals(files.size(), TestArchives.count(db, "SELECT count(DISTINCT path) FROM documents"), "one row per file");
    assertEquals("NOT_A_PDF", TestArchives.string(db, "SELECT refusal_reason FROM documents WHERE file_name = 'x.pdf' AND status = 'REFUSED'"));
    assertEquals(0, TestArchives.count(db, "SELECT count(*) FROM pending_links"), "the link stage ran");
    assertTrue(TestArchives.count(db, "SELECT count(*) FROM meetings") >= 9, "the samples' meetings are there");
    assertTrue(first.err().contains("x.pdf: refused: not a PDF or a web page"), first.err());
    assertTrue(first.err().contains(files.size() + " documents: " + (files.size() - 1) + " stored"), first.err());

    TestArchives.Run again = TestArchives.run("--master", "local[2]", "--no-ocr", "--db", db.toString(), listing.toString());
    assertEquals(BackfillJob.OK, again.code(), again.err());
    assertEquals(files.size(), TestArchives.count(db, "SELECT count(*) FROM documents"), again.err());
    assertTrue(again.err().contains("0 stored (0 meetings added), " + (files.size() - 1) + " already present, 1 refused"
        + " (1 of them before this run)"), again.err());
  }

  @Test
  void aHandfulOfRealworldFilesGiveOneRowEach() throws Exception {
    assumeTrue(Files.isDirectory(TestArchives.REALWORLD), "no ../shared/realworld");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(TestArchives.REALWORLD)) {
      // the smallest few: a quick test, and, being small, text-layer PDFs for the most part
      files = walk.filter(p -> p.toString().endsWith(".pdf")).sorted(Comparator.comparingLong(BackfillJobTest::size)
          .thenComparing(Comparator.naturalOrder())).limit(6).toList();
    }
    Path folder = Files.createDirectories(work.resolve("in").resolve("nested"));
    for (Path f : files) {
      Files.copy(f, folder.resolve(f.getParent().getFileName() + "-" + f.getFileName()));
    }
    Files.writeString(work.resolve("in").resolve("_SUCCESS"), "", UTF_8);
    Path db = work.resolve("real.db");
    TestArchives.Run run = TestArchives.run("--master", "local[2]", "--no-ocr", "--partitions", "3", "--db", db.toString(),
        work.resolve("in").toUri().toString());
    assertEquals(BackfillJob.OK, run.code(), run.err());
    assertEquals(files.size(), TestArchives.count(db, "SELECT count(*) FROM documents"), run.err());
    assertEquals(files.size(), TestArchives.count(db, "SELECT count(DISTINCT sha256) FROM documents"));
  }

  @Test
  void aMissingInputOrArchiveFolderIsAnEnvironmentProblemAndBadOptionsAUsageError() {
    Path db = work.resolve("a.db");
    TestArchives.Run missing = TestArchives.run("--master", "local[1]", "--db", db.toString(), work.resolve("nothing").toString());
    assertEquals(BackfillJob.ENVIRONMENT, missing.code(), missing.err());
    assertTrue(missing.err().contains("no such file or folder"), missing.err());
    TestArchives.Run noFolder = TestArchives.run("--db", work.resolve("no").resolve("a.db").toString(), work.toString());
    assertEquals(BackfillJob.ENVIRONMENT, noFolder.code(), noFolder.err());
    TestArchives.Run usage = TestArchives.run("--partitions", "0", "--db", db.toString(), work.toString());
    assertEquals(BackfillJob.USAGE, usage.code(), usage.err());
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }
}
