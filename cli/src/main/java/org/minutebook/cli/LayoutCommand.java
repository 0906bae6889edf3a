package org.minutebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minutebook.ingest.BadInputException;
import org.minutebook.ingest.layout.Layout;
import org.minutebook.ingest.layout.LayoutAnalyzer;
import org.minutebook.ingest.layout.Row;
import org.minutebook.ingest.text.DocumentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code minutebook layout FILE}: prints the rows the layout stage read, one per line, as
 * {@code page | number | text | action} with the paragraph and bold marks. A diagnostic for
 * "why was this item or action missed": it shows what the later stages were given.
 */
@Command(
    name = "layout",
    mixinStandardHelpOptions = true,
    description = "Print the rows the layout stage read from a file (number, text and Action cells), to diagnose a misread.",
    footer = ExitCode.HELP)
final class LayoutCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A PDF or HTML file.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      Layout layout = new LayoutAnalyzer().analyze(new DocumentReader().read(file));
      for (int page = 1; page <= layout.pageCount(); page++) {
        for (String line : layout.furnitureOf(page)) {
          out.printf(Locale.ROOT, "%3d ~ %s%n", page, line);
        }
      }
      for (Row r : layout.rows()) {
        out.printf(Locale.ROOT, "%3d %s%s %6s | %s%s%n", r.page(), r.paragraphStart() ? "¶" : " ", r.bold() ? "b" : " ",
            r.number() == null ? "" : r.number(), r.text(), r.action() == null ? "" : "  || " + r.action());
      }
      return ExitCode.OK;
    } catch (BadInputException e) {
      spec.commandLine().getErr().println("minutebook: " + file + ": refused: " + e.getMessage());
      return ExitCode.REFUSED;
    }
  }
}
