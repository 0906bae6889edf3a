package org.minutebook.ingest.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.minutebook.ingest.people.PersonWords;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.QueryResults.DecisionDetail;
import org.minutebook.ingest.store.QueryResults.DecisionHit;
import org.minutebook.ingest.store.QueryResults.FollowUpHit;
import org.minutebook.ingest.store.QueryResults.OwnerHit;
import org.minutebook.model.Tally;

/** Decisions for {@code decisions} and {@code decision show}: listed by criteria, or one in full. */
public final class DecisionQuery {
  /**
   * What a listing narrows by; null (or blank) fields do not narrow.
   *
   * @param text a full-text query on the decision's text
   * @param action initials of an Action entry beside it
   * @param kind RESOLVED, AGREED or MOTION (any case)
   * @param mover who moved it, as printed, honorific ignored ("Elton", "Trustee Elton", "SH")
   */
  public record Criteria(String text, String action, String kind, String mover) {}

  /** The columns a {@link DecisionHit} is read from (aliases d, i, m), before any others. */
  private static final String COLUMNS = "d.id, m.id, m.date, m.body, i.number, i.title, d.kind, d.text, d.actions, d.page,"
      + " d.mover, d.seconder, d.result, d.tally_for, d.tally_against, d.tally_abstain, d.ocr_confidence";
  private static final int AFTER_COLUMNS = 18;

  private final ArchiveQueries q;

  DecisionQuery(ArchiveQueries q) {
    this.q = q;
  }

  /**
   * The most decisions a text or an Action criterion may select and still be read first, each
   * then looked up and all sorted by date. A criterion selecting more is instead checked against
   * the decisions read newest first from the date index, which stops at the limit: a common word
   * (one decision in three) reaches 100 hits within a few hundred index entries, where reading
   * and sorting its every decision grows with the archive. Between the two, the date index loses:
   * a word in one decision of twenty, used mostly in older minutes, was checked against 37,000
   * decisions for its 100 (at 10,000 meetings on PostgreSQL, 44 ms, where its 1,111 decisions read
   * first take 6 ms); at 1,000 the p95 of decisions --text was 43 ms there, at 5,000 it is 12 ms.
   */
  static final int FEW = 5000;

  List<DecisionHit> list(Criteria c, Filter f, int limit) throws ArchiveException, QuerySyntaxException {
    String match = given(c.text()) ? q.match(FullTextQuery.Index.DECISIONS, c.text()) : null;
    String action = given(c.action()) ? c.action().strip() : null;
    // a criterion selecting few decisions is read first, and the decisions looked up by id: on
    // either engine, whatever the planner would guess of a full-text query or of initials
    List<Long> matched = match == null ? null : fewIds(q.dialect().text().matchingIds(FullTextQuery.Index.DECISIONS), match);
    List<Long> actioned = action == null ? null : fewIds("SELECT decision_id FROM action_entries WHERE "
        + q.dialect().equalsIgnoreCase("initials") + " AND decision_id IS NOT NULL", action);
    if (matched != null && matched.isEmpty() || actioned != null && actioned.isEmpty()) {
      return List.of();
    }
    // a body or a mover narrows by an index of its own: the planner chooses among them
    boolean byDate = f.body() == null && !given(c.mover()) && (match == null || matched == null)
        && (action == null || actioned == null);
    // the newest ids first, from the decisions table alone where possible; then their details
    StringBuilder top = new StringBuilder("SELECT d.id FROM decisions d" + (byDate ? q.dialect().indexedBy("decisions_date") : "")
        + " JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id WHERE ");
    List<Object> params = new ArrayList<>();
    // only the bounds given, so that they bound the scan of the date index
    top.append(q.given(f, "d.meeting_date", params));
    if (matched != null) {
      top.append(" AND d.id IN (").append(ids(matched)).append(")");
    } else if (match != null) {
      top.append(" AND d.id IN (" + q.dialect().text().matchingIds(FullTextQuery.Index.DECISIONS) + ")");
      params.add(match);
    }
    if (actioned != null) {
      top.append(" AND d.id IN (").append(ids(actioned)).append(")");
    } else if (action != null) {
      top.append(" AND d.id IN (SELECT decision_id FROM action_entries WHERE " + q.dialect().equalsIgnoreCase("initials") + ")");
      params.add(action);
    }
    if (given(c.kind())) {
      top.append(" AND d.kind = ?");
      params.add(c.kind().strip().toUpperCase(Locale.ROOT));
    }
    if (given(c.mover())) {
      top.append(" AND " + q.dialect().equalsIgnoreCase("d.mover"));
      params.add(PersonWords.stripHonorific(c.mover().strip()).strip());
    }
    top.append(" ORDER BY d.meeting_date DESC, d.id LIMIT ?");
    params.add(limit);
    String sql = "SELECT " + COLUMNS + " FROM (" + top
        + ") t JOIN decisions d ON d.id = t.id JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id"
        + " ORDER BY d.meeting_date DESC, d.id";
    return withFollowUps(q.query("list decisions", sql, params, DecisionQuery::hit));
  }

