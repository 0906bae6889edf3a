package org.minutebook.ingest.store.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.store.ArchiveException;

class PgMigrationsTest {
  @TempDir static Path dir;
  private static TestPostgres pg;

  @BeforeAll
  static void server() throws Exception {
    pg = TestPostgres.start(dir);
  }

  @AfterAll
  static void stop() {
    if (pg != null) {
      pg.close();
    }
  }

  private static int count(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }

  @Test
  void anEmptyDatabaseGetsTheSchemaOnceAndTheSecondTimeNothingHappens() throws Exception {
    try (Connection c = DriverManager.getConnection(pg.createDatabase("once"))) {
      assertEquals(PgMigrations.current(), PgMigrations.apply(c));
      assertTrue(c.getAutoCommit(), "auto-commit is as it was");
      assertEquals(PgMigrations.current(), count(c, "SELECT max(version) FROM schema_version"));
      assertTrue(count(c, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'") > 20);
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO documents (sha256, path, file_name, status, extractor_version, ingested_at)"
            + " VALUES ('abc', 'a.pdf', 'a.pdf', 'INGESTED', '3', '2021-01-01T00:00:00Z')");
      }

      assertEquals(0, PgMigrations.apply(c));
      assertEquals(PgMigrations.current(), count(c, "SELECT count(*) FROM schema_version"));
      assertEquals(1, count(c, "SELECT count(*) FROM documents"), "the rows are untouched");
    }
  }

  @Test
  void twoProcessesStartingAtOnceApplyEachMigrationOnce() throws Exception {
    String url = pg.createDatabase("race");
    int n = 4;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Integer>> applied = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Callable<Integer> open = () -> {
          try (Connection c = DriverManager.getConnection(url)) {
            go.await();
            return PgMigrations.apply(c);
          }
        };
        applied.add(pool.submit(open));
      }
      go.countDown();
      int total = 0;
      for (Future<Integer> f : applied) {
        total += f.get();
      }
      assertEquals(PgMigrations.current(), total, "each migration applied by exactly one of them");
    } finally {
      pool.shutdownNow();
    }
    try (Connection c = DriverManager.getConnection(url)) {
      assertEquals(PgMigrations.current(), count(c, "SELECT count(*) FROM schema_version"));
    }
  }

  @Test
  void anArchiveOfANewerMinutebookIsRefusedUntouched() throws Exception {
    try (Connection c = DriverManager.getConnection(pg.createDatabase("newer"))) {
      PgMigrations.apply(c);
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO schema_version (version, file) VALUES (99, '099-future.sql')");
      }
      ArchiveException e = assertThrows(ArchiveException.class, () -> PgMigrations.apply(c));
      assertTrue(e.getMessage().contains("schema version 99 is newer"), e.getMessage());
      assertTrue(e.getMessage().startsWith("archive jdbc:postgresql://127.0.0.1:"), e.getMessage());
      assertTrue(!e.getMessage().contains("user="), "no URL parameters: " + e.getMessage());
      assertEquals(PgMigrations.current() + 1, count(c, "SELECT count(*) FROM schema_version"));
    }
  }
}
