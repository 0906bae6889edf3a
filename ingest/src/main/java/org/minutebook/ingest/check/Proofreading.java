package org.minutebook.ingest.check;

import java.util.ArrayList;
import java.util.List;
import org.minutebook.model.Attendance;
import org.minutebook.model.Decision;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.Ocr;
import org.minutebook.model.Person;

/**
 * The facts of a meeting OCR was unsure of (below {@link Ocr#LOW_CONFIDENCE}): what a user should
 * check against the page before relying on it. A document's mean confidence can be high while
 * one decision on a stained page reads badly; this names that decision.
 *
 * <p>Pure; a meeting read from a text layer or a web page has nothing to proofread.
 */
public final class Proofreading {
  private Proofreading() {}

  /** What kind of fact it is. */
  public enum Kind {
    ITEM_HEADING,
    DECISION,
    NAME
  }

  /**
   * One fact to proofread.
   *
   * @param kind what it is
   * @param text its text as read (an item's number and title, a decision, a name)
   * @param page the page it was read from, or null where not known (names)
   * @param confidence OCR's mean confidence in its words, 0 to 100
   */
  public record Flagged(Kind kind, String text, Integer page, double confidence) {}

  /**
   * How many facts OCR read, and the ones to proofread, in the meeting's order.
   *
   * @param read the facts that carry a confidence (those read by OCR)
   * @param flagged the ones below the threshold
   */
  public record Result(int read, List<Flagged> flagged) {
    public Result {
      flagged = List.copyOf(flagged);
    }
  }

  /** The meeting's item headings, decisions and names OCR was unsure of. */
  public static Result of(Meeting m) {
    List<Flagged> flagged = new ArrayList<>();
    int read = 0;
    for (Person p : people(m.attendance())) {
      read += p.ocrConfidence() == null ? 0 : 1;
      if (Ocr.low(p.ocrConfidence())) {
        flagged.add(new Flagged(Kind.NAME, p.name(), null, p.ocrConfidence()));
      }
    }
    for (Item item : m.items()) {
      read += item.ocrConfidence() == null ? 0 : 1;
      if (Ocr.low(item.ocrConfidence())) {
        String head = (item.number() == null ? "" : item.number() + " ") + (item.title() == null ? "" : item.title());
        flagged.add(new Flagged(Kind.ITEM_HEADING, head.strip(), item.page(), item.ocrConfidence()));
      }
      for (Decision d : item.decisions()) {
        read += d.ocrConfidence() == null ? 0 : 1;
        if (Ocr.low(d.ocrConfidence())) {
          flagged.add(new Flagged(Kind.DECISION, d.text(), d.page(), d.ocrConfidence()));
        }
      }
    }
    return new Result(read, flagged);
  }

  private static List<Person> people(Attendance a) {
    List<Person> all = new ArrayList<>(a.present());
    all.addAll(a.alsoPresent());
    all.addAll(a.apologies());
    all.addAll(a.substitutes());
    all.addAll(a.virtual());
    all.addAll(a.absent());
    return all;
  }
}
