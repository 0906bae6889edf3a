package org.minutebook.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.Models;
import org.minutebook.ingest.store.Archive;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.RefusalReason;

/** One task's documents, without Spark: every failure an outcome, never an exception. */
class DocumentIngestTest {
  @TempDir Path work;

  @Test
  void aReaderThatFailsWithABugRecordsTheDocumentAsRefusedWithTheError() throws Exception {
    Path db = work.resolve("a.db");
    Path doc = Files.copy(TestArchives.samples().get(0), work.resolve("minutes.pdf"));
    try (Archive archive = Archive.open(db, null)) {
      Ingestor ingestor = new Ingestor(archive, Models.NONE);
      DocumentIngest failing = new DocumentIngest(archive, ingestor, (name, path, bytes) -> {
        throw new IllegalStateException("a bug in a stage");
      }, new Configuration());
      DocumentOutcome o = failing.ingest(doc.toUri().toString());
      assertEquals(IngestStatus.REFUSED, o.status());
      assertEquals(RefusalReason.INTERNAL_ERROR, o.reason());
      assertTrue(o.detail().startsWith("java.lang.IllegalStateException: a bug in a stage at "), o.detail());
      assertEquals(doc.toAbsolutePath().toString(), o.path(), "a local file is named by its path, as ingest names it");

      DocumentOutcome again = new DocumentIngest(archive, ingestor, new Configuration()).ingest(doc.toUri().toString());
      assertEquals(IngestStatus.UNCHANGED, again.status(), "refused with this extractor: left alone, as ingest leaves it");
      assertEquals(RefusalReason.INTERNAL_ERROR, again.reason());
    }
    assertEquals("INTERNAL_ERROR", TestArchives.string(db, "SELECT refusal_reason FROM documents WHERE status = 'REFUSED'"));
    assertEquals(1, TestArchives.count(db, "SELECT count(*) FROM documents WHERE content IS NOT NULL"), "its bytes are kept");
  }

  @Test
  void aMissingDocumentIsRefusedAndTheNextOneStored() throws Exception {
    Path db = work.resolve("b.db");
    Path doc = Files.copy(TestArchives.samples().get(0), work.resolve("minutes.pdf"));
    Path empty = Files.writeString(work.resolve("empty.pdf"), "", UTF_8);
    try (Archive archive = Archive.open(db, null)) {
      DocumentIngest ingest = new DocumentIngest(archive, new Ingestor(archive, Models.NONE), new Configuration());
      assertEquals(RefusalReason.NOT_FOUND, ingest.ingest(work.resolve("gone.pdf").toUri().toString()).reason());
      assertEquals(RefusalReason.EMPTY_FILE, ingest.ingest(empty.toUri().toString()).reason());
      DocumentOutcome stored = ingest.ingest(doc.toUri().toString());
      assertTrue(stored.stored(), stored.toString());
      assertEquals(IngestStatus.UNCHANGED, ingest.ingest(doc.toUri().toString()).status());
    }
  }

  @Test
  void tallyCountsEachKindOnce() {
    Tally t = Tally.EMPTY.plus(new DocumentOutcome("a", IngestStatus.INGESTED, 2, null, null, false))
        .plus(new DocumentOutcome("b", IngestStatus.INGESTED_WITH_WARNINGS, 1, null, null, true))
        .plus(new DocumentOutcome("c", IngestStatus.UNCHANGED, 3, null, null, false))
        .plus(DocumentOutcome.refused("d", RefusalReason.NOT_A_PDF, null))
        .plus(new DocumentOutcome("e", IngestStatus.UNCHANGED, 0, RefusalReason.DAMAGED, "xref", false));
    Tally both = t.plus(Tally.EMPTY.plus(new DocumentOutcome("f", IngestStatus.INGESTED, 1, null, null, false)));
    assertEquals("6 documents: 3 stored (4 meetings added, 1 with warnings, 1 replacing older versions), 1 already present,"
        + " 2 refused (1 of them before this run)", both.counts());
    assertEquals(java.util.List.of("minutebook: d: refused: not a PDF or a web page",
        "minutebook: e: refused: damaged PDF (xref) [refused before; unchanged]"), both.refusals());
  }
}
