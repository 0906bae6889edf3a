package org.minutebook.model;

/** How a formal decision is worded in the minutes. */
public enum DecisionKind {
  /** "RESOLVED that ...", "RESOLVED: ...". */
  RESOLVED,
  /** "It was AGREED that ...", "AGREED: ...". */
  AGREED
}
