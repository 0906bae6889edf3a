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
}
