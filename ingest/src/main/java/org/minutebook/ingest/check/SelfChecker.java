package org.minutebook.ingest.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.minutebook.ingest.ParsedDocument;
import org.minutebook.ingest.label.LabelledLayout;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.segment.Span;
import org.minutebook.model.DocumentKind;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.SelfCheck;
import org.minutebook.model.SelfCheck.NumberingIssue;
import org.minutebook.model.SelfCheck.Sighting;

/**
 * The check stage: what a document's reading says about itself, as figures a user can act on
 * ({@link SelfCheck}): the share of the minutes' lines inside an item, the lines holding a decision
 * word outside every decision, gaps and repeats in the item numbering, and whether the file name's
 * date is a meeting's.
 *
 * <p>Contract: a pure function of the parsed document and the labelled rows it was read from;
 * never throws for what it is given, and never looks at anything but the document itself. A
 * document without minutes has no lines to count and no meeting to date (its figures are zero,
 * its date agreement null). Stateless; may be shared.
 */
public final class SelfChecker {
  /**
   * Checks one document's reading.
   *
   * @param parsed what the pipeline read from it
   * @param layout the labelled rows it was read from
   * @param spans the rows of each of parsed's meetings in layout, in the same order as its meetings
   * @throws IllegalArgumentException when spans and meetings do not pair up (a bug)
   */
  public SelfCheck check(ParsedDocument parsed, LabelledLayout layout, List<Span> spans) {
    List<Meeting> meetings = parsed.meetings();
    if (spans.size() != meetings.size()) {
      throw new IllegalArgumentException(spans.size() + " spans for " + meetings.size() + " meetings");
    }
    int[] lineOnPage = linesOnPages(layout.rows());
    int lines = 0;
    int inItems = 0;
    int loose = 0;
    List<Sighting> examples = new ArrayList<>();
    List<NumberingIssue> numbering = new ArrayList<>();
    for (int s = 0; s < spans.size(); s++) {
      Span span = spans.get(s);
      List<Item> items = meetings.get(s).items();
      int[] lineNumbers = Arrays.copyOfRange(lineOnPage, span.start(), span.end());
      ItemCoverage.Counted counted = ItemCoverage.count(layout.rows().subList(span.start(), span.end()), lineNumbers, items);
      lines += counted.lines();
      inItems += counted.inItems();
      loose += counted.loose().size();
      for (Sighting sighting : counted.loose()) {
        if (examples.size() < ItemCoverage.EXAMPLES) {
          examples.add(sighting);
        }
      }
      numbering.addAll(Numbering.issues(items.stream().map(Item::number).toList()));
    }
    List<FileNameDates.FileDate> named = FileNameDates.read(parsed.source().file());
    return new SelfCheck(lines, inItems, loose, examples, numbering, named.stream().map(FileNameDates.FileDate::iso).toList(),
        agrees(named, meetings, pack(parsed)));
  }

  /** Whether a meeting has a date the file name gives; null when there is nothing to compare. */
  private static Boolean agrees(List<FileNameDates.FileDate> named, List<Meeting> meetings, boolean pack) {
    if (named.isEmpty() || meetings.isEmpty()) {
      return null;
    }
    for (FileNameDates.FileDate d : named) {
      for (Meeting m : meetings) {
        if (pack ? d.follows(m.date()) : d.names(m.date())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the file is a pack that opens with something else (an agenda): it is named for its meeting, not its minutes'. */
  private static boolean pack(ParsedDocument parsed) {
    return parsed.parts().size() > 1 && parsed.parts().get(0).kind() != DocumentKind.MINUTES;
  }

  /** Each row's line on its page, counted from 1. */
  private static int[] linesOnPages(List<LabelledRow> rows) {
    int[] out = new int[rows.size()];
    int page = Integer.MIN_VALUE;
    int line = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).page() != page) {
        page = rows.get(i).page();
        line = 0;
      }
      out[i] = ++line;
    }
    return out;
  }
}
