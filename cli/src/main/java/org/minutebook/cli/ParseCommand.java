package org.minutebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minutebook.cli.render.DocumentJson;
import org.minutebook.cli.render.MeetingJson;
import org.minutebook.ingest.BadInputException;
import org.minutebook.ingest.Models;
import org.minutebook.ingest.ParsedDocument;
import org.minutebook.ingest.Pipeline;
import org.minutebook.model.Meeting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

  @Option(names = "--jsonl", description = "One meeting per line (JSON Lines) instead of a JSON array.")
  boolean jsonl;

  @Option(names = "--documents", description = "Print each file's documents (a pack's agenda, minutes and reports, with"
      + " pages, titles and report numbers) and its matters-arising rows instead of its meetings.")
  boolean documents;

  @Option(names = "--stacktrace", description = "Print a stack trace on internal errors.")
  boolean stacktrace;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = new Pipeline(Models.onClassPath());
    List<Meeting> meetings = new ArrayList<>();
    List<ParsedDocument> parsedFiles = new ArrayList<>();
    int refused = 0;
    for (Path file : files) {
      try {
        ParsedDocument parsed = pipeline.parse(file);
        int items = parsed.meetings().stream().mapToInt(m -> m.items().size()).sum();
        int decisions = parsed.meetings().stream().mapToInt(m -> m.decisions().size()).sum();
        err.printf(java.util.Locale.ROOT, "minutebook: %s: %d meeting%s, %d items, %d decisions%n",
            file, parsed.meetings().size(), parsed.meetings().size() == 1 ? "" : "s", items, decisions);
        for (String warning : parsed.warnings()) {
          err.println("minutebook: " + file + ": warning: " + warning);
        }
        if (documents) {
          if (jsonl) {
            out.println(DocumentJson.line(parsed));
            out.flush();
          } else {
            parsedFiles.add(parsed);
          }
          continue;
        }
        for (Meeting m : parsed.meetings()) {
          if (jsonl) {
            out.println(MeetingJson.line(m));
            out.flush();
          } else {
            meetings.add(m);
          }
        }
      } catch (BadInputException e) {
        refused++;
        err.println("minutebook: " + file + ": refused: " + e.getMessage());
      }
    }
    if (!jsonl) {
      out.println(documents ? DocumentJson.array(parsedFiles) : MeetingJson.array(meetings));
    }
    return refused > 0 ? ExitCode.REFUSED : ExitCode.OK;
  }
}
