package org.minutebook.ingest.store.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestPostgresTest {
  @Test
  void aServerStartsWithItsDatabaseAndIsGoneOnceClosed(@TempDir Path dir) throws Exception {
    long pid;
    String url;
    try (TestPostgres pg = TestPostgres.start(dir)) {
      url = pg.jdbcUrl();
      try (Connection c = pg.connect(); Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT current_database(), current_user, current_setting('fsync'),"
              + " current_setting('listen_addresses'), current_setting('server_version_num')::int")) {
        r.next();
        assertEquals(TestPostgres.DATABASE, r.getString(1));
        assertEquals(TestPostgres.USER, r.getString(2));
        assertEquals("off", r.getString(3));
        assertEquals("127.0.0.1", r.getString(4));
        assertTrue(r.getInt(5) >= 120000, "generated columns need PostgreSQL 12: " + r.getInt(5));
      }
      Path pidFile = dir.resolve("pg/data/postmaster.pid");
      pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).strip());
      assertTrue(ProcessHandle.of(pid).isPresent(), "the postmaster runs");
    }
    assertFalse(Files.exists(dir.resolve("pg/data/postmaster.pid")), "stopped cleanly");
    assertTrue(TestPostgres.exited(pid), "close() returns once the postmaster has exited");
    assertThrows(SQLException.class, () -> DriverManager.getConnection(url).close());
  }

  @Test
  void eachDatabaseMadeIsEmptyAndOwnItsOwn(@TempDir Path dir) throws Exception {
    try (TestPostgres pg = TestPostgres.start(dir)) {
      String other = pg.createDatabase("other");
      try (Connection c = pg.connect(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (x INTEGER)");
      }
      try (Connection c = DriverManager.getConnection(other); Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
        r.next();
        assertEquals(0, r.getInt(1));
      }
      assertThrows(IllegalArgumentException.class, () -> pg.createDatabase("x; DROP DATABASE minutebook"));
    }
  }
}
