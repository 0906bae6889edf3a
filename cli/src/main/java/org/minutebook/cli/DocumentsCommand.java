package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.minutebook.cli.render.Records;
import org.minutebook.cli.render.Table;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.QueryResults.PartHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code minutebook documents}: the documents inside the stored files (a pack's agenda, minutes and reports). */
@Command(name = "documents", mixinStandardHelpOptions = true,
    description = {"List the documents inside the archive's files: a pack's agenda, minutes and reports, with their",
        "pages, titles and report numbers. Search reports' text with: search --reports QUERY."},
    footer = ExitCode.HELP)
final class DocumentsCommand extends ArchiveCommand {
  @Option(names = "--kind", paramLabel = "KIND", description = "Only documents of this kind: minutes, agenda, notice, report, other.")
  String kind;

  @Option(names = "--limit", defaultValue = "500", description = "At most this many (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  int run(ArchiveQueries queries, PrintWriter out, PrintWriter err) throws ArchiveException {
    List<PartHit> parts = queries.documents(kind, limit);
    if (output.json) {
      out.println(Records.json(parts));
      return ExitCode.OK;
    }
    Table t = new Table(List.of("FILE", "#", "KIND", "PAGES", "REPORT", "TITLE"), 50, 0, 0, 0, 0, 80);
    for (PartHit p : parts) {
      String pages = p.firstPage() == null ? "" : p.firstPage() + "-" + p.lastPage();
      t.row(p.file(), p.ordinal() + 1, p.kind().toLowerCase(Locale.ROOT), pages, p.reportNumber() == null ? "" : p.reportNumber(),
          p.title() == null ? "" : p.title());
    }
    t.print(out);
    return ExitCode.OK;
  }
}
