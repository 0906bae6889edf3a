package org.minutebook.ingest.sync;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.store.pg.TestPostgres;

/** Every test of {@link SiteSyncTest}, on a PostgreSQL archive (a new database for each). */
class SiteSyncOnPostgresTest extends SiteSyncTest {
  @TempDir static Path server;
  private static TestPostgres pg;
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private String database;

  @BeforeAll
  static void startServer() throws Exception {
    pg = TestPostgres.start(server);
  }

  @AfterAll
  static void stopServer() {
    if (pg != null) {
      pg.close();
    }
  }

  @Override
  String location() throws Exception {
    if (database == null) {
      database = "sync" + DATABASES.incrementAndGet();
      pg.createDatabase(database);
    }
    return pg.url(database);
  }
}
