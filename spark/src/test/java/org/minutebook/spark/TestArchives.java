package org.minutebook.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** What the job tests share: the inputs they read, the job run in this JVM, and questions to the archive. */
final class TestArchives {
  /** The repository's samples, always there. */
  static final Path SAMPLES = Path.of("..", "samples");
  /** The shared realworld files, not always there. */
  static final Path REALWORLD = Path.of("..", "..", "shared", "realworld");

  private TestArchives() {}

  /** The samples the README reads: samples/*.pdf and samples/*.html (not the refused ones). */
  static List<Path> samples() throws IOException {
    try (Stream<Path> list = Files.list(SAMPLES)) {
      return list.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".html")).sorted().toList();
    }
  }

  /** A listing file naming these files, one absolute path a line. */
  static Path listing(Path at, List<Path> files) throws IOException {
    List<String> lines = new ArrayList<>();
    files.forEach(f -> lines.add(f.toAbsolutePath().normalize().toString()));
    return Files.write(at, lines, StandardCharsets.UTF_8);
  }

  /**
   * Distinct copies of the sample PDFs in folder/0, folder/1 and so on (bytes differ, text the same,
   * as ArchiveFaultsIT makes them); returns how many files that is.
   */
  static int pdfCopies(Path folder, int copies) throws IOException {
    int files = 0;
    for (Path sample : samples()) {
      if (!sample.toString().endsWith(".pdf")) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(sample);
      for (int k = 0; k < copies; k++) {
        byte[] trailer = ("\n% copy " + k + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] copy = Arrays.copyOf(bytes, bytes.length + trailer.length);
        System.arraycopy(trailer, 0, copy, bytes.length, trailer.length);
        Files.write(Files.createDirectories(folder.resolve(Integer.toString(k))).resolve(sample.getFileName()), copy);
        files++;
      }
    }
    return files;
  }

  /**
   * The job in a JVM of its own, as spark-submit would start it, with the options Spark needs on
   * Java 17; its stdout and stderr go to the files out and err in work.
   */
  static Process start(Path work, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(Arrays.asList(System.getProperty("spark.jvm.options", "").trim().split("\\s+")));
    command.addAll(List.of("-Dspark.ui.enabled=false", "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), BackfillJob.class.getName()));
    command.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(work.resolve("out").toFile()).redirectError(work.resolve("err").toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

  /** The job's exit code and what it wrote on stderr. */
  record Run(int code, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code;
    try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      code = BackfillJob.run(o, e, args);
    }
    if (out.size() > 0) {
      throw new AssertionError("the job wrote on stdout: " + out.toString(StandardCharsets.UTF_8));
    }
    return new Run(code, err.toString(StandardCharsets.UTF_8));
  }

  static int count(Path db, String sql) throws SQLException {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 5000");
      try (ResultSet r = s.executeQuery(sql)) {
        return r.next() ? r.getInt(1) : 0;
      }
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("no such table")) {
        return 0; // the schema is being made
      }
      throw e;
    }
  }

  static String string(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }
}
