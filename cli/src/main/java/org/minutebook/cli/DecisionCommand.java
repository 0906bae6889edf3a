package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import org.minutebook.cli.render.Records;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.QueryResults.DecisionDetail;
import org.minutebook.ingest.store.QueryResults.FollowUpHit;
import org.minutebook.ingest.store.QueryResults.LogRowHit;
import org.minutebook.ingest.store.QueryResults.LogUpdate;
import org.minutebook.ingest.store.QueryResults.OwnerHit;
import org.minutebook.model.Ocr;
import org.minutebook.model.Vote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code minutebook decision show ID}: one decision and what became of it. */
@Command(name = "decision", mixinStandardHelpOptions = true, description = "Look at one decision.",
    subcommands = DecisionCommand.Show.class, footer = ExitCode.HELP)
final class DecisionCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say what to do: decision show ID");
  }

  /** The decision, where it was taken, and its follow-ups from matters-arising reports in date order. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = {"Show a decision (ID from `decisions`), where it was taken, how it was put (mover, seconder,",
          "outcome, counts, the recorded vote), what later matters-arising reports said became of it, in date order,",
          "and the action-log rows of its item with the later meetings' updates to them."},
      footer = ExitCode.HELP)
  static final class Show extends ArchiveCommand {
    @Parameters(paramLabel = "ID", description = "The decision's ID, as `decisions` lists it.")
    long id;

    @Override
    int run(ArchiveQueries queries, PrintWriter out, PrintWriter err) throws ArchiveException {
      Optional<DecisionDetail> found = queries.decision(id);
      if (found.isEmpty()) {
        err.println("minutebook: no decision " + id + " (list them with: minutebook decisions)");
        return ExitCode.USAGE;
      }
      DecisionDetail d = found.get();
      if (output.json) {
        out.println(Records.json(d));
        return ExitCode.OK;
      }
      var h = d.decision();
      out.printf(Locale.ROOT, "Decision %d: %s, %s%n", h.id(), h.body(), h.date());
      out.printf(Locale.ROOT, "Item %s%s (%s%s)%n", h.itemNumber() == null ? "(unnumbered)" : h.itemNumber(),
          h.itemTitle() == null ? "" : " " + h.itemTitle(), d.file(), h.page() == null ? "" : ", page " + h.page());
      if (h.ocrConfidence() != null) {
        out.printf(Locale.ROOT, "Read by OCR, confidence %.0f%s%n", h.ocrConfidence(),
            Ocr.low(h.ocrConfidence()) ? ": proofread it against the page" : "");
      }
      out.println();
      out.println("  " + h.kind() + ": " + h.text());
      for (String part : d.parts()) {
        out.println("    " + part);
      }
      if (!h.actions().isEmpty()) {
        out.println("  Action: " + String.join("/", h.actions()));
      }
      for (OwnerHit o : d.owners()) {
        out.println("    " + o.initials() + ": " + (o.name() != null ? o.name()
            : "unresolved" + (o.candidates().isEmpty() ? "" : " (could be " + String.join(" or ", o.candidates()) + ")"))
            + (o.evidence() == null ? "" : "  [" + o.evidence() + "]"));
      }
      if (d.dueText() != null) {
        out.println("  Due: " + (d.dueDate() == null ? "" : d.dueDate() + " ") + "(\"" + d.dueText() + "\")");
      }
      String put = DecisionsCommand.put(h);
      if (!put.isEmpty()) {
        out.println("  Put: " + put);
      }
      Vote v = d.vote();
      if (v != null) {
        out.println("  Vote" + (v.result() == null ? "" : " (" + v.result().name().toLowerCase(Locale.ROOT) + ")") + ": for "
            + names(v.inFavour()) + "; against " + names(v.against()) + "; abstained " + names(v.abstain()) + "; absent "
            + names(v.absent()));
      }
      actionLog(out, d.actionLog());
      out.println();
      if (h.followUps().isEmpty()) {
        out.println("No follow-ups: no matters-arising report in the archive mentions it.");
        return ExitCode.OK;
      }
      out.println("Follow-ups (" + h.followUps().size() + "):");
      for (FollowUpHit f : h.followUps()) {
        out.printf(Locale.ROOT, "  %s  %s%s, minute %s%s%n", f.reportedOn() == null ? "(undated)" : f.reportedOn(), f.file(),
            f.page() == null ? "" : " page " + f.page(), f.minute() == null ? "?" : f.minute(),
            f.title() == null ? "" : " \"" + f.title() + "\"");
        out.println("      " + (f.update().isEmpty() ? "(no update given)" : f.update()));
        if (f.linkNote() != null) {
          out.println("      note: " + f.linkNote());
        }
      }
      return ExitCode.OK;
    }

    private static String names(java.util.List<String> names) {
      return names.isEmpty() ? "-" : String.join(", ", names);
    }

    /** The item's action-log rows, each with the later meetings' rows that carry it on. */
    private static void actionLog(PrintWriter out, java.util.List<LogRowHit> rows) {
      if (rows.isEmpty()) {
        return;
      }
      out.println();
      out.println("Action log of the item (" + rows.size() + "):");
      for (LogRowHit r : rows) {
        out.println("  " + (r.ref() == null ? "-" : r.ref()) + "  " + r.action() + (r.owners().isEmpty() ? "" : "  [" + String.join("/", r.owners()) + "]"));
        if (!r.update().isEmpty()) {
          out.println("      update: " + r.update());
        }
        for (LogUpdate u : r.later()) {
          out.println("      ↳ " + u.date() + ": " + (u.update().isEmpty() ? "(no update given)" : u.update()));
        }
      }
    }
  }
}
