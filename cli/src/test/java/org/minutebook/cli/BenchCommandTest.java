package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What bench prints and promises; its figures are measured, never asserted. */
class BenchCommandTest {
  private static final Path SAMPLE = Path.of("..", "samples", "ayton-cc-2015-03-03.pdf");

  @Test
  void aWarmPassSaysHowItWasWarmedAndMeasuresEveryMethodInJava() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err),
        "bench", "--no-cold", "--jobs", "1", "--copies", "1", "--warm-up", "2", "--re-parse-seconds", "0", SAMPLE.toString());
    String text = out.toString();
    assertEquals(ExitCode.OK, code, err.toString());
    assertTrue(text.matches("(?s).*warm: this JVM, after [12] warm-up pass(es)? over the originals at 1 jobs.*"), text);
    for (String method : new String[] {"plain PDFBox", "full parse", "parse + store"}) {
      assertTrue(text.contains(method), method + " in\n" + text);
    }
    assertTrue(!text.contains("cold:"), "--no-cold measures no cold pass");
  }
}
