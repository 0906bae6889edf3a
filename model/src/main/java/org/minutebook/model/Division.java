package org.minutebook.model;

/**
 * A recorded division in an item: an amendment, a procedural motion or the substantive motion,
 * with its outcome, counts and names by vote.
 *
 * @param motion a short text of what was voted on
 * @param result the outcome, or null where none is printed
 * @param tally the printed counts, or null
 * @param vote the names by vote, or null where only counts are printed
 * @param page the page it is printed on, or null
 */
public record Division(String motion, VoteResult result, Tally tally, Vote vote, Integer page) {}
