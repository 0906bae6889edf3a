package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.minutebook.ingest.store.QueryResults.ActionHit;
import org.minutebook.ingest.store.QueryResults.BodyCheck;
import org.minutebook.ingest.store.QueryResults.DecisionHit;
import org.minutebook.ingest.store.QueryResults.DecisionDetail;
import org.minutebook.ingest.store.QueryResults.MeetingSource;
import org.minutebook.ingest.store.QueryResults.PartHit;
import org.minutebook.ingest.store.QueryResults.MeetingSummary;
import org.minutebook.ingest.store.QueryResults.OcrDocument;
import org.minutebook.ingest.store.QueryResults.PersonMeeting;
import org.minutebook.ingest.store.QueryResults.PersonRecord;
import org.minutebook.ingest.store.QueryResults.PersonSummary;
import org.minutebook.ingest.store.QueryResults.RefusedDocument;
import org.minutebook.ingest.store.QueryResults.SearchHit;
import org.minutebook.ingest.store.QueryResults.Stats;
import org.minutebook.model.Meeting;
import org.minutebook.model.Ocr;

/**
 * Read-only questions to the archive. Every method takes plain values and returns records; none
 * writes. A {@link Filter} narrows by body (case-insensitive, any part of the name) and by date.
 */
public final class ArchiveQueries {
  /** Which meetings a query looks at; null fields do not narrow. */
  public record Filter(String body, LocalDate from, LocalDate to) {
    public static Filter all() {
      return new Filter(null, null, null);
    }
  }

  private final Archive archive;
  private final Connection c;
  private final Dialect dialect;

  Dialect dialect() {
    return dialect;
  }

  /** Which engine holds the archive ("SQLite", "PostgreSQL"). */
  public String engine() {
    return dialect.engine();
  }

  Connection connection() {
    return c;
  }

  Archive archive() {
    return archive;
  }

  public ArchiveQueries(Archive archive) {
    this.archive = archive;
    this.c = archive.connection();
    this.dialect = archive.dialect();
  }

  /**
   * How far back "the minutes of the previous meeting" may reach: a body's next archived meeting
   * further away than this is not its previous meeting (the ones between are missing).
   */
  static final int PREVIOUS_MEETING_DAYS = 190;

  /**
   * Meetings in date order, one per meeting however many files it was read from, each with whether
   * a later meeting of its body approved its minutes, and when: the first later meeting that
   * approved minutes of its date, or that approved "the previous meeting's" minutes and is the
   * next meeting of the body.
   */
  /** The date of the first later meeting of m's body that approved m's minutes (a scalar subquery on alias m). */
  private String approvedBy() {
    return "(SELECT a.date FROM meetings a WHERE a.is_primary = 1 AND a.body_key = m.body_key"
        + " AND a.date > m.date AND a.approves = 1 AND (EXISTS (SELECT 1 FROM " + dialect.jsonElements("a.approves_dates", "j")
        + " WHERE j.value = m.date)"
        + " OR a.approves_dates = '[]' AND " + dialect.daysBetween("a.date", "m.date") + " <= " + PREVIOUS_MEETING_DAYS
        + " AND NOT EXISTS (SELECT 1 FROM meetings b"
        + " WHERE b.is_primary = 1 AND b.body_key = m.body_key AND b.date > m.date AND b.date < a.date)) ORDER BY a.date LIMIT 1)";
  }

  /** When a later meeting in the archive approved this meeting's minutes, if one did. */
  public Optional<String> approvedOn(long meetingId) throws ArchiveException {
    List<String> on = query("read an approval", "SELECT " + approvedBy() + " FROM meetings m WHERE m.id = ?", List.of(meetingId),
        r -> r.getString(1));
    return on.isEmpty() ? Optional.empty() : Optional.ofNullable(on.get(0));
  }

