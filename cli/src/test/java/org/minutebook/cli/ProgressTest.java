package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void withoutATerminalOnlyTheMessagesAreWritten() {
    StringWriter err = new StringWriter();
    try (Progress p = Progress.on(new PrintWriter(err), false, "ingest", 3)) {
      p.step("a.pdf");
      p.println("minutebook: b.pdf: refused: damaged PDF");
      p.step("b.pdf");
      p.step("c.pdf");
    }
    assertEquals("minutebook: b.pdf: refused: damaged PDF" + System.lineSeparator(), err.toString());
  }

  @Test
  void onATerminalTheBarGoesThroughTheCommandsErrorWriterAndMessagesClearItsLine() {
    StringWriter err = new StringWriter();
    try (Progress p = Progress.on(new PrintWriter(err), true, "ingest", 3)) {
      p.step("a.pdf");
      p.println("minutebook: b.pdf: refused: damaged PDF");
      p.step("b.pdf");
      p.step("c.pdf");
    }
    String written = err.toString();
    assertTrue(written.contains("ingest") && written.contains("\r"), written);
    assertTrue(written.contains("\r\u001b[Kminutebook: b.pdf: refused: damaged PDF"), written);
    assertTrue(written.endsWith("\r\u001b[K"), "the bar's line is cleared at the end: " + written);
  }

  @Test
  void ocrPagesShowOnATerminalOnlyOnAStatusLineClearedBeforeMessages() {
    StringWriter err = new StringWriter();
    try (Progress p = Progress.on(new PrintWriter(err), true, "parse", 1)) {
      p.pageRead("scan.pdf", 0, 12);
      p.pageRead("scan.pdf", 1, 12);
      p.println("minutebook: scan.pdf: 1 meeting");
    }
    String written = err.toString();
    assertTrue(written.contains("\r\u001b[Kminutebook: OCR 1/12 scan.pdf"), written);
    assertTrue(written.contains("\r\u001b[Kminutebook: scan.pdf: 1 meeting"), "the status line is cleared first: " + written);
    StringWriter log = new StringWriter();
    try (Progress p = Progress.on(new PrintWriter(log), false, "parse", 1)) {
      p.pageRead("scan.pdf", 1, 12);
    }
    assertEquals("", log.toString(), "a log file gets no status lines");
  }

  @Test
  void besideTheBarOcrPagesAreItsMessage() {
    StringWriter err = new StringWriter();
    try (Progress p = Progress.on(new PrintWriter(err), true, "ingest", 2)) {
      p.pageRead("scan.pdf", 3, 12);
      try {
        Thread.sleep(400); // the bar redraws every 200 ms
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    assertTrue(err.toString().contains("OCR 3/12 scan.pdf"), err.toString());
  }
}
