package org.minutebook.ingest.store;

import java.util.List;
import org.minutebook.model.Tally;
import org.minutebook.model.Vote;

/** The rows the archive's queries return. */
public final class QueryResults {
  private QueryResults() {}

  /**
   * A meeting in a listing.
   *
   * @param minutesApproved whether a later meeting of its body in the archive approved its minutes
   * @param approvedOn the date of that meeting, or null
   * @param sources how many files it was read from
   * @param laterMeetings whether the archive holds a later meeting of its body (that could have approved them)
   */
  public record MeetingSummary(long id, String date, String body, String start, String end, String venue, int items,
      int decisions, String file, boolean minutesApproved, String approvedOn, int sources, boolean laterMeetings) {}

  /** A file a meeting was read from. */
  public record MeetingSource(long meetingId, String file, String path, Integer firstPage, Integer lastPage, boolean primary) {}

  /** A full-text hit in an item, best first. */
  public record SearchHit(long meetingId, String date, String body, String itemNumber, String itemTitle, Integer page,
      String snippet, double score) {}

  /**
   * A decision with where it was taken, how it was put (mover, seconder, outcome in lower case as
   * in the meeting JSON, counts; each null where not printed), how sure OCR was of its words
   * (null where it was not read by OCR), and what later matters-arising reports said of it, in
   * date order.
   */
  public record DecisionHit(long id, long meetingId, String date, String body, String itemNumber, String itemTitle,
      String kind, String text, List<String> actions, Integer page, String mover, String seconder, String result, Tally tally,
      Double ocrConfidence, List<FollowUpHit> followUps) {
    DecisionHit withFollowUps(List<FollowUpHit> rows) {
      return new DecisionHit(id, meetingId, date, body, itemNumber, itemTitle, kind, text, actions, page, mover, seconder, result,
          tally, ocrConfidence, rows);
    }
  }

  /**
   * A decision in full: the file it was read from, its parts, who must act on it (each entry with
   * the person resolved, or the candidates) and by when, where it says; its recorded vote (or
   * null), and the rows of the action tables printed in its item.
   */
  public record DecisionDetail(DecisionHit decision, String file, List<String> parts, List<OwnerHit> owners, String dueText,
      String dueDate, Vote vote, List<LogRowHit> actionLog) {}

  /** An Action entry of a decision and the person it was resolved to, or its candidates. */
  public record OwnerHit(String initials, String name, String evidence, List<String> candidates) {}

  /** What a matters-arising report said of a decision, and where. */
  public record FollowUpHit(String reportedOn, String file, Integer page, String minute, String meetingDate, String title,
      String resolution, String update, String linkNote) {}

  /** A document inside a stored file (a pack's agenda, minutes or report); snippet is set for search hits. */
  public record PartHit(long id, String file, int ordinal, String kind, Integer firstPage, Integer lastPage, String title,
      String reportNumber, String snippet) {}

  /**
   * An Action-column entry, or an owner of a row of an action table printed in the minutes: who (as
   * printed, and the person resolved, or null), what it is beside (for a row, its action), the
   * decision it belongs to, if any, and when it is due, where the decision (or the row) says.
   *
   * @param logRow the action-log row's id, or null for an Action-column entry
   * @param ref the row's ref ("Dec22.02"), or null
   * @param update the row's UPDATE cell, or null for an Action-column entry
   * @param later the later meetings' rows that carry the row on, in date order
   */
  public record ActionHit(String initials, long meetingId, String date, String body, String itemNumber, String itemTitle,
      String beside, String decision, Integer page, String owner, String dueDate, String dueText, Long logRow, String ref,
      String update, List<LogUpdate> later) {
    ActionHit withLater(List<LogUpdate> rows) {
      return new ActionHit(initials, meetingId, date, body, itemNumber, itemTitle, beside, decision, page, owner, dueDate, dueText,
          logRow, ref, update, rows);
    }
  }

