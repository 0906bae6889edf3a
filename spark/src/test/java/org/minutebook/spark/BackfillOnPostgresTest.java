package org.minutebook.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.store.pg.TestPostgres;

/**
 * The job into a PostgreSQL archive, as on a cluster: two tasks at once writing to the server, each
 * document once, a corrupt one refused, a re-run storing nothing. Skipped without PostgreSQL's
 * binaries (failed on CI, which installs them).
 */
class BackfillOnPostgresTest {
  @TempDir Path work;

  @Test
  void theSamplesGoToAServerOnceEachFromTwoTasksAtOnce() throws Exception {
    List<Path> files = new ArrayList<>(TestArchives.samples());
    files.add(Files.writeString(work.resolve("x.pdf"), "not a pdf", UTF_8));
    Path listing = TestArchives.listing(work.resolve("inputs.txt"), files);
    try (TestPostgres pg = TestPostgres.start(work)) {
      TestArchives.Run first = TestArchives.run("--master", "local[2]", "--no-ocr", "--partitions", "6", "--db", pg.url(),
          listing.toString());
      assertEquals(BackfillJob.OK, first.code(), first.err());
      assertEquals(files.size(), count(pg, "SELECT count(*) FROM documents"), first.err());
      assertEquals(files.size(), count(pg, "SELECT count(DISTINCT path) FROM documents"));
      assertEquals(1, count(pg, "SELECT count(*) FROM documents WHERE status = 'REFUSED' AND refusal_reason = 'NOT_A_PDF'"));
      assertEquals(0, count(pg, "SELECT count(*) FROM pending_links"), "the link stage ran");
      assertTrue(count(pg, "SELECT count(*) FROM meetings") >= 9);

      TestArchives.Run again = TestArchives.run("--master", "local[2]", "--no-ocr", "--db", pg.url(), listing.toString());
      assertEquals(BackfillJob.OK, again.code(), again.err());
      assertEquals(files.size(), count(pg, "SELECT count(*) FROM documents"), again.err());
      assertTrue(again.err().contains(" 0 stored (0 meetings added), " + (files.size() - 1) + " already present"), again.err());
    }
  }

  private static int count(TestPostgres pg, String sql) throws Exception {
    try (Connection c = pg.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }
}
