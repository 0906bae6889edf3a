package org.minutebook.model;

import java.util.List;
import java.util.Objects;

/**
 * What reading a document says about itself: figures a user can act on, pointing at what the
 * reader may have missed. A self-check, not a score: it compares the reading with the document it
 * was read from (its lines, its numbering, its file name), never with a reference reading.
 *
 * @param minutesLines the text lines of the document's minutes (running headers, footers and page
 *     numbers excluded); 0 when it holds none
 * @param itemLines those of them inside an item, from its heading to the next item's (or to the
 *     closing line after the last)
 * @param looseDecisionWords the lines of the minutes that hold a decision word (resolved, agreed,
 *     motion, carried, seconded) outside every decision read, item headings not counted
 * @param examples the first few of those lines, in order
 * @param numbering gaps, repeats and backward steps in the items' numbering, compared within each
 *     numbering scheme (14/037 with 14/038, 7.4 with 7.3, 16b with 16a), in order
 * @param fileDates the dates the file name gives, ISO-8601 ("2023-02-23", or "2023-02" for a month):
 *     several where its numbers read more than one way (10.12.24); empty when it gives none
 * @param dateAgrees whether a meeting read from the document has one of the file name's dates (in
 *     a pack, a date the name's meeting could take minutes of); null where there is nothing to
 *     compare (no date in the name, or no meeting)
 */
public record SelfCheck(int minutesLines, int itemLines, int looseDecisionWords, List<Sighting> examples,
    List<NumberingIssue> numbering, List<String> fileDates, Boolean dateAgrees) {
  /** Nothing to say: a document without minutes whose name gives no date. */
  public static final SelfCheck NONE = new SelfCheck(0, 0, 0, List.of(), List.of(), List.of(), null);

  public SelfCheck {
    if (minutesLines < 0 || itemLines < 0 || itemLines > minutesLines || looseDecisionWords < 0) {
      throw new IllegalArgumentException("bad line counts " + itemLines + "/" + minutesLines + ", " + looseDecisionWords);
    }
    examples = List.copyOf(examples);
    numbering = List.copyOf(numbering);
    fileDates = List.copyOf(fileDates);
  }

  /**
   * A line holding a decision word outside every decision, for a user to look at.
   *
   * @param page its 1-based page
   * @param line its line on the page, counted from 1 among the lines the reader kept (running
   *     headers not counted)
   * @param word the decision word as printed
   * @param text the line's text
   */
  public record Sighting(int page, int line, String word, String text) {
    public Sighting {
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(text, "text");
    }
  }

  /** How an item number breaks its scheme's run. */
  public enum NumberingKind {
    /** Numbers are missing before it: 3, 4, 6. */
    GAP,
    /** It was printed already in the run: 5, 5. */
    REPEAT,
    /** It steps back to a number not seen in the run, not to a new start: 7, 4. */
    BACKWARDS
  }

  /**
   * An item number out of its run.
   *
   * @param kind how
   * @param previous the number of the scheme's item before it, as printed
   * @param number its number, as printed
   */
  public record NumberingIssue(NumberingKind kind, String previous, String number) {
    public NumberingIssue {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(number, "number");
    }
  }

  /** The share of the minutes' lines inside an item, or null when there are none. */
  public Double itemShare() {
    return minutesLines == 0 ? null : (double) itemLines / minutesLines;
  }

  /** How many numbering issues are of this kind. */
  public int count(NumberingKind kind) {
    return (int) numbering.stream().filter(n -> n.kind() == kind).count();
  }

  /** Whether the file name gives a date no meeting read from it has. */
  public boolean dateDisagrees() {
    return Boolean.FALSE.equals(dateAgrees);
  }
}
