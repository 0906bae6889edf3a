package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.minutebook.cli.render.MeetingJson;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.QuerySyntaxException;
import org.minutebook.model.Decision;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code minutebook export}: meetings as JSON (the same as {@code parse} gives for the same
 * file), JSON Lines, or CSV with one row per decision; with {@code --into}, the documents
 * holding them copied into another archive instead (see {@link ImportCommand}, its inverse).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export meetings: json (an array, as 'parse' prints it), jsonl (one per line),",
        "or csv (one row per decision, with its mover, seconder and outcome where printed);",
        "--into ARCHIVE: copy the files holding them, with all that was read from them, into another archive."},
    footer = ExitCode.HELP)
final class ExportCommand extends ArchiveCommand {
  enum Format { json, jsonl, csv }

  @Option(names = "--format", defaultValue = "json", description = "json, jsonl or csv (default ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--into", paramLabel = "ARCHIVE",
      description = {"Copy into this archive (a SQLite file, created when missing, or a PostgreSQL URL) instead of printing:",
          "every document, refused ones included, or with --body/--from/--to the files holding a meeting they keep.",
          "Documents it has already are left as they are."})
  String into;

  @Mixin FilterOptions filter;

  @Override
  int run(Archive a, PrintWriter out, PrintWriter err) throws ArchiveException, QuerySyntaxException {
    if (into == null) {
      return super.run(a, out, err);
    }
    if (spec.commandLine().getParseResult().hasMatchedOption("--format")) {
      err.println("minutebook: --format and --into cannot be used together (--into copies the archive, it prints no meetings)");
      return ExitCode.USAGE;
    }
    return CopyRun.copy(a, into, filter.filter(), output.json, out, err);
  }

  @Override
  int run(ArchiveQueries queries, PrintWriter out, PrintWriter err) throws ArchiveException {
    List<Meeting> meetings = queries.export(filter.filter());
    switch (format) {
      case json -> out.println(MeetingJson.array(meetings));
      case jsonl -> meetings.forEach(m -> out.println(MeetingJson.line(m)));
      case csv -> csv(meetings, out);
      default -> throw new IllegalStateException("unknown format " + format);
    }
    return ExitCode.OK;
  }

  private static void csv(List<Meeting> meetings, PrintWriter out) {
    out.println("date,body,item,title,kind,decision,actions,owners,due,page,file,mover,seconder,result");
    for (Meeting m : meetings) {
      for (Item i : m.items()) {
        for (Decision d : i.decisions()) {
          out.println(String.join(",", cell(m.date().toString()), cell(m.body()), cell(i.number()), cell(i.title()),
              cell(d.kind().name()), cell(d.text()), cell(String.join("/", d.actions())), cell(owners(d)),
              cell(d.deadline() == null ? null : d.deadline().date() != null ? d.deadline().date() : d.deadline().text()),
              cell(d.page() == null ? null : d.page().toString()), cell(m.source().file()),
              cell(d.motion() == null ? null : d.motion().mover()), cell(d.motion() == null ? null : d.motion().seconder()),
              cell(d.motion() == null || d.motion().result() == null ? null : d.motion().result().name().toLowerCase(Locale.ROOT))));
        }
      }
    }
  }

  /** The people the decision's entries were resolved to, in order ("?" for an unresolved one), joined by '/'. */
  private static String owners(Decision d) {
    return String.join("/", d.owners().stream().map(o -> o.name() == null ? "?" : o.name()).toList());
  }

  /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
  static String cell(String s) {
    if (s == null) {
      return "";
    }
    return s.matches("(?s).*[\",\r\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
