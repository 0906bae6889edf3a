package org.minutebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minutebook.cli.render.DocumentJson;
import org.minutebook.cli.render.MeetingJson;
import org.minutebook.ingest.BadInputException;
import org.minutebook.ingest.Models;
import org.minutebook.ingest.OrderedBatch;
import org.minutebook.ingest.ParsedDocument;
import org.minutebook.ingest.Pipeline;
import org.minutebook.model.Meeting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code minutebook parse FILE...}: prints the meetings found in each file as JSON, without an
 * archive. Every file is read; a refused one is named on stderr with its reason and the run
 * exits 1 at the end.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Read minutes (PDF or web page) and print their meetings as JSON (no archive needed).",
    footer = ExitCode.HELP)
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF or HTML files of minutes or agenda packs.")
  List<Path> files;

  @Mixin OcrOptions ocr;

  @ParentCommand MinutebookCommand top;

  @Option(names = "--jsonl", description = "One meeting per line (JSON Lines) instead of a JSON array.")
  boolean jsonl;

  @Option(names = "--documents", description = "Print each file's documents (a pack's agenda, minutes and reports, with"
      + " pages, titles and report numbers) and its matters-arising rows instead of its meetings.")
  boolean documents;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files parsed at once, on that many threads"
      + " (default: the number of cores, here ${DEFAULT-VALUE}); results keep the order of the files.")
  int jobs = OrderedBatch.cores();

  /** One file's parse, or why it was refused. */
  private record Read(Path file, ParsedDocument parsed, BadInputException refusal) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (jobs < 1) {
      err.println("minutebook: --jobs must be at least 1, not " + jobs);
      return ExitCode.USAGE;
    }
    try (Progress progress = Progress.on(err, top != null && top.terminal, "parse", files.size())) {
      return parse(ocr.models().withOcrListener(progress), progress, out);
    }
  }

  private int parse(Models models, Progress progress, PrintWriter out) {
    ThreadLocal<Pipeline> pipelines = Pipeline.perThread(models);
    List<Meeting> meetings = new ArrayList<>();
    List<ParsedDocument> parsedFiles = new ArrayList<>();
    int[] refused = {0};
    OrderedBatch.run(files, jobs, file -> {
      try {
        return new Read(file, pipelines.get().parse(file), null);
      } catch (BadInputException e) {
        return new Read(file, null, e);
      }
    }, read -> {
      Path file = read.file();
      progress.step(String.valueOf(file.getFileName()));
      if (read.refusal() != null) {
        refused[0]++;
        progress.println("minutebook: " + file + ": refused: " + read.refusal().getMessage());
        return;
      }
      ParsedDocument parsed = read.parsed();
      int items = parsed.meetings().stream().mapToInt(m -> m.items().size()).sum();
      int decisions = parsed.meetings().stream().mapToInt(m -> m.decisions().size()).sum();
      progress.println(String.format(Locale.ROOT, "minutebook: %s: %d meeting%s, %d items, %d decisions%s",
          file, parsed.meetings().size(), parsed.meetings().size() == 1 ? "" : "s", items, decisions,
          parsed.warnings().isEmpty() ? "" : "; warning" + (parsed.warnings().size() == 1 ? ": " : "s: ")
              + String.join("; ", parsed.warnings())));
      if (documents) {
        if (jsonl) {
          out.println(DocumentJson.line(parsed));
          out.flush();
        } else {
          parsedFiles.add(parsed);
        }
        return;
      }
      for (Meeting m : parsed.meetings()) {
        if (jsonl) {
          out.println(MeetingJson.line(m));
        } else {
          meetings.add(m);
        }
      }
      out.flush();
    });
    if (!jsonl) {
      out.println(documents ? DocumentJson.array(parsedFiles) : MeetingJson.array(meetings));
    }
    return refused[0] > 0 ? ExitCode.REFUSED : ExitCode.OK;
  }
}
