package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.List;
import org.minutebook.cli.render.Records;
import org.minutebook.cli.render.Table;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.QueryResults.ActionHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code minutebook actions}: who must do what, from which meeting and item. */
@Command(name = "actions", mixinStandardHelpOptions = true,
    description = "List Action-column entries: who must act, on what, from which meeting and item.", footer = ExitCode.HELP)
final class ActionsCommand extends ArchiveCommand {
  @Option(names = "--owner", paramLabel = "WHO", description = "Only entries for these initials or this name (e.g. AB).")
  String owner;

  @Mixin FilterOptions filter;

  @Option(names = "--limit", defaultValue = "200", description = "At most this many (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  int run(ArchiveQueries queries, PrintWriter out, PrintWriter err) throws ArchiveException {
    List<ActionHit> hits = queries.actions(owner, filter.filter(), limit);
    if (output.json) {
      out.println(Records.json(hits));
      return ExitCode.OK;
    }
    Table t = new Table(List.of("WHO", "DATE", "BODY", "ITEM", "WHAT"), 0, 0, 32, 30, 100);
    for (ActionHit a : hits) {
      String item = (a.itemNumber() == null ? "" : a.itemNumber() + " ") + (a.itemTitle() == null ? "" : a.itemTitle());
      t.row(a.initials(), a.date(), a.body(), item, a.decision() != null ? a.decision() : a.beside());
    }
    t.print(out);
    return ExitCode.OK;
  }
}
