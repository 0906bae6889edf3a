package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Library log lines never reach the terminal unless asked for: each way a library here logs
 * (commons-logging for PDFBox, SLF4J for Tika and sqlite-jdbc, Redwood for CoreNLP,
 * java.util.logging for jline) ends in the archive's log file, nowhere with --quiet, and on the
 * error writer only with --verbose. System.err is watched too: a library line must not slip past
 * the writer to the real stderr.
 */
class LibraryLogTest {

  @TempDir Path dir;
  private final StringWriter err = new StringWriter();
  private final ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
  private PrintStream realErr;

  @BeforeEach
  void watchSystemErr() {
    realErr = System.err;
    System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreSystemErr() {
    System.setErr(realErr);
  }

  private static void logThroughEveryLibraryRoute(String mark) {
    LogFactory.getLog("org.apache.pdfbox.pdfparser.COSParser").warn("pdfbox " + mark);
    org.slf4j.LoggerFactory.getLogger("org.apache.tika.parser.AutoDetectParser").warn("tika " + mark);
    edu.stanford.nlp.util.logging.Redwood.channels(LibraryLogTest.class).warn("corenlp " + mark);
    java.util.logging.Logger.getLogger("org.jline").warning("jul " + mark);
  }

  private String systemErr() {
    return systemErr.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyRouteEndsInTheFileAndNotOnTheTerminal() throws Exception {
    Path file = dir.resolve("a.db.log");
    LibraryLog log = LibraryLog.open(file, false, new PrintWriter(err));
    try {
      logThroughEveryLibraryRoute("by default");
    } finally {
      log.close();
    }
    String logged = Files.readString(file);
    for (String route : new String[] {"pdfbox", "tika", "corenlp", "jul"}) {
      assertTrue(logged.contains(route + " by default"), route + " reaches the file: " + logged);
    }
    assertTrue(logged.contains("org.apache.pdfbox.pdfparser.COSParser"), "the file names the library's logger: " + logged);
    assertEquals("", err.toString());
    assertFalse(systemErr().contains("by default"), systemErr());
  }

  @Test
  void aLineNamesTheFileBeingReadWhenTheCommandSaysWhichItIs() throws Exception {
    Path file = dir.resolve("a.db.log");
    org.apache.commons.logging.Log pdfbox = LogFactory.getLog("org.apache.pdfbox.pdfparser.COSParser");
    LibraryLog log = LibraryLog.open(file, false, new PrintWriter(err));
    try {
      pdfbox.warn("before");
      org.slf4j.MDC.put(LibraryLog.FILE_KEY, "minutes/2024-01-01.pdf");
      pdfbox.warn("during");
      org.slf4j.MDC.remove(LibraryLog.FILE_KEY);
      pdfbox.warn("after");
    } finally {
      org.slf4j.MDC.remove(LibraryLog.FILE_KEY);
      log.close();
    }
    List<String> lines = Files.readAllLines(file);
    assertTrue(lines.get(0).endsWith("org.apache.pdfbox.pdfparser.COSParser - before"), lines.get(0));
    assertTrue(lines.get(1).endsWith("org.apache.pdfbox.pdfparser.COSParser minutes/2024-01-01.pdf - during"), lines.get(1));
    assertTrue(lines.get(2).endsWith("org.apache.pdfbox.pdfparser.COSParser - after"), lines.get(2));
  }

  @Test
  void verboseAlsoPrintsThemOnTheErrorWriter() throws Exception {
    Path file = dir.resolve("a.db.log");
    LibraryLog log = LibraryLog.open(file, true, new PrintWriter(err));
    try {
      logThroughEveryLibraryRoute("verbose");
    } finally {
      log.close();
    }
    for (String route : new String[] {"pdfbox", "tika", "corenlp", "jul"}) {
      assertTrue(err.toString().contains(route + " verbose"), route + " reaches the writer: " + err);
    }
    assertTrue(Files.readString(file).contains("pdfbox verbose"));
    assertFalse(systemErr().contains("verbose"), systemErr());
  }

  @Test
  void withoutAFileNorVerboseTheyGoNowhereAndLeaveNoFile() {
    LibraryLog log = LibraryLog.open(null, false, new PrintWriter(err));
    try {
      logThroughEveryLibraryRoute("quiet");
    } finally {
      log.close();
    }
    assertEquals("", err.toString());
    assertFalse(systemErr().contains("quiet"), systemErr());
  }

  @Test
  void theLogFileSitsBesideTheArchive() {
    assertEquals(Path.of("data", "council.db.log"), LibraryLog.fileFor(Path.of("data", "council.db")));
    assertEquals(Path.of("minutebook.db.log"), LibraryLog.fileFor(Path.of("minutebook.db")));
  }

  /**
   * A page whose text uses a font its resources lack: PDFBox reads on and logs a warning
   * ("font '/F9' not found in resources"), as it does for many damaged files.
   */
  private Path damagedPdf() throws Exception {
    Path damaged = dir.resolve("damaged.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      byte[] content = "BT /F9 12 Tf 72 720 Td (Minutes of the meeting) Tj ET".getBytes(StandardCharsets.US_ASCII);
      page.setContents(new PDStream(doc, new ByteArrayInputStream(content)));
      doc.save(damaged.toFile());
    }
    return damaged;
  }

  private int run(String... args) {
    return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
  }

  @Test
  void aDamagedFileLogsToTheArchivesLogFileNotToTheTerminal() throws Exception {
    Path pdf = damagedPdf();
    Path db = dir.resolve("a.db");
    run("ingest", "--db", db.toString(), pdf.toString());
    Path log = dir.resolve("a.db.log");
    assertTrue(Files.exists(log), "PDFBox's repairs of the truncated file are logged");
    assertTrue(Files.readString(log).contains("org.apache.pdfbox"), Files.readString(log));
    assertFalse(err.toString().contains("org.apache.pdfbox"), err.toString());
    assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    assertFalse(systemErr().contains("pdfbox"), systemErr());
  }

  @Test
  void verbosePrintsTheLibraryLinesOnStderr() throws Exception {
    Path pdf = damagedPdf();
    Path db = dir.resolve("a.db");
    run("ingest", "--verbose", "--db", db.toString(), pdf.toString());
    assertTrue(err.toString().contains("org.apache.pdfbox"), err.toString());
  }

  @Test
  void quietWritesNoLogFile() throws Exception {
    Path pdf = damagedPdf();
    run("--quiet", "ingest", "--db", dir.resolve("a.db").toString(), pdf.toString());
    assertFalse(Files.exists(dir.resolve("a.db.log")));
    assertFalse(err.toString().contains("org.apache.pdfbox"), err.toString());
  }

  @Test
  void aCommandWithoutAnArchiveLogsNowhereUnlessVerbose() throws Exception {
    Path pdf = damagedPdf();
    run("layout", pdf.toString());
    assertFalse(err.toString().contains("org.apache.pdfbox"), err.toString());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no log file beside the input");
    }
    run("layout", "--verbose", pdf.toString());
    assertTrue(err.toString().contains("org.apache.pdfbox"), err.toString());
  }

  @Test
  void quietAndVerboseTogetherAreAUsageError() {
    assertEquals(ExitCode.USAGE, run("parse", "--quiet", "--verbose", "x.pdf"));
    assertTrue(err.toString().contains("--quiet and --verbose"), err.toString());
  }
}
