package org.minutebook.model;

/** How a formal decision is worded in the minutes. */
public enum DecisionKind {
  /** "RESOLVED that ...", "Resolved: ...", "It was resolved to ...". */
  RESOLVED,
  /** "It was AGREED that ...", "AGREED: ...", "Agreed:" opening a paragraph. */
  AGREED,
  /**
   * A motion or proposal put with its outcome ("Motion by SH ... Motion carried", "proposed by X and
   * seconded by Y"), in an item where no RESOLVED or AGREED clause records that outcome.
   */
  MOTION
}
