package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.List;
import org.minutebook.cli.render.Records;
import org.minutebook.cli.render.Table;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.QueryResults.ActionHit;
import org.minutebook.ingest.store.QueryResults.LogUpdate;
import org.minutebook.ingest.store.QuerySyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code minutebook actions}: who must do what, from which meeting and item. */
@Command(name = "actions", mixinStandardHelpOptions = true,
    description = {"List Action-column entries and the rows of action tables printed in the minutes: who must act (the",
        "initials, and the person they were resolved to, or ?), on what, from which meeting and item, and by when where",
        "the decision (or the row) says. An action-log row shows its ref and update, and under it (↳) the updates of the",
        "later meetings' rows with the same ref."}, footer = ExitCode.HELP)
final class ActionsCommand extends ArchiveCommand {
  @Option(names = "--owner", paramLabel = "WHO", description = "Only entries with these initials (e.g. AB) or resolved to this person (e.g. \"Ann Other\").")
  String owner;

  @Option(names = "--text", paramLabel = "Q", description = "Only entries whose text (beside them, or their decision's) matches this full-text query.")
  String text;

  @Mixin FilterOptions filter;

  @Option(names = "--limit", defaultValue = "200", description = "At most this many (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  int run(ArchiveQueries queries, PrintWriter out, PrintWriter err) throws ArchiveException, QuerySyntaxException {
    List<ActionHit> hits = queries.actions(owner, text, filter.filter(), limit);
    if (output.json) {
      out.println(Records.json(hits));
      return ExitCode.OK;
    }
    Table t = new Table(List.of("WHO", "PERSON", "DATE", "BODY", "ITEM", "DUE", "WHAT"), 0, 20, 0, 32, 30, 10, 100);
    for (ActionHit a : hits) {
      String item = (a.itemNumber() == null ? "" : a.itemNumber() + " ") + (a.itemTitle() == null ? "" : a.itemTitle());
      String due = a.dueDate() != null ? a.dueDate() : a.dueText() != null ? a.dueText() : "";
      String what = a.decision() != null ? a.decision() : a.beside();
      if (a.logRow() != null) {
        what = (a.ref() == null ? "" : a.ref() + ": ") + what + (a.update().isEmpty() ? "" : "  (update: " + a.update() + ")");
      }
      t.row(a.initials(), a.owner() == null ? "?" : a.owner(), a.date(), a.body(), item, due, what);
      for (LogUpdate u : a.later()) {
        t.row("", "", "", "", "", "", "  ↳ " + u.date() + ": " + (u.update().isEmpty() ? "(no update given)" : u.update()));
      }
    }
    t.print(out);
    return ExitCode.OK;
  }
}
