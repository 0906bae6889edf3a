package org.minutebook.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of a matters-arising report: what became of a decision taken at an earlier meeting.
 *
 * @param body the body that took the decision, as the report names it, or null
 * @param minute the minute number the report gives ("180", "186a"), or null
 * @param meetingDate the date of the meeting that took the decision, or null when not printed
 * @param title the item's title as the report gives it, or null
 * @param resolution the decision as the report restates it
 * @param update what the report says has happened since
 * @param reportedOn the date of the meeting the report was written for, or null
 * @param page the page of the file the row starts on, or null
 */
public record FollowUp(String body, String minute, LocalDate meetingDate, String title, String resolution, String update,
    LocalDate reportedOn, Integer page) {
  public FollowUp {
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(update, "update");
  }
}
