package org.minutebook.ingest.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minutebook.ingest.people.PersonWords;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.QueryResults.ActionHit;
import org.minutebook.ingest.store.QueryResults.LogRowHit;
import org.minutebook.ingest.store.QueryResults.LogUpdate;

/**
 * Who must do what, for {@code actions}: the Action-column entries and the rows of the action
 * tables printed in the minutes, one hit per owner, newest meeting first; each action-log row with
 * the later meetings' rows that carry it on (linked by the link stage, see
 * {@code link.ActionLogThreads}).
 */
final class ActionQuery {
  private final ArchiveQueries q;

  ActionQuery(ArchiveQueries q) {
    this.q = q;
  }

  /** The columns both halves select, then the keys they sort by. */
  private static final String ENTRIES = "SELECT a.initials, m.id, m.date, m.body, i.number, i.title, a.beside, d.text, a.page,"
      + " w.name, d.deadline_date, d.deadline_text, NULL, NULL, NULL, m.date AS sd, m.id AS sm, i.ordinal AS si, 0 AS sk,"
      + " a.row_ordinal AS sr, a.ordinal AS so"
      + " FROM action_entries a JOIN items i ON i.id = a.item_id JOIN meetings m ON m.id = i.meeting_id"
      + " LEFT JOIN owners w ON w.id = a.owner_id LEFT JOIN decisions d ON d.id = a.decision_id WHERE ";

  /** A row's k-th owner is the k-th person resolved for it, when that person has the same initials. */
  private String log() {
    return "SELECT coalesce(j.value, ''), m.id, m.date, m.body, i.number, i.title, l.action, NULL, l.page,"
        + " w.name, NULL, l.due, l.ref, l.update_text, l.id, m.date, m.id, i.ordinal, 1, l.ordinal, coalesce(j.key, 0)"
        + " FROM action_log l JOIN items i ON i.id = l.item_id JOIN meetings m ON m.id = i.meeting_id "
        + q.dialect().leftJoinJsonElements("l.owner", "j")
        + " LEFT JOIN action_log_owners o ON o.entry_id = l.id AND o.ordinal = j.key AND o.initials = j.value"
        + " LEFT JOIN owners w ON w.id = o.owner_id WHERE ";
  }

  /**
   * The entries and rows of one owner (null: anyone), optionally only those whose text matches
   * match, an FTS5 expression already checked ({@link FullTextQuery}): an entry matches by the
   * text beside it or by its decision's text, a row by its action.
   */
  List<ActionHit> run(String owner, String match, Filter f, int limit) throws ArchiveException {
    StringBuilder sql = new StringBuilder("SELECT * FROM (").append(ENTRIES).append(q.where(f, "m"));
    List<Object> params = new ArrayList<>(ArchiveQueries.params(f));
    boolean byOwner = owner != null && !owner.isBlank();
    String person = byOwner ? PersonQuery.key(PersonWords.stripHonorific(owner)) : null;
    if (byOwner) {
      // initials as printed, or the person they were resolved to
      sql.append(" AND (" + q.dialect().equalsIgnoreCase("a.initials") + " OR " + q.dialect().equalsIgnoreCase("w.name") + ")");
      params.add(owner.strip());
      params.add(person);
    }
    if (match != null) {
      indexTexts();
      TextSearch text = q.dialect().text();
      sql.append(" AND (a.decision_id IN (" + text.matchingIds(FullTextQuery.Index.DECISIONS) + ")"
          + " OR " + text.actionTextMatch(false) + ")");
      params.add(match);
      params.add(match);
    }
    sql.append(" UNION ALL ").append(log()).append(q.where(f, "m"));
    params.addAll(ArchiveQueries.params(f));
    if (byOwner) {
      sql.append(" AND (" + q.dialect().equalsIgnoreCase("j.value") + " OR " + q.dialect().equalsIgnoreCase("w.name") + ")");
      params.add(owner.strip());
      params.add(person);
    }
    if (match != null) {
      sql.append(" AND " + q.dialect().text().actionTextMatch(true));
      params.add(match);
    }
    sql.append(") hits ORDER BY sd DESC, sm, si, sk, sr, so LIMIT ?");
    params.add(limit);
    List<ActionHit> hits = q.query("list actions", sql.toString(), params, r -> {
      long id = r.getLong(15);
      Long logId = r.wasNull() ? null : id;
      return new ActionHit(r.getString(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
          r.getString(7), r.getString(8), (Integer) r.getObject(9), r.getString(10), r.getString(11), r.getString(12),
          logId, r.getString(13), r.getString(14), List.of());
    });
    Map<Long, List<LogUpdate>> later = later(hits.stream().map(ActionHit::logRow).filter(id -> id != null).distinct().toList());
    List<ActionHit> out = new ArrayList<>();
    for (ActionHit h : hits) {
      out.add(h.logRow() == null ? h : h.withLater(later.getOrDefault(h.logRow(), List.of())));
    }
    return out;
  }

  /** Readies the match of the short texts of actions, which the archive does not index (see {@link TextSearch}). */
  private void indexTexts() throws ArchiveException {
    try {
      q.dialect().text().prepareActionTexts(q.connection());
    } catch (SQLException e) {
      throw q.archive().failure("index the texts of actions", e);
    }
  }

  /** The action-log rows of an item, in printed order, each with the later rows that carry it on. */
  List<LogRowHit> ofItem(long itemId) throws ArchiveException {
    List<LogRowHit> rows = q.query("read an item's action log", "SELECT id, ref, action, owner, update_text, due, page"
        + " FROM action_log WHERE item_id = ? ORDER BY ordinal", List.of(itemId), r -> new LogRowHit(r.getLong(1), r.getString(2),
            r.getString(3), Json.strings(r.getString(4)), r.getString(5), r.getString(6), (Integer) r.getObject(7), List.of()));
    Map<Long, List<LogUpdate>> later = later(rows.stream().map(LogRowHit::id).toList());
    return rows.stream().map(r -> new LogRowHit(r.id(), r.ref(), r.action(), r.owners(), r.update(), r.due(), r.page(),
        later.getOrDefault(r.id(), List.of()))).toList();
  }

  /**
   * For each row, the rows of the body's later primary meetings that carry it on, in date order:
   * the one linked to it, the one linked to that, and so on.
   */
  private Map<Long, List<LogUpdate>> later(List<Long> rowIds) throws ArchiveException {
    Map<Long, List<LogUpdate>> out = new HashMap<>();
    if (rowIds.isEmpty()) {
      return out;
    }
    String marks = String.join(", ", java.util.Collections.nCopies(rowIds.size(), "?"));
    String sql = "WITH RECURSIVE thread (origin, id) AS (SELECT l.id, l.id FROM action_log l WHERE l.id IN (" + marks + ")"
        + " UNION SELECT t.origin, n.id FROM thread t JOIN action_log n ON n.follows = t.id)"
        + " SELECT t.origin, m.date, m.id, i.number, n.ref, n.update_text, n.page FROM thread t JOIN action_log n ON n.id = t.id"
        + " JOIN items i ON i.id = n.item_id JOIN meetings m ON m.id = i.meeting_id"
        + " WHERE t.id <> t.origin AND m.is_primary = 1 ORDER BY t.origin, m.date, i.ordinal, n.ordinal";
    q.query("read carried-on action-log rows", sql, new ArrayList<>(rowIds), r -> out.computeIfAbsent(r.getLong(1),
        k -> new ArrayList<>()).add(new LogUpdate(r.getString(2), r.getLong(3), r.getString(4), r.getString(5), r.getString(6),
            (Integer) r.getObject(7))));
    return out;
  }
}
