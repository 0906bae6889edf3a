package org.minutebook.model;

import java.util.List;

/**
 * A recorded vote: the names (or initials) printed under For, Against, Abstain and Absent, and the
 * result if printed. A roll call ("Trustee Elton - yes") is a vote too.
 */
public record Vote(List<String> inFavour, List<String> against, List<String> abstain, List<String> absent, VoteResult result) {
  public Vote {
    inFavour = List.copyOf(inFavour);
    against = List.copyOf(against);
    abstain = List.copyOf(abstain);
    absent = absent == null ? List.of() : List.copyOf(absent);
  }

  /** A vote that names nobody as absent. */
  public Vote(List<String> inFavour, List<String> against, List<String> abstain, VoteResult result) {
    this(inFavour, against, abstain, List.of(), result);
  }
}
