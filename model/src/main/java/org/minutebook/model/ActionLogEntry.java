package org.minutebook.model;

import java.util.List;
import java.util.Objects;

/**
 * A row of an action log: a table of actions (NO / ACTION / OWNER / UPDATE, or "Action by" /
 * "Action date") printed in the minutes, each cell's text whitespace-collapsed.
 *
 * @param ref the row's reference ("Dec22.02"), or null where the table prints none
 * @param action what is to be done
 * @param owners the OWNER cell split on '/' ("JH/HD" gives ["JH", "HD"])
 * @param update the UPDATE cell, "" where it is empty
 * @param due the action date as printed, or null
 * @param page the page the row starts on, or null
 * @param people each owner with the person it was resolved to (empty until resolved)
 */
public record ActionLogEntry(String ref, String action, List<String> owners, String update, String due, Integer page,
    List<Owner> people) {
  public ActionLogEntry {
    Objects.requireNonNull(action, "action");
    owners = List.copyOf(owners);
    update = update == null ? "" : update;
    people = people == null ? List.of() : List.copyOf(people);
  }

  /** A row whose owners are not resolved yet. */
  public ActionLogEntry(String ref, String action, List<String> owners, String update, String due, Integer page) {
    this(ref, action, owners, update, due, page, List.of());
  }

  /** The same row with its owners resolved. */
  public ActionLogEntry withPeople(List<Owner> resolved) {
    return new ActionLogEntry(ref, action, owners, update, due, page, resolved);
  }
}
