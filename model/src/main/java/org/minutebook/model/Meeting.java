package org.minutebook.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One meeting's minutes.
 *
 * @param source the file it was read from
 * @param body the committee or board, e.g. "Riverside Community Safety Board"
 * @param date the day it was held
 * @param start when it started, or null
 * @param end when it ended, or null
 * @param venue where it was held, where printed, or null
 * @param nextMeeting the date given for the next meeting, or null
 * @param attendance who attended and who sent apologies
 * @param items its numbered items in order
 * @param approvedMinutes the earlier minutes this meeting approved as a correct record, or null
 */
public record Meeting(
    Source source,
    String body,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    String venue,
    LocalDate nextMeeting,
    Attendance attendance,
    List<Item> items,
    MinutesApproval approvedMinutes) {
  public Meeting {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(attendance, "attendance");
    items = List.copyOf(items);
  }

  /** A meeting that approved no earlier minutes (or does not say). */
  public Meeting(Source source, String body, LocalDate date, LocalTime start, LocalTime end, String venue,
      LocalDate nextMeeting, Attendance attendance, List<Item> items) {
    this(source, body, date, start, end, venue, nextMeeting, attendance, items, null);
  }

  /** The same meeting with these items (a later stage's reading of them), in order. */
  public Meeting withItems(List<Item> read) {
    return new Meeting(source, body, date, start, end, venue, nextMeeting, attendance, read, approvedMinutes);
  }

  /** The same meeting with the earlier minutes it approved. */
  public Meeting withApprovedMinutes(MinutesApproval approval) {
    return new Meeting(source, body, date, start, end, venue, nextMeeting, attendance, items, approval);
  }

  /** All decisions of all items, in order. */
  public List<Decision> decisions() {
    return items.stream().flatMap(i -> i.decisions().stream()).toList();
  }
}
