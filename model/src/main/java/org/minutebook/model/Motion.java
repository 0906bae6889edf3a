package org.minutebook.model;

/**
 * How a decision was put to the meeting, where the minutes say: who moved and seconded it, its
 * outcome and the printed counts. Any field may be null.
 *
 * @param mover as printed, honorific dropped ("SH", "Elton")
 * @param seconder as printed, honorific dropped
 * @param result the outcome where one is printed (or, for a unanimous roll call, plain)
 * @param tally the printed counts, or null
 */
public record Motion(String mover, String seconder, VoteResult result, Tally tally) {
  /** True when nothing is known: no mover, seconder, result or tally. */
  public boolean isEmpty() {
    return mover == null && seconder == null && result == null && tally == null;
  }
}
