package org.minutebook.ingest.store.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.Models;
import org.minutebook.ingest.store.Archive;

/**
 * Many writers on one PostgreSQL archive, as executors of the Spark job are: each document is
 * stored once however many writers offer it at once, and every meeting is whole.
 */
class PostgresWritersTest {
  @Test
  void fourWritersOfferingTheSameFilesStoreEachOnce(@TempDir Path dir) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("..", "samples"))) {
      files = s.filter(p -> p.toString().matches(".*\\.(pdf|html)$")).sorted().toList();
    }
    Models models = Models.onClassPath().withoutOcr("not needed");
    AtomicInteger waits = new AtomicInteger();
    try (TestPostgres pg = TestPostgres.start(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        List<Path> mine = new ArrayList<>(files);
        Collections.shuffle(mine, new java.util.Random(w));
        done.add(pool.submit(() -> {
          try (Archive a = Archive.open(pg.url(), db -> waits.incrementAndGet())) {
            new Ingestor(a, models).ingest(mine, 1, o -> {});
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      try (Connection c = pg.connect(); Statement s = c.createStatement()) {
        assertEquals(files.size(), count(s, "SELECT count(*) FROM documents"), "one row per file");
        assertEquals(files.size(), count(s, "SELECT count(DISTINCT sha256) FROM documents"));
        assertEquals(0, count(s, "SELECT count(*) FROM pending_links"), "every link made");
        assertEquals(count(s, "SELECT count(DISTINCT body_key || date) FROM meetings"),
            count(s, "SELECT count(*) FROM meetings WHERE is_primary = 1"), "one primary row per meeting");
        assertTrue(count(s, "SELECT count(*) FROM items") > 100);
      }
    }
  }

  private static int count(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }
}
