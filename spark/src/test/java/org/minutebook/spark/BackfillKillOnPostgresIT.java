package org.minutebook.spark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import org.minutebook.ingest.store.pg.TestPostgres;

/**
 * {@link BackfillKillScenario} on a PostgreSQL server of the test's own: the killed job's sessions
 * end without committing more, and after the re-run no row refers to a document, meeting or item
 * that is missing. Skipped without PostgreSQL's binaries (failed on CI, which installs them).
 */
class BackfillKillOnPostgresIT extends BackfillKillScenario {
  /** Each table that hangs off another, its column that refers to it, and that table. */
  private record Reference(String table, String column, String parent) {}

  private static final List<Reference> REFERENCES = List.of(
      new Reference("self_checks", "document_id", "documents"),
      new Reference("meetings", "document_id", "documents"),
      new Reference("document_parts", "document_id", "documents"),
      new Reference("follow_ups", "document_id", "documents"),
      new Reference("attendance", "meeting_id", "meetings"),
      new Reference("movements", "meeting_id", "meetings"),
      new Reference("items", "meeting_id", "meetings"),
      new Reference("decisions", "item_id", "items"),
      new Reference("action_entries", "item_id", "items"),
      new Reference("action_log", "item_id", "items"));

  private TestPostgres pg;
  /** One session for all the questions, so that polling every few milliseconds starts no server process each time. */
  private Connection session;

  @BeforeEach
  void startServer() throws Exception {
    pg = TestPostgres.start(work);
    session = pg.connect();
  }

  @AfterEach
  void stopServer() throws SQLException {
    try {
      if (session != null) {
        session.close();
      }
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
  }

  @Override
  String location() {
    return pg.url();
  }

  @Override
  int count(String sql) throws SQLException {
    try (Statement s = session.createStatement(); ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  /**
   * Waits for the server to end the killed job's sessions. A COMMIT it had sent may still be
   * carried out after its JVM is gone; once its sessions have ended, none can.
   */
  @Override
  void awaitKilledWriters() throws Exception {
    String others = "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (count(others) > 0) {
      if (System.nanoTime() > deadline) {
        fail(count(others) + " sessions of the killed job are still on the server after 30 s");
      }
      Thread.sleep(10);
    }
  }

  @Override
  void assertSound() {
    assertAll(REFERENCES.stream().map(ref -> (Executable) () -> assertEquals(0,
        count("SELECT count(*) FROM " + ref.table() + " c WHERE NOT EXISTS (SELECT 1 FROM " + ref.parent() + " p WHERE p.id = c."
            + ref.column() + ")"),
        ref.table() + " whose " + ref.parent() + " row is missing")));
  }
}
