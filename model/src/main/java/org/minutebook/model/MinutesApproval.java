package org.minutebook.model;

import java.time.LocalDate;

/**
 * A meeting's approval of an earlier meeting's minutes ("The minutes of the meeting held on ...
 * were agreed as a correct record").
 *
 * @param meetingDate the date of the meeting whose minutes were approved, or null when the minutes
 *     say only "the previous meeting"
 * @param item the number of the item that approved them, or null
 */
public record MinutesApproval(LocalDate meetingDate, String item) {}
