package org.minutebook.ingest.store.pg;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own: {@code initdb} into a folder the test gives (a JUnit temp
 * folder), started on 127.0.0.1 on a free port with its unix socket in that folder and fsync off,
 * with one empty database, {@value #DATABASE}, owned by the superuser {@value #USER} (trust
 * authentication: no password). {@link #close()} stops it; a shutdown hook stops it if the JVM
 * exits first, and a watchdog process (a shell loop) if the JVM is killed outright.
 *
 * <p>The binaries ({@code initdb}, {@code pg_ctl}, {@code postgres}) are looked for in
 * {@code $MINUTEBOOK_PG_BIN}, then beside an {@code initdb} on the PATH, then in the newest
 * {@code /usr/lib/postgresql/<version>/bin} (Debian's place, off the PATH). Where there are none,
 * {@link #start} skips the test, except on CI ({@code CI=true}), whose set-up installs them
 * ({@code scripts/install-deps}), where it fails.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root. As root, the server's folder is given
 * to the {@code postgres} user (or {@code nobody} where there is none), {@code initdb} and
 * {@code pg_ctl} run as that user through {@code setpriv} (or {@code runuser}), and the test's
 * folder is opened for traversal (mode 711) so that user can reach its folder inside.
 */
public final class TestPostgres implements AutoCloseable {
  public static final String USER = "minutebook";
  public static final String DATABASE = "minutebook";

  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
  /** A unix socket's path is at most 107 bytes; the server's is this folder's plus ".s.PGSQL.nnnnn". */
  private static final int SOCKET_FOLDER_MAX = 90;

  private final Path bin;
  private final Path home;
  private final List<String> asServer;
  private final int port;
  private final Thread hook;
  private final Process watchdog;
  private boolean closed;

  private TestPostgres(Path bin, Path home, List<String> asServer, int port) throws IOException {
    this.bin = bin;
    this.home = home;
    this.asServer = asServer;
    this.port = port;
    this.hook = new Thread(this::stopQuietly, "TestPostgres stop " + port);
    Runtime.getRuntime().addShutdownHook(hook);
    this.watchdog = watchdog();
  }

  /**
   * Starts a server in folder/pg (folder must exist; the test deletes it) and creates the database.
   * Skips the calling test when there are no binaries (fails on CI).
   *
   * @throws IOException when initdb or the server fails; the message has the end of its log
   */
  public static TestPostgres start(Path folder) throws IOException, InterruptedException {
    Path bin = binaries();
    Optional<RunAs> as = runAs();
    List<String> asServer = as.map(RunAs::prefix).orElse(List.of());
    Path home = folder.resolve("pg");
    Files.createDirectories(home);
    if (as.isPresent()) {
      handOver(folder, home, as.get());
    }
    Path data = home.resolve("data");
    run(asServer, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=trust",
        "--no-locale", "--encoding=UTF8", "--no-sync"), home.resolve("initdb.log"), "initdb");
    // the free port is only free when asked: another process may take it first, so try again
    for (int attempt = 1; ; attempt++) {
      int port = freePort();
      Path log = home.resolve("server.log");
      String socket = home.toString().length() <= SOCKET_FOLDER_MAX ? home.toString() : "";
      String options = "-c listen_addresses=127.0.0.1 -p " + port + " -c 'unix_socket_directories=" + socket + "'"
          + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
      try {
        run(asServer, List.of(bin.resolve("pg_ctl").toString(), "start", "-w", "-t", "60", "-D", data.toString(),
            "-l", log.toString(), "-o", options), home.resolve("pg_ctl.log"), "pg_ctl start");
      } catch (IOException e) {
        if (attempt < 5 && tail(log).contains("could not bind")) {
          continue;
        }
        throw new IOException(e.getMessage() + "\n--- server.log:\n" + tail(log), e);
      }
      TestPostgres server = new TestPostgres(bin, home, asServer, port);
      try {
        server.createDatabase(DATABASE);
      } catch (SQLException e) {
        server.close();
        throw new IOException("the server started but " + DATABASE + " could not be created: " + e.getMessage(), e);
      }
      return server;
    }
  }

  /** The JDBC URL of {@value #DATABASE}, user included. */
  public String jdbcUrl() {
    return jdbcUrl(DATABASE);
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
  }

  /** The archive location of {@value #DATABASE} as a user gives it to {@code --db}. */
  public String url() {
    return url(DATABASE);
  }

  public String url(String database) {
    return "postgresql://" + USER + "@127.0.0.1:" + port + "/" + database;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl());
  }

  /** Creates an empty database (a lower-case SQL name) and gives its JDBC URL. */
  public String createDatabase(String name) throws SQLException {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres")); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return jdbcUrl(name);
  }

  public int port() {
    return port;
  }

  /** Stops the server (fast shutdown: open sessions are ended). */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to: it stops the server
    }
    watchdog.destroy();
    try {
      stop("fast");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void stopQuietly() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    try {
      stop("immediate");
    } catch (IOException e) {
      System.err.println("TestPostgres: " + e.getMessage());
    }
  }

  /** Stops the server and waits (10 s at most) for its postmaster to exit, so that its folder can go. */
  private void stop(String mode) throws IOException {
    Path pidFile = home.resolve("data").resolve("postmaster.pid");
    long pid = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().map(String::strip)
        .filter(l -> l.matches("\\d+")).map(Long::parseLong).orElse(-1L);
    try {
      run(asServer, List.of(bin.resolve("pg_ctl").toString(), "stop", "-w", "-t", "60", "-m", mode,
          "-D", home.resolve("data").toString()), home.resolve("pg_ctl-stop.log"), "pg_ctl stop");
      // pg_ctl returns when postmaster.pid is removed, the postmaster's last act but not its exit
      for (int i = 0; i < 100 && pid > 0 && !exited(pid); i++) {
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the server on port " + port, e);
    }
  }

  /**
   * Whether the process has exited: it is gone, or a zombie (exited; the server is not our child,
   * so init reaps it, and an init that reaps late, as in some containers, must not look like a live server).
   */
  static boolean exited(long pid) {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    if (!Files.exists(stat)) {
      return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }
    try {
      String line = Files.readString(stat, StandardCharsets.UTF_8);
      // pid (comm) state ...: comm may hold spaces and parentheses, the state follows the last ')'
      String rest = line.substring(line.lastIndexOf(')') + 1).strip();
      return rest.startsWith("Z") || rest.startsWith("X");
    } catch (IOException | StringIndexOutOfBoundsException e) {
      return true; // gone while being read
    }
  }

  /**
   * A shell loop that stops the server (immediate shutdown) once this JVM is gone; it ends by
   * itself when the server is stopped (its postmaster.pid is removed).
   */
  private Process watchdog() throws IOException {
    List<String> command = new ArrayList<>(List.of("sh", "-c",
        "jvm=$1; pid=$2; shift 2; while kill -0 \"$jvm\" 2>/dev/null && [ -e \"$pid\" ]; do sleep 1; done;"
            + " [ -e \"$pid\" ] && exec \"$@\"",
        "TestPostgres-watchdog", Long.toString(ProcessHandle.current().pid()),
        home.resolve("data").resolve("postmaster.pid").toString()));
    command.addAll(asServer);
    command.addAll(List.of(bin.resolve("pg_ctl").toString(), "stop", "-m", "immediate", "-D",
        home.resolve("data").toString()));
    return new ProcessBuilder(command).redirectInput(new File("/dev/null"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** The folder with initdb, pg_ctl and postgres; skips (or, on CI, fails) when there is none. */
  private static Path binaries() {
    String configured = System.getenv("MINUTEBOOK_PG_BIN");
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured);
      if (!complete(dir)) {
        fail("MINUTEBOOK_PG_BIN=" + configured + " has not all of initdb, pg_ctl and postgres");
      }
      return dir;
    }
    Optional<Path> found = onPath().or(TestPostgres::debian);
    if (found.isEmpty()) {
      unavailable("the PostgreSQL server (initdb, pg_ctl, postgres) is not installed: not on the PATH, not in"
          + " /usr/lib/postgresql/*/bin; scripts/install-deps installs it, or set MINUTEBOOK_PG_BIN");
    }
    return found.get();
  }

  /** The real folder of the first initdb on the PATH (a link in /usr/local/bin leads to the server's). */
  private static Optional<Path> onPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String entry : path.split(File.pathSeparator)) {
      Path initdb = Path.of(entry.isEmpty() ? "." : entry).resolve("initdb");
      if (Files.isExecutable(initdb)) {
        try {
          Path dir = initdb.toRealPath().getParent();
          if (complete(dir)) {
            return Optional.of(dir);
          }
        } catch (IOException e) {
          // a dangling link: look further
        }
      }
    }
    return Optional.empty();
  }

  /** The newest /usr/lib/postgresql/<version>/bin that has the binaries. */
  private static Optional<Path> debian() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
          .sorted(Comparator.comparingDouble((Path v) -> Double.parseDouble(v.getFileName().toString())).reversed())
          .map(v -> v.resolve("bin")).filter(TestPostgres::complete).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean complete(Path dir) {
    return Stream.of("initdb", "pg_ctl", "postgres").allMatch(b -> Files.isExecutable(dir.resolve(b)));
  }

  /** Another user to run the server's programs as (root may not): its ids, and the prefix that does it. */
  private record RunAs(String user, int uid, int gid, List<String> prefix) {}

  /** None when this JVM is not root; as root, postgres (or nobody) through setpriv or runuser. */
  private static Optional<RunAs> runAs() throws IOException, InterruptedException {
    if (!"0".equals(output("id", "-u"))) {
      return Optional.empty();
    }
    String user = output("id", "-u", "postgres") != null ? "postgres" : "nobody";
    String uid = output("id", "-u", user);
    String gid = output("id", "-g", user);
    if (uid == null || gid == null) {
      unavailable("running as root, and there is neither a postgres nor a nobody user to run PostgreSQL as");
    }
    List<String> prefix;
    if (onPath("setpriv")) {
      prefix = List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups");
    } else if (onPath("runuser")) {
      prefix = List.of("runuser", "-u", user, "--");
    } else {
      unavailable("running as root, and neither setpriv nor runuser (util-linux) is there to run PostgreSQL as " + user);
      throw new AssertionError("unreachable: unavailable() skips or fails");
    }
    return Optional.of(new RunAs(user, Integer.parseInt(uid), Integer.parseInt(gid), prefix));
  }

  /** Gives home to the server's user and lets it through folder; every folder above must let it through too. */
  private static void handOver(Path folder, Path home, RunAs as) throws IOException {
    Set<PosixFilePermission> mode = EnumSet.copyOf(Files.getPosixFilePermissions(folder));
    mode.addAll(List.of(PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
    Files.setPosixFilePermissions(folder, mode);
    for (Path above = folder.toAbsolutePath().getParent(); above != null; above = above.getParent()) {
      if (!Files.getPosixFilePermissions(above).contains(PosixFilePermission.OTHERS_EXECUTE)) {
        throw new IOException("the server runs as " + as.user() + ", who cannot pass " + above
            + " (mode " + PosixFilePermissions.toString(Files.getPosixFilePermissions(above))
            + "): give the tests a temp folder elsewhere (java.io.tmpdir)");
      }
    }
    Files.setAttribute(home, "unix:uid", as.uid());
    Files.setAttribute(home, "unix:gid", as.gid());
  }

  private static boolean onPath(String program) throws IOException, InterruptedException {
    return output("sh", "-c", "command -v " + program) != null;
  }

  /** The first line a command prints, or null when it fails. */
  private static String output(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectInput(new File("/dev/null"))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return p.waitFor() == 0 && !out.isEmpty() ? out.lines().findFirst().orElse(out) : null;
  }

  /** Runs prefix + command with its output in log; fails with the log's end when it fails. */
  private static void run(List<String> prefix, List<String> command, Path log, String what)
      throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(prefix);
    all.addAll(command);
    // output to a file, never a pipe: pg_ctl's server outlives it and would hold a pipe open
    Process p = new ProcessBuilder(all).redirectInput(new File("/dev/null")).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(what + " did not finish in 120 s\n" + tail(log));
    }
    if (p.exitValue() != 0) {
      throw new IOException(what + " failed (exit " + p.exitValue() + "): " + String.join(" ", all) + "\n" + tail(log));
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no " + log.getFileName() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Skips the test, or fails it on CI, where scripts/install-deps must have made it possible. */
  private static void unavailable(String reason) {
    if ("true".equals(System.getenv("CI"))) {
      fail(reason + " (on CI this is a failure: scripts/install-deps must install it)");
    }
    assumeTrue(false, reason);
  }
}
