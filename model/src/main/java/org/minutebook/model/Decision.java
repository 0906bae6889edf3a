package org.minutebook.model;

import java.util.List;
import java.util.Objects;

/**
 * A formal decision: a clause opening with upper-case RESOLVED or AGREED, to the end of the clause.
 *
 * @param kind how it is worded
 * @param text the whole clause from its first word, whitespace collapsed
 * @param parts its numbered or lettered parts, in order (empty when it has none)
 * @param actions the Action-column entries beside it, split on '/', in order
 * @param owners the entries with the person each resolved to (empty until resolved)
 * @param page the page where it starts, or null
 * @param vote a recorded vote leading to it, or null
 * @param box where it was printed (its first page), or null
 * @param deadline by when its actions are due, where it says ("by the end of January"), or null
 * @param motion how it was put (mover, seconder, outcome, counts), or null where nothing is printed
 * @param ocrConfidence the mean confidence, 0 to 100, of the words OCR read it from; null where it
 *     was read from a text layer or a web page
 */
public record Decision(
    DecisionKind kind,
    String text,
    List<DecisionPart> parts,
    List<String> actions,
    List<Owner> owners,
    Integer page,
    Vote vote,
    Box box,
    Deadline deadline,
    Motion motion,
    Double ocrConfidence) {
  public Decision {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    parts = List.copyOf(parts);
    actions = List.copyOf(actions);
    owners = List.copyOf(owners);
    motion = motion == null || motion.isEmpty() ? null : motion;
    OcrConfidence.check(ocrConfidence);
  }

  /** A decision read from a text layer or a web page. */
  public Decision(DecisionKind kind, String text, List<DecisionPart> parts, List<String> actions, List<Owner> owners, Integer page,
      Vote vote, Box box, Deadline deadline, Motion motion) {
    this(kind, text, parts, actions, owners, page, vote, box, deadline, motion, null);
  }

  /** A decision whose putting to the meeting is not read (or not printed). */
  public Decision(DecisionKind kind, String text, List<DecisionPart> parts, List<String> actions, List<Owner> owners, Integer page,
      Vote vote, Box box, Deadline deadline) {
    this(kind, text, parts, actions, owners, page, vote, box, deadline, null);
  }

  /** A decision that gives no deadline (or whose deadline is not read yet). */
  public Decision(DecisionKind kind, String text, List<DecisionPart> parts, List<String> actions, List<Owner> owners, Integer page,
      Vote vote, Box box) {
    this(kind, text, parts, actions, owners, page, vote, box, null, null);
  }

  /** The same decision with its owners resolved. */
  public Decision withOwners(List<Owner> resolved) {
    return new Decision(kind, text, parts, actions, resolved, page, vote, box, deadline, motion, ocrConfidence);
  }

  /** The same decision with its deadline read. */
  public Decision withDeadline(Deadline due) {
    return new Decision(kind, text, parts, actions, owners, page, vote, box, due, motion, ocrConfidence);
  }

  /** The same decision with how it was put, and its vote where one is given. */
  public Decision withMotion(Motion put, Vote recorded) {
    return new Decision(kind, text, parts, actions, owners, page, recorded == null ? vote : recorded, box, deadline, put, ocrConfidence);
  }

  /** The same decision with the confidence OCR had in its words (null: not read by OCR). */
  public Decision withOcrConfidence(Double confidence) {
    return new Decision(kind, text, parts, actions, owners, page, vote, box, deadline, motion, confidence);
  }
}
