package org.minutebook.ingest.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.minutebook.model.Item;
import org.minutebook.model.MinutesApproval;

/**
 * Finds the item in which a meeting approved an earlier meeting's minutes: "MINUTES OF THE MEETING
 * HELD ON 3 MAY 2021" / "The minutes ... were agreed as a correct record", or "RESOLVED that the
 * minutes of the previous meeting be confirmed and signed". The date is the one printed with
 * the minutes (before the meeting's own), or null when they are only "the previous meeting".
 *
 * <p>Contract: a pure function of the items; never throws.
 */
public final class ApprovalExtractor {
  private static final Pattern MINUTES = Pattern.compile("(?is).*\\bminutes\\b.*");
  private static final Pattern APPROVED = Pattern.compile(
      "(?is).*(\\b(correct|true|accurate|fair)\\s+record\\b|\\b(be|were|was|are|being)\\s+(duly\\s+)?(agreed|approved|confirmed|adopted|accepted|signed)\\b"
          + "|\\b(approved|confirmed|agreed)\\s+(and\\s+signed\\b|as\\s+(printed|circulated|presented|written)\\b)).*");
  private static final Pattern NOT = Pattern.compile("(?is).*\\b(not|subject\\s+to\\s+the\\s+following|except)\\b.{0,30}\\b(agreed|approved|confirmed|record)\\b.*");

  public MinutesApproval extract(LocalDate meetingDate, java.util.List<Item> items) {
    for (Item item : items) {
      String title = item.title() == null ? "" : item.title();
      String text = title + "\n" + item.text();
      if (!MINUTES.matcher(text).matches() || !APPROVED.matcher(item.text()).matches() || NOT.matcher(item.text()).matches()) {
        continue;
      }
      if (!title.isEmpty() && !MINUTES.matcher(title).matches() && !item.text().toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bminutes\\s+of\\b.*")) {
        continue;
      }
      return new MinutesApproval(earlierDate(text, meetingDate), item.number());
    }
    return null;
  }

  /** The first date printed with a year that falls before the meeting, or null. */
  private static LocalDate earlierDate(String text, LocalDate meetingDate) {
    int from = 0;
    while (from < text.length()) {
      Optional<DateText.Found> found = DateText.find(text, from, null);
      if (found.isEmpty()) {
        return null;
      }
      DateText.Found f = found.get();
      if (f.yearPrinted() && f.date() != null && f.date().isBefore(meetingDate)) {
        return f.date();
      }
      from = f.end();
    }
    return null;
  }
}
