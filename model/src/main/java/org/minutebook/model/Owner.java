package org.minutebook.model;

import java.util.List;
import java.util.Objects;

/**
 * An Action-column entry and the person it was resolved to, with the evidence; or, when nothing
 * decides it, no name and the people it could be.
 *
 * @param initials the entry as printed ("AB"), or a word ("Group")
 * @param name the person's name, or null while unresolved
 * @param evidence why that person ("named in the item", "present at the meeting"), or why none
 * @param candidates when unresolved, the people the entry could be; empty when resolved or when none is known
 */
public record Owner(String initials, String name, String evidence, List<String> candidates) {
  public Owner {
    Objects.requireNonNull(initials, "initials");
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
  }

  /** An entry not (yet) resolved, with nothing known about it. */
  public Owner(String initials, String name) {
    this(initials, name, null, List.of());
  }
}
