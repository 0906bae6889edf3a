package org.minutebook.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting's approval of an earlier meeting's minutes ("The minutes of the meeting held on ...
 * were agreed as a correct record").
 *
 * @param meetingDates the dates of the meetings whose minutes were approved (one item may approve
 *     several), or none when the minutes say only "the previous meeting"
 * @param item the number of the item that approved them, or null
 */
public record MinutesApproval(List<LocalDate> meetingDates, String item) {
  public MinutesApproval {
    meetingDates = List.copyOf(meetingDates);
  }
}