  public List<MeetingSummary> meetings(Filter f) throws ArchiveException {
    String sql = "SELECT m.id, m.date, m.body, m.start_time, m.end_time, m.venue,"
        + " (SELECT count(*) FROM items i WHERE i.meeting_id = m.id),"
        + " (SELECT count(*) FROM decisions d JOIN items i ON i.id = d.item_id WHERE i.meeting_id = m.id),"
        + " doc.file_name, " + approvedBy() + ","
        + " (SELECT count(DISTINCT s.document_id) FROM meetings s WHERE s.body_key = m.body_key AND s.date = m.date),"
        + " CASE WHEN EXISTS (SELECT 1 FROM meetings l WHERE l.is_primary = 1 AND l.body_key = m.body_key AND l.date > m.date)"
        + " THEN 1 ELSE 0 END"
        + " FROM meetings m JOIN documents doc ON doc.id = m.document_id WHERE " + where(f, "m")
        + " ORDER BY m.date, m.body, m.id";
    return query("list meetings", sql, params(f), r -> new MeetingSummary(r.getLong(1), r.getString(2), r.getString(3),
        r.getString(4), r.getString(5), r.getString(6), r.getInt(7), r.getInt(8), r.getString(9), r.getString(10) != null,
        r.getString(10), r.getInt(11), r.getInt(12) == 1));
  }

  /** The files a meeting was read from: the primary one first. */
  public List<MeetingSource> sources(long meetingId) throws ArchiveException {
    String sql = "SELECT s.id, doc.file_name, doc.path, s.first_page, s.last_page, s.is_primary FROM meetings m"
        + " JOIN meetings s ON s.body_key = m.body_key AND s.date = m.date JOIN documents doc ON doc.id = s.document_id"
        + " WHERE m.id = ? ORDER BY s.is_primary DESC, s.id";
    return query("list a meeting's sources", sql, List.of(meetingId), r -> new MeetingSource(r.getLong(1), r.getString(2),
        r.getString(3), (Integer) r.getObject(4), (Integer) r.getObject(5), r.getInt(6) == 1));
  }

  /** The meeting with this id, rebuilt in full. */
  public Optional<Meeting> meeting(long id) throws ArchiveException {
    try {
      return Optional.ofNullable(new MeetingReader(c).read(id));
    } catch (SQLException e) {
      throw archive.failure("read a meeting", e);
    }
  }

  /** Ids of the meetings held on a date, optionally of a body (any part of its name). */
  public List<Long> meetingIds(LocalDate date, String body) throws ArchiveException {
    return query("find meetings", "SELECT m.id FROM meetings m WHERE " + where(new Filter(body, date, date), "m") + " ORDER BY m.id",
        params(new Filter(body, date, date)), r -> r.getLong(1));
  }