  /** A later meeting's row of an action table that carries an earlier row on (same body, same ref). */
  public record LogUpdate(String date, long meetingId, String itemNumber, String ref, String update, Integer page) {}

  /** A row of an action table printed in an item, with the later meetings' rows that carry it on. */
  public record LogRowHit(long id, String ref, String action, List<String> owners, String update, String due, Integer page,
      List<LogUpdate> later) {}

  /** A person's record across the archive. */
  public record PersonSummary(String name, int present, int apologies, int substitute, int virtual, int absent, List<String> roles,
      String firstSeen, String lastSeen, int actions) {}

  /**
   * One person's record: the bodies they are recorded at, the other ways their name was printed
   * there, attendance (absent: the meetings that printed them as absent), roles over time, the
   * Action entries resolved to them, and their votes in recorded divisions.
   */
  public record PersonRecord(String name, List<String> bodies, List<String> alsoPrintedAs, int attended, int apologies,
      int absent, List<RoleSpan> roles, List<PersonMeeting> meetings, List<OwnedAction> actions, List<Mention> mentions,
      List<PersonVote> votes) {}

  /**
   * A person's vote in a recorded division: where, on what (the division's motion, or the
   * decision's text), how ("for", "against", "abstain" or "absent"), the outcome in lower case (or
   * null), the name as the vote printed it, and the decision when it was a decision's own vote.
   */
  public record PersonVote(String date, String body, long meetingId, String itemNumber, String motion, String vote, String result,
      String printedAs, Long decisionId) {}

  /** An item that names a person, and how it printed the name ("Cllr Doe", "the Chairman (Councillor Kate Doe)"). */
  public record Mention(String date, String body, String itemNumber, String itemTitle, List<String> printedAs, long meetingId) {}

  /** A role (or position) a person held, from the first to the last meeting it is recorded at. */
  public record RoleSpan(String role, String from, String to) {}

  /** An Action entry resolved to a person, with the decision it belongs to. */
  public record OwnedAction(String date, String body, String itemNumber, String initials, String evidence, String decision,
      long decisionId) {}

  /** One meeting a person is recorded at. */
  public record PersonMeeting(long meetingId, String date, String body, String list, String role, String position) {}

  /** Counts over the archive. */
  public record Stats(int schemaVersion, int documents, int refused, int meetings, int items, int decisions, int actionEntries,
      int people, int bodies, String firstDate, String lastDate, long bytes, int parts, int reports, int followUps,
      int followUpsLinked) {}

  /** A document that was refused, with its reason. */
  public record RefusedDocument(String path, String reason, String detail) {}

  /**
   * A stored document some of whose pages were read by OCR, how sure the OCR was, and how many of
   * its item headings, decisions and names OCR was unsure of (under {@link
   * org.minutebook.model.Ocr#LOW_CONFIDENCE}).
   */
  public record OcrDocument(String path, org.minutebook.model.Ocr ocr, int toProofread) {}

  /**
   * The self-checks of one body's documents: which bodies a backfill should look at.
   *
   * @param body the body, as its first document names it
   * @param documents the documents holding its minutes
   * @param unchecked those stored before the checks (read them again with {@code ingest --reparse})
   * @param medianItemShare the median share of a document's minutes lines inside an item, or null
   * @param looseDecisionWords documents with lines holding decision words outside every decision
   * @param medianLooseLines the median number of such lines in a document, or null
   * @param numberingGaps documents with gaps in their item numbering
   * @param numberingRepeats documents with repeated (or backward) item numbers
   * @param dated documents whose file name gives a date to compare
   * @param dateDisagrees those whose meetings have none of its dates
   */
  public record BodyCheck(String body, int documents, int unchecked, Double medianItemShare, int looseDecisionWords,
      Double medianLooseLines, int numberingGaps, int numberingRepeats, int dated, int dateDisagrees) {}
}
