package org.minutebook.ingest.sync;

import java.util.Objects;

/**
 * A person {@code GetMeeting} lists against a meeting: members and officers alike.
 *
 * @param name as the site gives it, title included ("Councillor Jeremy Hilton", "Jon McGinty")
 * @param role the role at this meeting ("Chair", "Committee Member", "Officer"), or null
 * @param attendance as the site records it ("Present, as expected", "In attendance", "Apologies",
 *     or "Expected" before the meeting), or null
 */
public record Attendee(String name, String role, String attendance) {
  public Attendee {
    Objects.requireNonNull(name, "name");
  }
}
