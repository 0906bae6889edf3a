package org.minutebook.model;

/** The outcome of a motion or a recorded vote, as printed. */
public enum VoteResult {
  CARRIED,
  LOST,
  WITHDRAWN,
  DEFERRED
}
