package org.minutebook.ingest.extract;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

  public MinutesApproval extract(LocalDate meetingDate, List<Item> items) {
    for (Item item : items) {
      String title = item.title() == null ? "" : item.title();
      String text = title + "\n" + item.text();
      if (!MINUTES.matcher(text).matches() || !APPROVED.matcher(item.text()).matches() || NOT.matcher(item.text()).matches()) {
        continue;
      }
      if (!title.isEmpty() && !MINUTES.matcher(title).matches() && !item.text().toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bminutes\\s+of\\b.*")) {
        continue;
      }
      return new MinutesApproval(earlierDates(title + "\n" + firstSentence(item.text()), meetingDate), item.number());
    }
    return null;
  }

  /** The item's first sentence: where the minutes approved are named (later ones may date corrections). */
  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  /** The dates printed with a year that fall before the meeting, in order, each once. */
  private static List<LocalDate> earlierDates(String text, LocalDate meetingDate) {
    Set<LocalDate> out = new LinkedHashSet<>();
    int from = 0;
    while (from < text.length()) {
      Optional<DateText.Found> found = DateText.find(text, from, null);
      if (found.isEmpty()) {
        break;
      }
      DateText.Found f = found.get();
      if (f.yearPrinted() && f.date() != null && f.date().isBefore(meetingDate)) {
        out.add(f.date());
      }
      from = f.end();
    }
    return List.copyOf(out);
  }
}
