package org.minutebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minutebook.ingest.BadInputException;
import org.minutebook.ingest.label.LabelledLayout;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.RowLabeller;
import org.minutebook.ingest.layout.LayoutAnalyzer;
import org.minutebook.ingest.text.DocumentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code minutebook layout FILE}: prints the rows the layout stage read, one per line, as
 * {@code page | number | text | action} with the paragraph and bold marks, and after each row the
 * labels the label stage gave it ({@code [number=16a heading(bold caps alone)]}). A diagnostic for
 * "why was this item or action missed": it shows what the later stages were given and asked.
 */
@Command(
    name = "layout",
    mixinStandardHelpOptions = true,
    description = {"Print the rows the layout stage read from a file (number, text and Action cells) with the labels each was",
        "given (item number, attendance label, decision opening, closing line, heading ...), to diagnose a misread."},
    footer = ExitCode.HELP)
final class LayoutCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OcrOptions ocr;

  @Parameters(paramLabel = "FILE", description = "A PDF or HTML file.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      LabelledLayout layout = new RowLabeller().label(new LayoutAnalyzer().analyze(new DocumentReader(ocr.models().scans()).read(file)));
      for (int page = 1; page <= layout.layout().pageCount(); page++) {
        for (String line : layout.furnitureOf(page)) {
          out.printf(Locale.ROOT, "%3d ~ %s%n", page, line);
        }
      }
      for (LabelledRow r : layout.rows()) {
        List<String> labels = r.labels().describe();
        out.printf(Locale.ROOT, "%3d %s%s %6s | %s%s%s%n", r.page(), r.paragraphStart() ? "¶" : " ", r.bold() ? "b" : " ",
            r.number() == null ? "" : r.number(), r.text(), r.action() == null ? "" : "  || " + r.action(),
            labels.isEmpty() ? "" : "   [" + String.join(" ", labels) + "]");
      }
      return ExitCode.OK;
    } catch (BadInputException e) {
      spec.commandLine().getErr().println("minutebook: " + file + ": refused: " + e.getMessage());
      return ExitCode.REFUSED;
    }
  }
}
