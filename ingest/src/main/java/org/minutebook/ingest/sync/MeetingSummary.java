package org.minutebook.ingest.sync;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A meeting as {@code GetMeetings} lists it.
 *
 * @param id the site's meeting id, for {@link ModernGovSite#meetingUrl}
 * @param committeeId the committee it is listed under
 * @param date the day it is held
 * @param time the start as the site prints it ("6.00 pm"), or null
 * @param status as the site prints it ("Confirmed", "Cancelled", "Confirmed; Special Meeting"), or null
 */
public record MeetingSummary(int id, int committeeId, LocalDate date, String time, String status) {
  public MeetingSummary {
    Objects.requireNonNull(date, "date");
  }
}
