package org.minutebook.model;

/**
 * The counts of a vote where the minutes print them ("carried 5-0", "Yes - 4, No - 0"); each count
 * is null where it is not printed.
 *
 * @param inFavour the votes for
 * @param against the votes against
 * @param abstain the abstentions
 */
public record Tally(Integer inFavour, Integer against, Integer abstain) {
  public Tally {
    for (Integer n : new Integer[] {inFavour, against, abstain}) {
      if (n != null && n < 0) {
        throw new IllegalArgumentException("negative count");
      }
    }
  }
}
