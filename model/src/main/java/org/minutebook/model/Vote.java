package org.minutebook.model;

import java.util.List;

/** A recorded vote: the names printed under For, Against and Abstain, and the result if printed. */
public record Vote(List<String> inFavour, List<String> against, List<String> abstain, VoteResult result) {
  public Vote {
    inFavour = List.copyOf(inFavour);
    against = List.copyOf(against);
    abstain = List.copyOf(abstain);
  }
}
