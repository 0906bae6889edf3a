package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.minutebook.cli.render.MeetingText;
import org.minutebook.cli.render.Records;
import org.minutebook.cli.render.Table;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.DecisionQuery;
import org.minutebook.ingest.store.QueryResults.DecisionHit;
import org.minutebook.ingest.store.QueryResults.FollowUpHit;
import org.minutebook.ingest.store.QuerySyntaxException;
import org.minutebook.model.DecisionKind;
import org.minutebook.model.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code minutebook decisions}: formal decisions, newest first. */
@Command(name = "decisions", mixinStandardHelpOptions = true,
    description = {"List decisions (RESOLVED / AGREED / MOTION), newest first, with who moved and seconded a motion and its",
        "outcome and counts where printed. Under each decision (↳), what later matters-arising reports said of it, in date",
        "order; see decision show ID."},
    footer = ExitCode.HELP)
final class DecisionsCommand extends ArchiveCommand {
  @Option(names = "--text", paramLabel = "Q", description = "Only decisions matching this full-text query.")
  String text;

  @Option(names = "--action", paramLabel = "WHO", description = "Only decisions with this Action entry (e.g. AB).")
  String action;

  @Option(names = "--kind", paramLabel = "KIND", description = "Only decisions of this kind: ${COMPLETION-CANDIDATES}.")
  DecisionKind kind;

  @Option(names = "--mover", paramLabel = "NAME", description = "Only motions moved by NAME, as printed (e.g. Elton, SH; honorifics are ignored).")
  String mover;

  @Mixin FilterOptions filter;

  @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  int run(ArchiveQueries queries, PrintWriter out, PrintWriter err) throws ArchiveException, QuerySyntaxException {
    List<DecisionHit> hits = queries.decisions(new DecisionQuery.Criteria(text, action, kind == null ? null : kind.name(), mover),
        filter.filter(), limit);
    if (output.json) {
      out.println(Records.json(hits));
      return ExitCode.OK;
    }
    Table t = new Table(List.of("ID", "DATE", "BODY", "ITEM", "ACTION", "PUT", "DECISION"), 0, 0, 32, 8, 10, 48, 110);
    for (DecisionHit d : hits) {
      t.row(d.id(), d.date(), d.body(), d.itemNumber(), String.join("/", d.actions()), put(d), d.text() + MeetingText.proofread(d.ocrConfidence()));
      for (FollowUpHit f : d.followUps()) {
        t.row("", "", "", "", "", "", "  ↳ " + (f.reportedOn() == null ? "(undated)" : f.reportedOn()) + ": " + f.update());
      }
    }
    t.print(out);
    return ExitCode.OK;
  }

  /** "moved by Elton, seconded by Hodge, carried 5-0-0", from what is printed; "" when nothing is. */
  static String put(DecisionHit d) {
    List<String> put = new ArrayList<>();
    if (d.mover() != null) {
      put.add("moved by " + d.mover());
    }
    if (d.seconder() != null) {
      put.add("seconded by " + d.seconder());
    }
    String outcome = (d.result() == null ? "" : d.result()) + (d.tally() == null ? "" : (d.result() == null ? "" : " ") + counts(d.tally()));
    if (!outcome.isEmpty()) {
      put.add(outcome);
    }
    return String.join(", ", put);
  }

  /** For-against-abstain as printed ("5-0-0"), "?" for a count not printed. */
  static String counts(Tally t) {
    return count(t.inFavour()) + "-" + count(t.against()) + "-" + count(t.abstain());
  }

  private static String count(Integer n) {
    return n == null ? "?" : n.toString();
  }
}
