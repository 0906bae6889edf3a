package org.minutebook.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders, documents and listings on Hadoop's local file system. */
class InputsTest {
  @TempDir Path work;

  @Test
  void foldersAreWalkedListingsReadAndEachDocumentNamedOnce() throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    Files.createDirectories(in.resolve("b").resolve(".hidden"));
    Files.createDirectories(in.resolve("_temporary"));
    for (String f : List.of("b/2.PDF", "a.html", "b/1.pdf", "notes.txt", ".x.pdf", "b/.hidden/3.pdf", "_temporary/4.pdf", "_SUCCESS")) {
      Files.writeString(in.resolve(f), "x", UTF_8);
    }
    Path listing = Files.writeString(work.resolve("list"), "# a comment\n\nin/a.html\n" + in.resolve("b/1.pdf") + "\n  gone.pdf  \n", UTF_8);
    Path doc = in.resolve("b/1.pdf");
    List<String> found = Inputs.expand(List.of(in.toString(), listing.toString(), doc.toUri().toString()), new Configuration());
    String root = "file:" + in;
    assertEquals(List.of(root + "/a.html", root + "/b/1.pdf", root + "/b/2.PDF", "file:" + work.resolve("gone.pdf")), found);
  }

  @Test
  void aMissingInputIsNamed() {
    FileNotFoundException e = assertThrows(FileNotFoundException.class,
        () -> Inputs.expand(List.of(work.resolve("nothing").toString()), new Configuration()));
    assertEquals(work.resolve("nothing") + ": no such file or folder", e.getMessage());
  }

  @Test
  void optionsAreReadAndBadOnesRefused() throws Exception {
    BackfillOptions o = BackfillOptions.parse(null, "--db", "postgresql://u@h/db", "--partitions", "8", "--no-ocr", "s3a://b/k/");
    assertEquals(new BackfillOptions(List.of("s3a://b/k/"), "postgresql://u@h/db", 8, null, false), o);
    assertEquals("env.db", BackfillOptions.parse("env.db", "in").db());
    assertEquals(null, BackfillOptions.parse(null, "--help"));
    for (String[] bad : List.of(new String[] {"in"}, new String[] {"--db", "a.db"}, new String[] {"--db", "a.db", "--partitions", "x", "in"},
        new String[] {"--db", "a.db", "--frobnicate", "in"}, new String[] {"in", "--db"})) {
      assertThrows(BackfillOptions.UsageException.class, () -> BackfillOptions.parse(null, bad), String.join(" ", bad));
    }
  }
}
