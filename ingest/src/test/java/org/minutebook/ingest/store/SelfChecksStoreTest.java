package org.minutebook.ingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.Models;
import org.minutebook.ingest.ParsedDocument;
import org.minutebook.ingest.Pipeline;
import org.minutebook.ingest.store.QueryResults.BodyCheck;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.SelfCheck;

/** Ingest stores each document's self-check with it, --reparse recomputes it, and stats sums it per body. */
class SelfChecksStoreTest {
  private static final Path SAMPLES = Path.of("../samples");
  private static final Path MINUTES = SAMPLES.resolve("sbp-strategic-group-2018-06-21-minutes.pdf");

  private static int count(Archive a, String sql) throws Exception {
    try (Statement s = a.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getInt(1) : -1;
    }
  }

  @Test
  void ingestStoresTheFiguresTheStageComputed(@TempDir Path dir) throws Exception {
    Pipeline pipeline = new Pipeline(Models.NONE);
    SelfCheck computed = pipeline.parse(MINUTES).check();
    try (Archive a = Archive.open(dir.resolve("a.db"), null)) {
      Ingestor ingestor = new Ingestor(a, pipeline);
      assertEquals(IngestStatus.INGESTED, ingestor.ingest(MINUTES).status());
      assertEquals(IngestStatus.REFUSED, ingestor.ingest(SAMPLES.resolve("refused/empty.pdf")).status());
      assertEquals(1, count(a, "SELECT count(*) FROM self_checks"), "a refused file has no figures");
      try (Statement s = a.connection().createStatement(); ResultSet r = s.executeQuery(
          "SELECT minutes_lines, item_lines, loose_decision_words, numbering_gaps, file_dates, date_agrees, json_array_length(examples)"
              + " FROM self_checks")) {
        r.next();
        assertEquals(computed.minutesLines(), r.getInt(1));
        assertEquals(computed.itemLines(), r.getInt(2));
        assertEquals(computed.looseDecisionWords(), r.getInt(3));
        assertEquals(computed.count(SelfCheck.NumberingKind.GAP), r.getInt(4));
        assertEquals("[\"2018-06-21\"]", r.getString(5));
        assertEquals(1, r.getInt(6));
        assertEquals(computed.examples().size(), r.getInt(7));
      }
      assertTrue(computed.minutesLines() > 100 && computed.itemShare() > 0.8, computed.toString());
    }
  }

  @Test
  void statsSumsTheFiguresPerBodyAndNamesADateTheMinutesDisagreeWith(@TempDir Path dir) throws Exception {
    // the same minutes (other bytes, so a document of its own) under a name whose date is not the meeting's
    Path misnamed = Files.write(dir.resolve("2019-01-01_minutes.pdf"), appended(Files.readAllBytes(MINUTES)));
    Pipeline pipeline = new Pipeline(Models.NONE);
    ParsedDocument first = pipeline.parse(SAMPLES.resolve("suffolk-libraries-board-2012-10-17.pdf"));
    try (Archive a = Archive.open(dir.resolve("a.db"), null)) {
      Ingestor ingestor = new Ingestor(a, pipeline);
      ingestor.ingest(MINUTES);
      ingestor.ingest(SAMPLES.resolve("suffolk-libraries-board-2012-10-17.pdf"));
      ingestor.ingest(misnamed);
      List<BodyCheck> bodies = new ArchiveQueries(a).bodyChecks();
      assertEquals(List.of("Safer Bromley Partnership Strategic Group", "Suffolk Libraries IPS - Board Meeting"),
          bodies.stream().map(BodyCheck::body).toList());
      BodyCheck sbp = bodies.get(0);
      assertEquals(2, sbp.documents());
      assertEquals(0, sbp.unchecked());
      assertEquals(2, sbp.dated());
      assertEquals(1, sbp.dateDisagrees());
      BodyCheck suffolk = bodies.get(1);
      assertEquals(1, suffolk.documents());
      assertEquals(first.check().itemShare(), suffolk.medianItemShare(), 1e-9);
      assertEquals(first.check().looseDecisionWords() > 0 ? 1 : 0, suffolk.looseDecisionWords());
    }
  }

  @Test
  void reparseRecomputesTheFiguresOfDocumentsStoredWithoutThem(@TempDir Path dir) throws Exception {
    Pipeline pipeline = new Pipeline(Models.NONE);
    try (Archive a = Archive.open(dir.resolve("a.db"), null)) {
      Ingestor ingestor = new Ingestor(a, pipeline);
      ingestor.ingest(MINUTES);
      try (Statement s = a.connection().createStatement()) {
        // as an archive written before the checks holds it
        s.execute("DELETE FROM self_checks");
        s.execute("UPDATE documents SET extractor_version = '5'");
      }
      assertEquals(1, new ArchiveQueries(a).bodyChecks().get(0).unchecked());
      List<Ingestor.Outcome> outcomes = new ArrayList<>();
      ingestor.reparse(outcomes::add);
      assertEquals(1, outcomes.size());
      assertEquals(1, count(a, "SELECT count(*) FROM self_checks"));
      BodyCheck b = new ArchiveQueries(a).bodyChecks().get(0);
      assertEquals(0, b.unchecked());
      assertEquals(1, b.dated());
      assertEquals(0, b.dateDisagrees());
    }
  }

  @Test
  void theMedianOfShares() {
    assertNull(SelfCheckQuery.median(List.of()));
    assertEquals(0.5, SelfCheckQuery.median(List.of(0.9, 0.1, 0.5)));
    assertEquals(0.6, SelfCheckQuery.median(List.of(0.9, 0.1, 0.5, 0.7)), 1e-9);
  }

  /** A PDF with a comment after its end: the same document, other bytes. */
  private static byte[] appended(byte[] pdf) {
    byte[] tail = "\n% another copy\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] out = java.util.Arrays.copyOf(pdf, pdf.length + tail.length);
    System.arraycopy(tail, 0, out, pdf.length, tail.length);
    return out;
  }
}
