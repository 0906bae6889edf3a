package org.minutebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.minutebook.cli.render.CheckJson;
import org.minutebook.cli.render.CheckText;
import org.minutebook.ingest.BadInputException;
import org.minutebook.ingest.ParsedDocument;
import org.minutebook.ingest.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code minutebook check FILE...}: reads each file and prints what its reading says about itself
 * (the check stage's figures), one block per document, or one JSON object per line with
 * {@code --json}. No archive is needed. A refused file is named on stderr with its reason, the
 * rest go on, and the run exits 1 at the end.
 *
 * <p>The figures need neither the name recogniser nor SUTime, so the models are not loaded.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {"Read files and print, per document, what the reader may have missed: the share of the minutes' lines in an",
        "item, lines with decision words (resolved, agreed, motion, carried, seconded) outside any decision, gaps and repeats",
        "in the item numbering, a meeting date that disagrees with the date in the file name, and, for scans, the item",
        "headings, decisions and names OCR was unsure of (to proofread). Never compared with gold."},
    footer = ExitCode.HELP)
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF or HTML files of minutes or agenda packs.")
  List<Path> files;

  @Option(names = "--json", description = "One JSON object per document (JSON Lines) instead of a block of text.")
  boolean json;

  @Mixin OcrOptions ocr;

  @ParentCommand MinutebookCommand top;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Progress progress = Progress.on(err, top != null && top.terminal, "check", 1)) {
      // the language models are not needed to judge the reading; OCR is, to read scans at all
      return check(new Pipeline(ocr.models().scansOnly().withOcrListener(progress)), progress, out);
    }
  }

  private int check(Pipeline pipeline, Progress progress, PrintWriter out) {
    int refused = 0;
    boolean first = true;
    for (Path file : files) {
      ParsedDocument parsed;
      try {
        parsed = pipeline.parse(file);
      } catch (BadInputException e) {
        refused++;
        progress.println("minutebook: " + file + ": refused: " + e.getMessage());
        continue;
      }
      if (json) {
        out.println(CheckJson.line(file.toString(), parsed));
      } else {
        if (!first) {
          out.println();
        }
        CheckText.print(out, file.toString(), parsed);
      }
      first = false;
      out.flush();
    }
    return refused > 0 ? ExitCode.REFUSED : ExitCode.OK;
  }
}
