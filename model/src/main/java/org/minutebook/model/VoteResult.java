package org.minutebook.model;

/** The outcome of a recorded vote. */
public enum VoteResult {
  CARRIED,
  LOST
}
