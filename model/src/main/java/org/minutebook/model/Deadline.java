package org.minutebook.model;

import java.util.Objects;

/**
 * When a decision's actions are due, as written and as a date.
 *
 * @param text the words that give it ("by the end of January", "to the September meeting")
 * @param date the date as ISO-8601, as precise as the words are: "2031-01-31", or "2031-09" for a
 *     month; null when the words give no date that could be worked out
 * @param how how the date was worked out ("SUTime, year checked against the meeting", "the next meeting's date")
 */
public record Deadline(String text, String date, String how) {
  public Deadline {
    Objects.requireNonNull(text, "text");
  }
}
