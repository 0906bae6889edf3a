package org.minutebook.model;

import java.util.Objects;

/**
 * A person as the minutes name them.
 *
 * @param name the name without honorific, e.g. "Jane Holt"
 * @param honorific "Councillor", "Cllr", "Mr", "Detective Superintendent" ..., or null
 * @param role bracketed role text with the brackets removed, or null
 * @param position "Chairman" / "Vice-Chairman" of this meeting, or null
 * @param standingInFor for substitutes: whom they stood in for, or null
 */
public record Person(String name, String honorific, String role, String position, String standingInFor) {
  public Person {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank name");
    }
  }

  public static Person named(String name) {
    return new Person(name, null, null, null, null);
  }

  public Person withStandingInFor(String absent) {
    return new Person(name, honorific, role, position, absent);
  }
}
