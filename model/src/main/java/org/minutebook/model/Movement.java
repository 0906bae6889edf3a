package org.minutebook.model;

import java.util.Objects;

/**
 * A member leaving or arriving during the meeting.
 *
 * @param name the person's name as printed, honorific dropped
 * @param time when, HH:MM, or null
 * @param beforeItem the number of the item before which it happened, or null
 */
public record Movement(String name, String time, String beforeItem) {
  public Movement {
    Objects.requireNonNull(name, "name");
  }
}
