package org.minutebook.model;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Who attended, as printed: members present, others present, apologies, substitutes (each naming
 * whom they stood in for) and those who attended virtually. A person who joined virtually may
 * appear both in {@code present} and in {@code virtual} where the minutes list them so. Members
 * printed as absent, and those who left or arrived during the meeting, are kept too.
 */
public record Attendance(
    List<Person> present,
    List<Person> alsoPresent,
    List<Person> apologies,
    List<Person> substitutes,
    List<Person> virtual,
    List<Person> absent,
    List<Movement> left,
    List<Movement> arrived) {
  public Attendance {
    present = List.copyOf(present);
    alsoPresent = List.copyOf(alsoPresent);
    apologies = List.copyOf(apologies);
    substitutes = List.copyOf(substitutes);
    virtual = List.copyOf(virtual);
    absent = absent == null ? List.of() : List.copyOf(absent);
    left = left == null ? List.of() : List.copyOf(left);
    arrived = arrived == null ? List.of() : List.copyOf(arrived);
  }

  /** Attendance with nobody printed as absent, leaving or arriving. */
  public Attendance(List<Person> present, List<Person> alsoPresent, List<Person> apologies, List<Person> substitutes,
      List<Person> virtual) {
    this(present, alsoPresent, apologies, substitutes, virtual, List.of(), List.of(), List.of());
  }

  public static Attendance empty() {
    return new Attendance(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** The same attendance with every person, in every list, replaced by what f makes of them. */
  public Attendance withPeople(UnaryOperator<Person> f) {
    return new Attendance(present.stream().map(f).toList(), alsoPresent.stream().map(f).toList(), apologies.stream().map(f).toList(),
        substitutes.stream().map(f).toList(), virtual.stream().map(f).toList(), absent.stream().map(f).toList(), left, arrived);
  }

  public int size() {
    return present.size() + alsoPresent.size() + apologies.size() + substitutes.size() + virtual.size() + absent.size();
  }
}
