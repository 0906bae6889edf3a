package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.Ingestor.Outcome;
import org.minutebook.ingest.MinutesPdfWriter.Block;
import org.minutebook.ingest.MinutesPdfWriter.Region;
import org.minutebook.ingest.MinutesPdfWriter.Style;
import org.minutebook.ingest.dates.TimeNormaliser;
import org.minutebook.ingest.people.NameFinder;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.text.DocumentReader;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.ModelGap;

/**
 * A document read without the models it needed is stored with that gap, and {@code --reparse}
 * reads it again once a run has them (and not while it has none).
 */
class IngestorModelGapsTest {
  private static final Style STYLE = new Style("HELVETICA", 10f, 595f, 842f, 60f, 50f, 40f, 50f, 40f, 60f, 15f, 1.2f, 0.5f, false,
      false, false, 10f, 11f, true, "Page #", false, "STACKED", false);

  /**
   * Minutes whose one Action entry names someone who did not attend, with a deadline in words, and
   * the next meeting's date in words only SUTime reads.
   */
  static byte[] minutes() {
    List<Block> blocks = List.of(
        full("RIVERSIDE COMMUNITY BOARD", true),
        full("Minutes of the meeting held on Thursday 4 March 2021 at 10.00 am", true),
        full("Present:", true),
        full("Ann Other (Chairman)", false),
        full("Sam Person", false),
        title("1", "APOLOGIES FOR ABSENCE", "Action", -1),
        text("Apologies for absence were received from Lee Nobody.", null),
        title("2", "MINUTES OF THE PREVIOUS MEETING", null, -1),
        text("RESOLVED that the minutes of the meeting held on 4 February 2021 be agreed as a correct record.", null),
        title("3", "LIBRARY HOURS", null, -1),
        text("The Board discussed the Sunday rota with Kit Someone of the library service. The rota had been circulated"
            + " to members before the meeting and several comments had been received about the opening hours.", null),
        text("RESOLVED that Kit Someone report on the rota by the end of June.", "KS"),
        title("4", "PARKS AND OPEN SPACES", null, 0),
        text("The Board received an update on the parks and open spaces. The new play area had opened and the"
            + " footpath repairs would be finished in the spring.", null),
        text("RESOLVED that the update be noted.", null),
        title("5", "ANY OTHER BUSINESS", null, -1),
        text("There was no other business. The next meeting will be on the first Tuesday of July.", null),
        full("The meeting ended at 11.00 am", false));
    return MinutesPdfWriter.write(STYLE, 1L, blocks, "Riverside Community Board", "4 March 2021");
  }

  private static Block full(String text, boolean bold) {
    return new Block(Region.FULL, List.of(text), bold, false, true, null, null, null, 0, -1);
  }

  private static Block title(String number, String title, String header, int breakBefore) {
    return new Block(Region.TEXT, List.of(title), true, false, true, number, header, null, 0, breakBefore);
  }

  private static Block text(String text, String action) {
    return new Block(Region.TEXT, List.of(text), false, false, true, null, null, action, 0, -1);
  }

  /** A recogniser whose models fail on the first question, as one short of memory does. */
  private static NameFinder failing() {
    return new NameFinder() {
      private volatile boolean failed;

      @Override
      public List<String> people(String sentence) {
        failed = true;
        return List.of();
      }

      @Override
      public boolean available() {
        return !failed;
      }
    };
  }

  private static final NameFinder KNOWS_KIT = sentence -> sentence.contains("Kit Someone") ? List.of("Kit Someone") : List.of();
  private static final TimeNormaliser READS_JUNE = (phrase, reference) -> Optional.of("2021-06");

  private static String one(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      assertTrue(r.next(), sql);
      return r.getString(1);
    }
  }

  private static List<Outcome> reparse(Archive archive, Models models) throws Exception {
    List<Outcome> out = new ArrayList<>();
    new Ingestor(archive, new Pipeline(models)).reparse(out::add);
    return out;
  }

  @Test
  void aDocumentReadWithoutTheModelsItNeededIsReadAgainOnceTheyAreThere(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("minutes.pdf");
    byte[] bytes = minutes();
    Files.write(file, bytes);
    String sha = DocumentReader.sha256(bytes);
    Path db = dir.resolve("a.db");
    try (Archive archive = Archive.open(db, null)) {
      Outcome first = new Ingestor(archive, new Pipeline(new Models(failing(), TimeNormaliser.NONE))).ingest(file);
      assertEquals(IngestStatus.INGESTED, first.status(), first.toString());
      assertEquals(Set.of(ModelGap.NAMES, ModelGap.DATES), archive.bySha(sha).orElseThrow().modelGaps());
      assertEquals("[\"NAMES\",\"DATES\"]", one(db, "SELECT model_gaps FROM documents"));
      assertNull(one(db, "SELECT w.name FROM decision_owners o JOIN owners w ON w.id = o.owner_id WHERE w.initials = 'KS'"), "nothing confirmed Kit Someone");
      assertEquals("2021-06-30", one(db, "SELECT deadline_date FROM decisions WHERE deadline_text IS NOT NULL"),
          "a deadline is read from its words, without SUTime");

      assertEquals(List.of(), reparse(archive, Models.NONE), "a run without the models leaves it alone");
      assertEquals(1, reparse(archive, new Models(failing(), TimeNormaliser.NONE)).size(), "a recogniser not known to fail is tried");
      assertEquals(Set.of(ModelGap.NAMES, ModelGap.DATES), archive.bySha(sha).orElseThrow().modelGaps(), "and failed again");

      List<Outcome> again = reparse(archive, new Models(KNOWS_KIT, READS_JUNE));
      assertEquals(1, again.size(), again.toString());
      assertEquals(IngestStatus.INGESTED, again.get(0).status());
      assertEquals(Set.of(), archive.bySha(sha).orElseThrow().modelGaps());
      assertEquals("Kit Someone", one(db, "SELECT w.name FROM decision_owners o JOIN owners w ON w.id = o.owner_id WHERE w.initials = 'KS'"));
      assertEquals("2021-06-30", one(db, "SELECT deadline_date FROM decisions WHERE deadline_text IS NOT NULL"));
      assertEquals("1", one(db, "SELECT count(*) FROM documents"), "read again in place of the first reading");

      assertEquals(List.of(), reparse(archive, new Models(KNOWS_KIT, READS_JUNE)), "no gap left to fill");
    }
  }

  @Test
  void onlyTheGapsARunsModelsCanFillAreRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("minutes.pdf");
    Files.write(file, minutes());
    try (Archive archive = Archive.open(dir.resolve("a.db"), null)) {
      new Ingestor(archive, new Pipeline(new Models(KNOWS_KIT, TimeNormaliser.NONE))).ingest(file);
      assertEquals(List.of(), reparse(archive, new Models(KNOWS_KIT, TimeNormaliser.NONE)), "SUTime is still missing");
      assertEquals(1, reparse(archive, new Models(NameFinder.NONE, READS_JUNE)).size(), "SUTime is there now");
      assertEquals(Set.of(ModelGap.NAMES), archive.bySha(DocumentReader.sha256(Files.readAllBytes(file))).orElseThrow().modelGaps(),
          "read this time without the recogniser");
    }
  }

  @Test
  void aDocumentThatNeedsNoModelRecordsNoGap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.pdf");
    Files.write(file, MattersArisingTableTest.report());
    assertEquals(Set.of(), new Pipeline(Models.NONE).parse(file).modelGaps());
  }
}
