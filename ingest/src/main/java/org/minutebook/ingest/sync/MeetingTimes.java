package org.minutebook.ingest.sync;

/**
 * A meeting's times as {@code GetMeeting} prints them ("12.30 pm"), each null when not given: sites
 * fill in the actual times only after the meeting, and not always then.
 */
public record MeetingTimes(String scheduled, String actualStart, String plannedFinish, String actualFinish) {}
