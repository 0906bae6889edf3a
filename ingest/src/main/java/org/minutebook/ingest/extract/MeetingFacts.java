package org.minutebook.ingest.extract;

import java.time.LocalDate;
import java.time.LocalTime;

/** The facts of a meeting read from its heading and closing lines. */
public record MeetingFacts(String body, LocalDate date, LocalTime start, LocalTime end, String venue, LocalDate nextMeeting) {}
