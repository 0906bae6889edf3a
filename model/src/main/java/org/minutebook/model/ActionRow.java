package org.minutebook.model;

import java.util.List;

/**
 * One entry of the Action column with the line of text printed beside it, whether that line is a
 * decision or ordinary narrative.
 *
 * @param actions the entry split on '/': ["CD", "EF"], ["Board"]
 * @param beside the line of text it is printed beside, or null
 * @param page the page it is printed on, or null
 * @param box where the entry was printed, or null
 * @param decision the index (in its item's decisions) of the decision it is printed beside, or
 *     null when it is beside other text
 * @param owners each entry with the person it was resolved to (empty until resolved)
 */
public record ActionRow(List<String> actions, String beside, Integer page, Box box, Integer decision, List<Owner> owners) {
  public ActionRow {
    actions = List.copyOf(actions);
    owners = owners == null ? List.of() : List.copyOf(owners);
    if (actions.isEmpty()) {
      throw new IllegalArgumentException("an action row has at least one entry");
    }
    if (decision != null && decision < 0) {
      throw new IllegalArgumentException("negative decision index");
    }
  }

  /** A row whose entries are not resolved yet. */
  public ActionRow(List<String> actions, String beside, Integer page, Box box, Integer decision) {
    this(actions, beside, page, box, decision, List.of());
  }

  /** The same row with its entries resolved. */
  public ActionRow withOwners(List<Owner> resolved) {
    return new ActionRow(actions, beside, page, box, decision, resolved);
  }
}
