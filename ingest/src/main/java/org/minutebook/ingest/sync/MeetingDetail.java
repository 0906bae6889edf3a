package org.minutebook.ingest.sync;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One meeting as {@code GetMeeting} gives it.
 *
 * @param id the site's meeting id
 * @param committeeId the committee's id when the answer carries one; {@code GetMeeting} usually does
 *     not, so take it from the {@link MeetingSummary} the meeting was found by
 * @param committeeTitle the committee's name as the answer gives it (on its documents), or null
 * @param date the day it was held
 * @param times scheduled and actual times
 * @param venue where, as the site prints it, or null
 * @param status as the site prints it ("Confirmed; Special Meeting"), or null
 * @param items the agenda items in the site's order
 * @param documents every document of the meeting, each address once: those linked to the meeting
 *     itself, then those of its items in order
 * @param attendees members and officers listed against it, in the site's order
 */
public record MeetingDetail(
    int id,
    Integer committeeId,
    String committeeTitle,
    LocalDate date,
    MeetingTimes times,
    String venue,
    String status,
    List<AgendaItem> items,
    List<LinkedDocument> documents,
    List<Attendee> attendees) {
  public MeetingDetail {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(times, "times");
    items = List.copyOf(items);
    documents = List.copyOf(documents);
    attendees = List.copyOf(attendees);
  }
}