  /** Meetings matching the filter, rebuilt in full, in date order (for export). */
  public List<Meeting> export(Filter f) throws ArchiveException {
    List<Meeting> out = new ArrayList<>();
    for (MeetingSummary s : meetings(f)) {
      meeting(s.id()).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Items matching a full-text query, best first by bm25 (a title weighs four times the text).
   *
   * <p>Scoring every match of a common word in a large archive takes longer than a user should
   * wait, so ranking is bounded:
   *
   * <ul>
   *   <li>a filter that leaves a small share of the meetings is searched through their items: these
   *       go into a temporary table that the index scan checks each match against, and the
   *       {@value SearchQuery#CANDIDATES} most recently stored survivors are ranked;
   *   <li>otherwise the {@value SearchQuery#CANDIDATES} most recently stored matches are ranked, those failing
   *       the filter dropped, and the window widened while too few remain.
   * </ul>
   */
  public List<SearchHit> search(String query, Filter f, int limit) throws ArchiveException, QuerySyntaxException {
    return dialect.text().searchItems(this, match(FullTextQuery.Index.ITEMS, query), f, limit);
  }

  /** Decisions, optionally matching a full-text query and having an Action entry, newest first. */
  public List<DecisionHit> decisions(String text, String action, Filter f, int limit) throws ArchiveException,
      QuerySyntaxException {
    return decisions(new DecisionQuery.Criteria(text, action, null, null), f, limit);
  }

  /**
   * Decisions meeting the criteria (a full-text query, an Action entry, a kind, a mover: each
   * narrows where given), newest first, each with its follow-ups in date order.
   */
  public List<DecisionHit> decisions(DecisionQuery.Criteria criteria, Filter f, int limit) throws ArchiveException,
      QuerySyntaxException {
    return new DecisionQuery(this).list(criteria, f, limit);
  }

  /**
   * One decision in full: where it was taken, its parts, owners, vote and how it was put, what
   * later reports said became of it (in date order), and the action-log rows of its item.
   */
  public Optional<DecisionDetail> decision(long id) throws ArchiveException {
    return new DecisionQuery(this).detail(id);
  }

  /** The action-log rows of an item, in printed order, each with the later rows that carry it on. */
  List<QueryResults.LogRowHit> actionLog(long itemId) throws ArchiveException {
    return new ActionQuery(this).ofItem(itemId);
  }

  /** The columns a {@link PartHit} is read from, then its snippet. */
  private static final String PART_COLUMNS = "p.id, doc.file_name, p.ordinal, p.kind, p.first_page, p.last_page, p.title,"
      + " p.report_number";

  private static PartHit partHit(ResultSet r, String snippet) throws SQLException {
    return new PartHit(r.getLong(1), r.getString(2), r.getInt(3), r.getString(4), (Integer) r.getObject(5),
        (Integer) r.getObject(6), r.getString(7), r.getString(8), snippet);
  }

  /** Documents of the archive's files (a pack's agenda, minutes and reports), in file order. */
  public List<PartHit> documents(String kind, int limit) throws ArchiveException {
    String sql = "SELECT " + PART_COLUMNS + " FROM document_parts p JOIN documents doc ON doc.id = p.document_id WHERE (? IS NULL OR p.kind = upper(?))"
        + " ORDER BY doc.file_name, doc.id, p.ordinal LIMIT ?";
    List<Object> params = new ArrayList<>();
    params.add(nullable(kind));
    params.add(nullable(kind));
    params.add(limit);
    return query("list documents", sql, params, r -> partHit(r, null));
  }

  /**
   * Reports, agendas and other documents (not minutes, whose items {@link #search} finds) matching a
   * full-text query, best first. A document has no body or date of its own: the filter keeps the
   * documents of files holding a meeting it keeps (a pack's reports go with its minutes), so a
   * filter leaves out files without minutes.
   */
  public List<PartHit> searchDocuments(String query, Filter f, int limit) throws ArchiveException, QuerySyntaxException {
    String match = match(FullTextQuery.Index.DOCUMENT_PARTS, query);
    boolean filtered = f.body() != null || f.from() != null || f.to() != null;
    List<Object> params = new ArrayList<>();
    params.add(match);
    String scope = "";
    if (filtered) {
      // any of the file's meetings, primary or not: a pack read second is still that meeting's pack
      scope = " AND EXISTS (SELECT 1 FROM meetings m WHERE m.document_id = p.document_id AND (? IS NULL OR "
          + dialect.containsIgnoreCase("m.body") + ")"
          + " AND (? IS NULL OR m.date >= ?) AND (? IS NULL OR m.date <= ?))";
      params.addAll(params(f));
    }
    params.add(limit);
    String sql = dialect.text().rankedParts(PART_COLUMNS, scope);
    return query("search documents", sql, params, r -> partHit(r, r.getString(9)));
  }

  /** How many rows of a group meet a condition. */
  static String count(String condition) {
    return "sum(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
  }

  /** A null that JDBC binds as SQL NULL (List.of refuses nulls). */
  static Object nullable(String s) {
    return s == null ? Rows.NULL : s;
  }

  /**
   * Action-column entries and the owners of action-log rows, optionally of one owner's initials
   * or person, newest meeting first; each action-log row with the later rows that carry it on.
   */
  public List<ActionHit> actions(String owner, Filter f, int limit) throws ArchiveException {
    return new ActionQuery(this).run(owner, null, f, limit);
  }

  /**
   * {@link #actions(String, Filter, int)}, only those matching a full-text query (null: all): an
   * Action entry by the text beside it or its decision's text, an action-log row by its action.
   */
  public List<ActionHit> actions(String owner, String text, Filter f, int limit) throws ArchiveException, QuerySyntaxException {
    String match = text == null || text.isBlank() ? null : match(FullTextQuery.Index.DECISIONS, text);
    return new ActionQuery(this).run(owner, match, f, limit);
  }

  /**
   * People with their attendance, apologies, absences and roles; name narrows to names containing it. The
   * action count is of Action entries resolved to the person.
   */
  public List<PersonSummary> people(String name, int limit) throws ArchiveException {
    String sql = "SELECT p.id, p.name,"
        + " " + count("a.list IN ('present', 'alsoPresent')") + ", " + count("a.list = 'apologies'") + ", "
        + count("a.list = 'substitutes'") + ", " + count("a.list = 'virtual'") + ","
        + " " + dialect.joinDistinct("a.role") + ", min(m.date), max(m.date), " + count("a.list = 'absent'")
        + " FROM people p JOIN attendance a ON a.person_id = p.id JOIN meetings m ON m.id = a.meeting_id"
        + " WHERE (? IS NULL OR p.key LIKE '%' || lower(?) || '%') GROUP BY p.id, p.name ORDER BY p.name LIMIT ?";
    List<Object> params = new ArrayList<>();
    params.add(name);
    params.add(name);
    params.add(limit);
    List<Object[]> rows = query("list people", sql, params, r -> new Object[] {r.getLong(1), r.getString(2), r.getInt(3),
        r.getInt(4), r.getInt(5), r.getInt(6), r.getString(7), r.getString(8), r.getString(9), r.getInt(10)});
    List<PersonSummary> out = new ArrayList<>();
    for (Object[] row : rows) {
      // in name order: the aggregate's own order is the engine's
      List<String> roles = row[6] == null ? List.of() : Stream.of(((String) row[6]).split(",")).sorted().toList();
      out.add(new PersonSummary((String) row[1], (Integer) row[2], (Integer) row[3], (Integer) row[4], (Integer) row[5],
          (Integer) row[9], roles, (String) row[7], (String) row[8], actionsOf((String) row[1])));
    }
    return out;
  }

  /**
   * A person's record across the archive, their short forms ("Cllr Doe") included: one record per
   * set of bodies the evidence joins (see {@link PersonQuery}); none when the name is unknown.
   */
  public List<PersonRecord> person(String name) throws ArchiveException {
    return new PersonQuery(this).run(name);
  }

  /** The meetings a person (exact name, any case) is recorded at, in date order. */
  public List<PersonMeeting> personMeetings(String name) throws ArchiveException {
    String sql = "SELECT m.id, m.date, m.body, a.list, a.role, a.position FROM attendance a JOIN people p ON p.id = a.person_id"
        + " JOIN meetings m ON m.id = a.meeting_id WHERE m.is_primary = 1 AND p.key = ? ORDER BY m.date, m.id";
    return query("list a person's meetings", sql, List.of(PersonQuery.key(name)),
        r -> new PersonMeeting(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)));
  }

  /** How many Action entries were resolved to this name (at primary meetings). */
  private int actionsOf(String name) throws ArchiveException {
    String sql = "SELECT count(*) FROM decision_owners o JOIN owners w ON w.id = o.owner_id JOIN decisions d ON d.id = o.decision_id"
        + " JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id WHERE m.is_primary = 1 AND " + dialect.equalsIgnoreCase("w.name");
    return query("count actions", sql, List.of(name), r -> r.getInt(1)).get(0);
  }

  /** Documents the archive refused, with their reasons. */
  public List<RefusedDocument> refused() throws ArchiveException {
    return query("list refused documents", "SELECT path, refusal_reason, refusal_detail FROM documents WHERE status = 'REFUSED' ORDER BY path",
        List.of(), r -> new RefusedDocument(r.getString(1), r.getString(2), r.getString(3)));
  }

  /** The documents read (in part) by OCR, the least sure first: what to proofread. */
  public List<OcrDocument> ocrDocuments() throws ArchiveException {
    String low = " < " + Ocr.LOW_CONFIDENCE;
    return query("list documents read by OCR", "SELECT path, ocr_pages, ocr_words, ocr_confidence, ocr_seconds,"
        + " (SELECT count(*) FROM meetings m JOIN items i ON i.meeting_id = m.id WHERE m.document_id = d.id AND i.ocr_confidence" + low + ")"
        + " + (SELECT count(*) FROM meetings m JOIN items i ON i.meeting_id = m.id JOIN decisions x ON x.item_id = i.id"
        + " WHERE m.document_id = d.id AND x.ocr_confidence" + low + ")"
        + " + (SELECT count(*) FROM meetings m JOIN attendance a ON a.meeting_id = m.id WHERE m.document_id = d.id"
        + " AND a.ocr_confidence" + low + ")"
        + " FROM documents d WHERE ocr_pages IS NOT NULL ORDER BY ocr_confidence, path", List.of(),
        r -> new OcrDocument(r.getString(1), new Ocr(r.getInt(2), r.getInt(3), r.getDouble(4), r.getDouble(5)), r.getInt(6)));
  }

  /** The self-checks of the documents summarised per body, by body name (see {@link SelfCheckQuery}). */
  public List<BodyCheck> bodyChecks() throws ArchiveException {
    return new SelfCheckQuery(this).run();
  }

  public Stats stats() throws ArchiveException {
    String sql = "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE status = 'REFUSED'),"
        + " (SELECT count(*) FROM meetings), (SELECT count(*) FROM items), (SELECT count(*) FROM decisions),"
        + " (SELECT count(*) FROM action_entries), (SELECT count(*) FROM people),"
        + " (SELECT count(DISTINCT " + dialect.foldCase("body") + ") FROM meetings), (SELECT min(date) FROM meetings), (SELECT max(date) FROM meetings),"
        + " (SELECT count(*) FROM document_parts), (SELECT count(*) FROM document_parts WHERE kind = 'REPORT'),"
        + " (SELECT count(*) FROM follow_ups), (SELECT count(*) FROM follow_ups WHERE decision_id IS NOT NULL)";
    final long size = dialect.bytes(c);
    return query("count", sql, List.of(), r -> new Stats(dialect.schemaVersion(), r.getInt(1), r.getInt(2), r.getInt(3),
        r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8), r.getString(9), r.getString(10), size, r.getInt(11),
        r.getInt(12), r.getInt(13), r.getInt(14))).get(0);
  }

  /** The user's words checked as a MATCH expression for index (see {@link FullTextQuery}). */
  String match(FullTextQuery.Index index, String query) throws ArchiveException, QuerySyntaxException {
    try {
      return dialect.text().checked(c, index, query);
    } catch (SQLException e) {
      throw archive.failure("check a search query", e);
    }
  }

  /**
   * The filter on meetings (alias m) as a condition naming only the bounds given, the meeting's
   * date read from dateColumn, their values added to params: the same meetings as {@link #where},
   * whose "? IS NULL OR" form keeps any bound from narrowing an index scan.
   */
  String given(Filter f, String dateColumn, List<Object> params) {
    return given(dialect, f, dateColumn, params);
  }

  /** {@link #given(Filter, String, List)} in a dialect. */
  static String given(Dialect dialect, Filter f, String dateColumn, List<Object> params) {
    StringBuilder sql = new StringBuilder("m.is_primary = 1");
    if (f.body() != null) {
      sql.append(" AND ").append(dialect.containsIgnoreCase("m.body"));
      params.add(f.body());
    }
    if (f.from() != null) {
      sql.append(" AND ").append(dateColumn).append(" >= ?");
      params.add(f.from().toString());
    }
    if (f.to() != null) {
      sql.append(" AND ").append(dateColumn).append(" <= ?");
      params.add(f.to().toString());
    }
    return sql.toString();
  }

  String where(Filter f, String m) {
    return m + ".is_primary = 1 AND (? IS NULL OR " + dialect.containsIgnoreCase(m + ".body") + ") AND (? IS NULL OR " + m + ".date >= ?) AND (? IS NULL OR "
        + m + ".date <= ?)";
  }

  static List<Object> params(Filter f) {
    List<Object> p = new ArrayList<>();
    String from = f.from() == null ? null : f.from().toString();
    String to = f.to() == null ? null : f.to().toString();
    p.add(f.body());
    p.add(f.body());
    p.add(from);
    p.add(from);
    p.add(to);
    p.add(to);
    return p;
  }

  <T> List<T> query(String what, String sql, List<Object> params, Rows.Reader<T> row) throws ArchiveException {
    try {
      return Rows.list(c, sql, params, row);
    } catch (SQLException e) {
      throw archive.failure(what, e);
    }
  }
}
