package org.minutebook.cli.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minutebook.ingest.ParsedDocument;
import org.minutebook.ingest.check.Proofreading;
import org.minutebook.model.Meeting;
import org.minutebook.model.Ocr;
import org.minutebook.model.SelfCheck;
import org.minutebook.model.SelfCheck.NumberingIssue;
import org.minutebook.model.SelfCheck.Sighting;

/**
 * A document's self-check as a block for reading: the file, then one figure a line, labels
 * aligned, the lines to look at indented under their figure.
 */
public final class CheckText {
  private static final String INDENT = "  ";
  private static final int LABEL = 16;
  /** How much of a line's text an example shows. */
  private static final int EXAMPLE_TEXT = 90;

  private CheckText() {}

  /** Prints the block of one document, headed by the file as the user named it. */
  public static void print(PrintWriter out, String file, ParsedDocument d) {
    SelfCheck c = d.check();
    out.println(file);
    List<String> meetings = new ArrayList<>();
    for (Meeting m : d.meetings()) {
      meetings.add(m.date() + " " + m.body());
    }
    line(out, "meetings", meetings.isEmpty() ? "none (" + d.kind().name().toLowerCase(Locale.ROOT) + ")" : meetings.get(0));
    meetings.stream().skip(1).forEach(m -> line(out, "", m));
    if (c.minutesLines() > 0) {
      line(out, "lines in items", String.format(Locale.ROOT, "%d of %d (%.0f%%)", c.itemLines(), c.minutesLines(), 100 * c.itemShare()));
    }
    if (!d.meetings().isEmpty()) {
      line(out, "decision words", c.looseDecisionWords() == 0 ? "none outside decisions"
          : c.looseDecisionWords() + " line" + (c.looseDecisionWords() == 1 ? "" : "s") + " outside decisions"
              + (c.examples().size() < c.looseDecisionWords() ? ", the first " + c.examples().size() + ":" : ":"));
      for (Sighting s : c.examples()) {
        line(out, "", String.format(Locale.ROOT, "p. %d line %d  %s", s.page(), s.line(), marked(s)));
      }
      List<String> issues = new ArrayList<>();
      for (NumberingIssue n : c.numbering()) {
        issues.add(describe(n));
      }
      line(out, "numbering", issues.isEmpty() ? "no gaps or repeats" : String.join("; ", issues));
    }
    if (d.source().ocr() != null) {
      ocr(out, d);
    }
    if (!c.fileDates().isEmpty()) {
      String dates = String.join(" or ", c.fileDates());
      line(out, "file name date", dates + (c.dateAgrees() == null ? "" : c.dateAgrees() ? ": agrees" : ": DISAGREES with the minutes"));
    }
  }

  /** How the OCR went, and the facts it was unsure of, each with its page: what to proofread. */
  private static void ocr(PrintWriter out, ParsedDocument d) {
    Ocr o = d.source().ocr();
    line(out, "ocr", String.format(Locale.ROOT, "%d page%s, %d words, mean confidence %.1f%s, %.0f s", o.pages(), o.pages() == 1 ? "" : "s",
        o.words(), o.confidence(), o.low() ? " (low: proofread it all)" : "", o.seconds()));
    int read = 0;
    List<Proofreading.Flagged> flagged = new ArrayList<>();
    for (Meeting m : d.meetings()) {
      Proofreading.Result r = Proofreading.of(m);
      read += r.read();
      flagged.addAll(r.flagged());
    }
    if (read == 0) {
      return;
    }
    line(out, "to proofread", flagged.isEmpty()
        ? String.format(Locale.ROOT, "none of %d headings, decisions and names under confidence %.0f", read, Ocr.LOW_CONFIDENCE)
        : String.format(Locale.ROOT, "%d of %d headings, decisions and names under confidence %.0f:", flagged.size(), read,
            Ocr.LOW_CONFIDENCE));
    for (Proofreading.Flagged f : flagged) {
      String text = f.text().length() > EXAMPLE_TEXT ? f.text().substring(0, EXAMPLE_TEXT - 1) + "…" : f.text();
      String what = switch (f.kind()) {
        case ITEM_HEADING -> "item";
        case DECISION -> "decision";
        case NAME -> "name";
      };
      line(out, "", String.format(Locale.ROOT, "%s%s: %s (confidence %.0f)", f.page() == null ? "" : "p. " + f.page() + " ", what, text,
          f.confidence()));
    }
  }

  /** The line's text with its decision word in brackets, cut to a width a terminal shows. */
  static String marked(Sighting s) {
    int at = s.text().indexOf(s.word());
    String text = at < 0 ? s.text() : s.text().substring(0, at) + "[" + s.word() + "]" + s.text().substring(at + s.word().length());
    return text.length() > EXAMPLE_TEXT ? text.substring(0, EXAMPLE_TEXT - 1) + "…" : text;
  }

  /** "gap before 6 (after 4)", "repeat of 5", "back to 3 (after 7)". */
  public static String describe(NumberingIssue n) {
    return switch (n.kind()) {
      case GAP -> "gap before " + n.number() + " (after " + n.previous() + ")";
      case REPEAT -> "repeat of " + n.number() + " (after " + n.previous() + ")";
      case BACKWARDS -> "back to " + n.number() + " (after " + n.previous() + ")";
    };
  }

  private static void line(PrintWriter out, String label, String value) {
    out.println(INDENT + label + " ".repeat(Math.max(1, LABEL - label.length())) + value);
  }
}
