package org.minutebook.model;

/**
 * How a decision was put to the meeting, where the minutes say: who moved and seconded it, its
 * outcome and the printed counts. Any field may be null.
 *
 * @param mover as printed, honorific dropped ("SH", "Elton")
 * @param seconder as printed, honorific dropped
 * @param result the outcome where one is printed (or, for a unanimous roll call, plain)
 * @param tally the printed counts, or null
 * @param unanimous whether the minutes say all voted for it ("All were in favor", "unanimously")
 *     without printing their number: the meeting's roll call, where known, gives its tally
 */
public record Motion(String mover, String seconder, VoteResult result, Tally tally, boolean unanimous) {
  /** A motion whose votes are counted where printed, or not known to be unanimous. */
  public Motion(String mover, String seconder, VoteResult result, Tally tally) {
    this(mover, seconder, result, tally, false);
  }

  /** True when nothing is known: no mover, seconder, result or tally, nor that it was unanimous. */
  public boolean isEmpty() {
    return mover == null && seconder == null && result == null && tally == null && !unanimous;
  }

  /** The same motion with its counts known. */
  public Motion withTally(Tally counted) {
    return new Motion(mover, seconder, result, counted, unanimous);
  }
}