  /**
   * The ids select (one parameter) selects when they are at most {@link #FEW}, else null; reads no
   * more than one past that.
   */
  private List<Long> fewIds(String select, String param) throws ArchiveException {
    List<Long> ids = q.query("list decisions", select + " LIMIT " + (FEW + 1), List.of(param), r -> r.getLong(1));
    return ids.size() <= FEW ? ids : null;
  }

  /** Ids as a list of SQL literals (numbers: nothing to quote). */
  private static String ids(List<Long> ids) {
    return String.join(", ", ids.stream().distinct().map(String::valueOf).toList());
  }

  private static boolean given(String s) {
    return s != null && !s.isBlank();
  }

  private static DecisionHit hit(ResultSet r) throws SQLException {
    Integer inFavour = (Integer) r.getObject(14);
    Integer against = (Integer) r.getObject(15);
    Integer abstain = (Integer) r.getObject(16);
    Tally tally = inFavour == null && against == null && abstain == null ? null : new Tally(inFavour, against, abstain);
    String result = r.getString(13);
    double confidence = r.getDouble(17);
    Double ocrConfidence = r.wasNull() ? null : confidence;
    return new DecisionHit(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
        r.getString(7), r.getString(8), Json.strings(r.getString(9)), (Integer) r.getObject(10), r.getString(11), r.getString(12),
        result == null ? null : result.toLowerCase(Locale.ROOT), tally, ocrConfidence, List.of());
  }

  /** The decisions with their follow-ups, each decision's in date order (undated last). */
  private List<DecisionHit> withFollowUps(List<DecisionHit> hits) throws ArchiveException {
    if (hits.isEmpty()) {
      return hits;
    }
    StringBuilder in = new StringBuilder();
    List<Object> ids = new ArrayList<>();
    for (DecisionHit h : hits) {
      in.append(in.length() == 0 ? "?" : ", ?");
      ids.add(h.id());
    }
    String sql = "SELECT u.decision_id, u.reported_on, doc.file_name, u.page, u.minute, u.meeting_date, u.title, u.resolution,"
        + " u.update_text, u.link_note FROM follow_ups u JOIN documents doc ON doc.id = u.document_id"
        + " WHERE u.decision_id IN (" + in + ") ORDER BY u.reported_on IS NULL, u.reported_on, u.id";
    Map<Long, List<FollowUpHit>> by = new HashMap<>();
    q.query("read follow-ups", sql, ids, r -> by.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new FollowUpHit(
        r.getString(2), r.getString(3), (Integer) r.getObject(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
        r.getString(9), r.getString(10))));
    List<DecisionHit> out = new ArrayList<>();
    for (DecisionHit h : hits) {
      out.add(h.withFollowUps(by.getOrDefault(h.id(), List.of())));
    }
    return out;
  }

  Optional<DecisionDetail> detail(long id) throws ArchiveException {
    String sql = "SELECT " + COLUMNS + ", doc.file_name, d.deadline_text, d.deadline_date, i.id,"
        + " d.vote_for, d.vote_against, d.vote_abstain, d.vote_absent, d.vote_result FROM decisions d JOIN items i ON i.id = d.item_id"
        + " JOIN meetings m ON m.id = i.meeting_id JOIN documents doc ON doc.id = m.document_id WHERE d.id = ?";
    int k = AFTER_COLUMNS;
    List<Object[]> found = q.query("read a decision", sql, List.of(id), r -> new Object[] {hit(r), r.getString(k),
        r.getString(k + 1), r.getString(k + 2), r.getLong(k + 3), MeetingReader.vote(r, k + 4)});
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Object[] d = found.get(0);
    List<String> parts = q.query("read a decision", "SELECT label, text FROM decision_parts WHERE decision_id = ? ORDER BY ordinal",
        List.of(id), r -> r.getString(1) + " " + r.getString(2));
    List<OwnerHit> owners = q.query("read a decision's owners", "SELECT o.initials, w.name, w.evidence, w.candidates"
        + " FROM decision_owners o JOIN owners w ON w.id = o.owner_id WHERE o.decision_id = ? ORDER BY o.ordinal", List.of(id),
        r -> new OwnerHit(r.getString(1), r.getString(2), r.getString(3), Json.strings(r.getString(4))));
    return Optional.of(new DecisionDetail(withFollowUps(List.of((DecisionHit) d[0])).get(0), (String) d[1], parts, owners,
        (String) d[2], (String) d[3], (org.minutebook.model.Vote) d[5], q.actionLog((Long) d[4])));
  }
}
