package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.minutebook.cli.render.Records;
import org.minutebook.cli.render.Table;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.QueryResults.BodyCheck;
import org.minutebook.ingest.store.QueryResults.OcrDocument;
import org.minutebook.ingest.store.QueryResults.RefusedDocument;
import org.minutebook.ingest.store.QueryResults.Stats;
import org.minutebook.model.Ocr;
import picocli.CommandLine.Command;

/** {@code minutebook stats}: what the archive holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts of what the archive holds, and refused files.",
    footer = ExitCode.HELP)
final class StatsCommand extends ArchiveCommand {
  @Override
  int run(ArchiveQueries queries, PrintWriter out, PrintWriter err) throws ArchiveException {
    Stats s = queries.stats();
    if (output.json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("stats", s);
      result.put("refused", queries.refused());
      result.put("ocr", queries.ocrDocuments());
      result.put("selfChecks", queries.bodyChecks());
      out.println(Records.json(result));
      return ExitCode.OK;
    }
    out.printf(Locale.ROOT, "archive     %s (schema %d, %.1f MiB, %s)%n", archive.location(), s.schemaVersion(), s.bytes() / 1048576.0, queries.engine());
    out.printf(Locale.ROOT, "documents   %d files (%d refused) holding %d documents, %d of them reports%n", s.documents(), s.refused(),
        s.parts(), s.reports());
    out.printf(Locale.ROOT, "meetings    %d of %d bodies, %s to %s%n", s.meetings(), s.bodies(),
        s.firstDate() == null ? "-" : s.firstDate(), s.lastDate() == null ? "-" : s.lastDate());
    out.printf(Locale.ROOT, "items       %d%n", s.items());
    out.printf(Locale.ROOT, "decisions   %d%n", s.decisions());
    out.printf(Locale.ROOT, "actions     %d Action-column entries%n", s.actionEntries());
    out.printf(Locale.ROOT, "follow-ups  %d matters-arising rows, %d linked to their decisions%n", s.followUps(), s.followUpsLinked());
    out.printf(Locale.ROOT, "people      %d%n", s.people());
    for (RefusedDocument r : queries.refused()) {
      out.println("refused     " + r.path() + ": " + r.reason() + (r.detail() == null ? "" : " (" + r.detail() + ")"));
    }
    List<OcrDocument> scanned = queries.ocrDocuments();
    if (!scanned.isEmpty()) {
      long low = scanned.stream().filter(d -> d.ocr().low()).count();
      out.printf(Locale.ROOT, "ocr         %d documents read by OCR (%d pages), %s%n", scanned.size(),
          scanned.stream().mapToInt(d -> d.ocr().pages()).sum(), low == 0
              ? String.format(Locale.ROOT, "none with a mean confidence under %.0f", Ocr.LOW_CONFIDENCE)
              : String.format(Locale.ROOT, "%d with a mean confidence under %.0f, to proofread:", low, Ocr.LOW_CONFIDENCE));
      for (OcrDocument d : scanned) {
        if (d.ocr().low()) {
          out.printf(Locale.ROOT, "low ocr     %s: confidence %.1f, %d pages, %d words%n", d.path(), d.ocr().confidence(),
              d.ocr().pages(), d.ocr().words());
        }
      }
      List<OcrDocument> unsure = scanned.stream().filter(d -> d.toProofread() > 0).toList();
      if (!unsure.isEmpty()) {
        out.printf(Locale.ROOT, "proofread   %d item headings, decisions and names OCR was unsure of, in %d documents"
            + " (minutebook check FILE lists them):%n", unsure.stream().mapToInt(OcrDocument::toProofread).sum(), unsure.size());
        for (OcrDocument d : unsure) {
          out.printf(Locale.ROOT, "            %s: %d%n", d.path(), d.toProofread());
        }
      }
    }
    printChecks(queries.bodyChecks(), out);
    return ExitCode.OK;
  }

  /** The self-checks per body: documents to look at, by what the reading says of itself (not a score). */
  private static void printChecks(List<BodyCheck> bodies, PrintWriter out) {
    if (bodies.isEmpty()) {
      return;
    }
    out.println();
    out.println("self-checks by body (documents with minutes; how many show each sign that the reader missed something)");
    boolean unchecked = bodies.stream().anyMatch(b -> b.unchecked() > 0);
    List<String> headers = new ArrayList<>(List.of("BODY", "DOCS", "LINES IN ITEMS (MEDIAN)", "DECISION WORDS OUTSIDE (DOCS, MEDIAN LINES)",
        "NUMBERING GAPS", "REPEATS", "DATE DISAGREES"));
    if (unchecked) {
      headers.add("UNCHECKED (ingest --reparse)");
    }
    int[] caps = new int[headers.size()];
    caps[0] = 40;
    Table t = new Table(headers, caps);
    for (BodyCheck b : bodies) {
      t.row(b.body().isBlank() ? "(no body)" : b.body(), b.documents(),
          b.medianItemShare() == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * b.medianItemShare()),
          b.medianLooseLines() == null ? "-" : String.format(Locale.ROOT, "%d, median %.0f", b.looseDecisionWords(),
              b.medianLooseLines()), b.numberingGaps(), b.numberingRepeats(), b.dated() == 0 ? "-" : b.dateDisagrees() + " of " + b.dated(),
          b.unchecked());
    }
    t.print(out);
  }
}
