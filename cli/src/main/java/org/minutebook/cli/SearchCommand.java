package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.List;
import org.minutebook.cli.render.Records;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.QueryResults.PartHit;
import org.minutebook.ingest.store.QueryResults.SearchHit;
import org.minutebook.ingest.store.QuerySyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minutebook search QUERY}: ranked full-text hits in items, with snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Full-text search over items (stemmed: 'bike' finds 'bikes'), best first.",
        "Plain words must all occur; FTS5 syntax (\"a phrase\", OR, NOT, prefix*) is passed through: a query it cannot",
        "read is a usage error (exit 2). Put words in double quotes to search for them as written."},
    footer = ExitCode.HELP)
final class SearchCommand extends ArchiveCommand {
  @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for.")
  String query;

  @Mixin FilterOptions filter;

  @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--reports", description = "Search the reports, agendas and other documents of packs instead of"
      + " the minutes' items; --body, --from and --to keep those of files holding such a meeting.")
  boolean reports;

  @Override
  int run(ArchiveQueries queries, PrintWriter out, PrintWriter err) throws ArchiveException, QuerySyntaxException {
    if (reports) {
      List<PartHit> parts = queries.searchDocuments(query, filter.filter(), limit);
      if (output.json) {
        out.println(Records.json(parts));
        return ExitCode.OK;
      }
      if (parts.isEmpty()) {
        err.println("minutebook: no hits for " + query + " in reports");
      }
      for (PartHit p : parts) {
        out.printf("%s%s  %s%s  [%s, %s]%n", p.kind().toLowerCase(java.util.Locale.ROOT),
            p.reportNumber() == null ? "" : " " + p.reportNumber(), p.title() == null ? "(untitled)" : p.title(),
            p.firstPage() == null ? "" : " (pp. " + p.firstPage() + "-" + p.lastPage() + ")", p.file(), "document " + (p.ordinal() + 1));
        out.println("    " + p.snippet().replaceAll("\\s+", " "));
      }
      return ExitCode.OK;
    }
    List<SearchHit> hits = queries.search(query, filter.filter(), limit);
    if (output.json) {
      out.println(Records.json(hits));
      return ExitCode.OK;
    }
    if (hits.isEmpty()) {
      err.println("minutebook: no hits for " + query);
    }
    for (SearchHit h : hits) {
      out.printf("%s  %s  item %s %s%s  [meeting %d]%n", h.date(), h.body(), h.itemNumber() == null ? "-" : h.itemNumber(),
          h.itemTitle() == null ? "" : h.itemTitle(), h.page() == null ? "" : " (p. " + h.page() + ")", h.meetingId());
      out.println("    " + h.snippet().replaceAll("\\s+", " "));
    }
    return ExitCode.OK;
  }
}
