package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.List;
import org.minutebook.cli.render.Records;
import org.minutebook.cli.render.Table;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.QueryResults.DecisionHit;
import org.minutebook.ingest.store.QueryResults.FollowUpHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code minutebook decisions}: formal decisions, newest first. */
@Command(name = "decisions", mixinStandardHelpOptions = true, description = {"List decisions (RESOLVED / AGREED), newest first.",
        "Under each decision (↳), what later matters-arising reports said of it, in date order; see decision show ID."},
    footer = ExitCode.HELP)
final class DecisionsCommand extends ArchiveCommand {
  @Option(names = "--text", paramLabel = "Q", description = "Only decisions matching this full-text query.")
  String text;

  @Option(names = "--action", paramLabel = "WHO", description = "Only decisions with this Action entry (e.g. AB).")
  String action;

  @Mixin FilterOptions filter;

  @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  int run(ArchiveQueries queries, PrintWriter out, PrintWriter err) throws ArchiveException {
    List<DecisionHit> hits = queries.decisions(text, action, filter.filter(), limit);
    if (output.json) {
      out.println(Records.json(hits));
      return ExitCode.OK;
    }
    Table t = new Table(List.of("ID", "DATE", "BODY", "ITEM", "ACTION", "DECISION"), 0, 0, 32, 8, 10, 110);
    for (DecisionHit d : hits) {
      t.row(d.id(), d.date(), d.body(), d.itemNumber(), String.join("/", d.actions()), d.text());
      for (FollowUpHit f : d.followUps()) {
        t.row("", "", "", "", "", "  ↳ " + (f.reportedOn() == null ? "(undated)" : f.reportedOn()) + ": " + f.update());
      }
    }
    t.print(out);
    return ExitCode.OK;
  }
}
