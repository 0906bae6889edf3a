package org.minutebook.ingest.store;

import java.util.List;

/** The rows the archive's queries return. */
public final class QueryResults {
  private QueryResults() {}

  /** A meeting in a listing. */
  public record MeetingSummary(long id, String date, String body, String start, String end, String venue, int items,
      int decisions, String file, boolean minutesApproved) {}

  /** A full-text hit in an item, best first. */
  public record SearchHit(long meetingId, String date, String body, String itemNumber, String itemTitle, Integer page,
      String snippet, double score) {}

  /** A decision with where it was taken. */
  public record DecisionHit(long id, long meetingId, String date, String body, String itemNumber, String itemTitle,
      String kind, String text, List<String> actions, Integer page) {}

  /** An Action-column entry: who, what it is beside, and the decision it belongs to, if any. */
  public record ActionHit(String initials, long meetingId, String date, String body, String itemNumber, String itemTitle,
      String beside, String decision, Integer page) {}

  /** A person's record across the archive. */
  public record PersonSummary(String name, int present, int apologies, int substitute, int virtual, List<String> roles,
      String firstSeen, String lastSeen, int actionsByInitials) {}

  /** One meeting a person is recorded at. */
  public record PersonMeeting(long meetingId, String date, String body, String list, String role, String position) {}

  /** Counts over the archive. */
  public record Stats(int schemaVersion, int documents, int refused, int meetings, int items, int decisions, int actionEntries,
      int people, int bodies, String firstDate, String lastDate, long bytes) {}

  /** A document that was refused, with its reason. */
  public record RefusedDocument(String path, String reason, String detail) {}
}
