package org.minutebook.model;

import java.util.List;
import java.util.Objects;

/**
 * A formal decision: a clause opening with upper-case RESOLVED or AGREED, to the end of the clause.
 *
 * @param kind how it is worded
 * @param text the whole clause from its first word, whitespace collapsed
 * @param parts its numbered or lettered parts, in order (empty when it has none)
 * @param actions the Action-column entries beside it, split on '/', in order
 * @param owners the entries with the person each resolved to (empty until resolved)
 * @param page the page where it starts, or null
 * @param vote a recorded vote leading to it, or null
 * @param box where it was printed (its first page), or null
 */
public record Decision(
    DecisionKind kind,
    String text,
    List<DecisionPart> parts,
    List<String> actions,
    List<Owner> owners,
    Integer page,
    Vote vote,
    Box box) {
  public Decision {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    parts = List.copyOf(parts);
    actions = List.copyOf(actions);
    owners = List.copyOf(owners);
  }
}
