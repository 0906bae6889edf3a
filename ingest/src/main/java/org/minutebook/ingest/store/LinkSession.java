package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.minutebook.model.FollowUp;
import org.minutebook.model.OwnerEvidence;

/**
 * The archive as the link stage ({@code org.minutebook.ingest.link}) sees it: the meetings the
 * writes left pending, and narrow reads and writes of the rows it links. Only the SQL is here;
 * which file is primary, which person an entry is and which decision a row follows up are the
 * link stage's decisions.
 *
 * <p>A session lives inside one write transaction, opened by {@link Archive#link}; it must not be
 * used after that returns. Every method throws {@link ArchiveException} when the archive cannot
 * be read or written, and the transaction is then rolled back whole.
 */
public final class LinkSession {
  /** A meeting as its body's key and its date: what a write records as pending. */
  public record MeetingKey(String bodyKey, LocalDate date) {
    public MeetingKey {
      Objects.requireNonNull(bodyKey, "bodyKey");
      Objects.requireNonNull(date, "date");
    }
  }

  /** One file's rows of a meeting, with how much that file read of it. */
  public record Source(long documentId, long meetingId, int decisions, int items) {}

  /** An owner its own meeting left with no one (kind {@link OwnerEvidence#NOTHING}), at a meeting of a body. */
  public record OpenOwner(long ownerId, String initials, long meetingId, String bodyKey, LocalDate date) {}

  /** An owner with a name at another meeting of the same body, and the kind of evidence it rests on. */
  public record ResolvedOwner(String name, LocalDate date, OwnerEvidence kind) {}

  /** A matters-arising row not linked to a decision yet, with its body's key ("" when it names none). */
  public record OpenFollowUp(long id, String bodyKey, FollowUp row) {}

  /** A decision at a primary meeting, as a follow-up is matched against it. */
  public record DecisionText(long id, String itemNumber, String itemTitle, String text) {}

  /** An action-log row of a primary meeting, with the row it is linked as carrying on (or null). */
  public record LogRow(long id, LocalDate date, String ref, Long follows) {}

  private final Archive archive;
  private final Connection c;

  LinkSession(Archive archive, Connection c) {
    this.archive = archive;
    this.c = c;
  }

  /** The meetings whose links writes may have changed, by date. */
  public List<MeetingKey> pending() throws ArchiveException {
    return query("read pending links", "SELECT body_key, date FROM pending_links ORDER BY date, body_key", List.of(),
        r -> new MeetingKey(r.getString(1), LocalDate.parse(r.getString(2))));
  }

  /** Forgets these pending meetings: their links are done. */
  public void clear(Collection<MeetingKey> done) throws ArchiveException {
    for (MeetingKey k : done) {
      update("clear pending links", "DELETE FROM pending_links WHERE body_key = ? AND date = ?", k.bodyKey(), k.date().toString());
    }
  }

  /** The files' rows of one meeting, in the order they were stored. */
  public List<Source> sources(MeetingKey meeting) throws ArchiveException {
    String sql = "SELECT m.document_id, m.id,"
        + " (SELECT count(*) FROM decisions d JOIN items i ON i.id = d.item_id WHERE i.meeting_id = m.id),"
        + " (SELECT count(*) FROM items i WHERE i.meeting_id = m.id)"
        + " FROM meetings m WHERE m.body_key = ? AND m.date = ? ORDER BY m.id";
    return query("read a meeting's sources", sql, List.of(meeting.bodyKey(), meeting.date().toString()),
        r -> new Source(r.getLong(1), r.getLong(2), r.getInt(3), r.getInt(4)));
  }

  /** Makes one file's rows of a meeting the primary ones, and the other files' not. */
  public void setPrimary(MeetingKey meeting, long documentId) throws ArchiveException {
    update("mark the primary source", "UPDATE meetings SET is_primary = CASE WHEN document_id = ? THEN 1 ELSE 0 END WHERE body_key = ? AND date = ?",
        documentId, meeting.bodyKey(), meeting.date().toString());
  }

  /** The owners of kind {@link OwnerEvidence#NOTHING} at these bodies' meetings. */
  public List<OpenOwner> openOwners(Collection<String> bodyKeys) throws ArchiveException {
    if (bodyKeys.isEmpty()) {
      return List.of();
    }
    String sql = "SELECT w.id, w.initials, m.id, m.body_key, m.date FROM owners w JOIN items i ON i.id = w.item_id"
        + " JOIN meetings m ON m.id = i.meeting_id WHERE w.kind = ? AND m.body_key IN (" + marks(bodyKeys.size()) + ")"
        + " ORDER BY m.date, w.id";
    List<Object> params = new ArrayList<>();
    params.add(OwnerEvidence.NOTHING.code());
    params.addAll(bodyKeys);
    return query("read unresolved owners", sql, params,
        r -> new OpenOwner(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), LocalDate.parse(r.getString(5))));
  }

  /**
   * The owners with these initials that have a name, at the body's meetings from one date to
   * another (inclusive) other than the given meeting, nearest the owner's own date first.
   */
  public List<ResolvedOwner> resolvedOwners(OpenOwner of, LocalDate from, LocalDate to) throws ArchiveException {
    String sql = "SELECT w.name, m.date, w.kind FROM owners w JOIN items i ON i.id = w.item_id JOIN meetings m ON m.id = i.meeting_id"
        + " WHERE m.body_key = ? AND w.initials = ? AND w.name IS NOT NULL AND m.id <> ? AND m.date BETWEEN ? AND ?"
        + " ORDER BY abs(" + archive.dialect().daysBetween("m.date", "?") + "), m.date, w.id";
    return query("read resolved owners", sql, List.of(of.bodyKey(), of.initials(), of.meetingId(), from.toString(), to.toString(),
        of.date().toString()), r -> new ResolvedOwner(r.getString(1), LocalDate.parse(r.getString(2)),
        OwnerEvidence.ofCode(r.getString(3))));
  }

  /** Gives an owner its person, with the kind of evidence and the words for it. */
  public void resolveOwner(long ownerId, String name, OwnerEvidence kind, String evidence) throws ArchiveException {
    update("resolve an owner", "UPDATE owners SET name = ?, kind = ?, evidence = ?, candidates = '[]' WHERE id = ?", name,
        kind.code(), evidence, ownerId);
  }

  /** The follow-ups not linked to a decision that name one of these meeting dates, or no date. */
  public List<OpenFollowUp> openFollowUps(Collection<LocalDate> dates) throws ArchiveException {
    String sql = "SELECT id, body, body_key, minute, meeting_date, title, resolution, update_text, reported_on FROM follow_ups"
        + " WHERE decision_id IS NULL AND (meeting_date IS NULL"
        + (dates.isEmpty() ? "" : " OR meeting_date IN (" + marks(dates.size()) + ")") + ") ORDER BY id";
    List<Object> params = new ArrayList<>();
    dates.forEach(d -> params.add(d.toString()));
    return query("read unlinked follow-ups", sql, params, r -> new OpenFollowUp(r.getLong(1), r.getString(3),
        new FollowUp(r.getString(2), r.getString(4), date(r.getString(5)), r.getString(6), r.getString(7), r.getString(8),
            date(r.getString(9)), null)));
  }

  /** The decisions of the primary meetings on a date: of one body, or of any when bodyKey is null. */
  public List<DecisionText> decisionsOn(LocalDate date, String bodyKey) throws ArchiveException {
    List<Object> params = new ArrayList<>();
    params.add(date.toString());
    if (bodyKey != null) {
      params.add(bodyKey);
    }
    return decisions("m.date = ?" + (bodyKey == null ? "" : " AND m.body_key = ?"), params);
  }

  /** The decisions of the body's last primary meeting before a date. */
  public List<DecisionText> decisionsOfMeetingBefore(String bodyKey, LocalDate before) throws ArchiveException {
    return decisions("m.id = (SELECT x.id FROM meetings x WHERE x.is_primary = 1 AND x.body_key = ? AND x.date < ?"
        + " ORDER BY x.date DESC LIMIT 1)", List.of(bodyKey, before.toString()));
  }

  /** Links a follow-up to the decision it follows up, with a note on how when its minute number disagreed. */
  public void linkFollowUp(long followUpId, long decisionId, String note) throws ArchiveException {
    update("link a follow-up", "UPDATE follow_ups SET decision_id = ?, link_note = ? WHERE id = ?", decisionId, note, followUpId);
  }

  /** The action-log rows of a body's primary meetings, by meeting date, then in printed order. */
  public List<LogRow> actionLog(String bodyKey) throws ArchiveException {
    String sql = "SELECT l.id, m.date, l.ref, l.follows FROM action_log l JOIN items i ON i.id = l.item_id"
        + " JOIN meetings m ON m.id = i.meeting_id WHERE m.body_key = ? AND m.is_primary = 1 ORDER BY m.date, m.id, i.ordinal, l.ordinal";
    return query("read action logs", sql, List.of(bodyKey),
        r -> {
          long follows = r.getLong(4);
          Long earlier = r.wasNull() ? null : follows;
          return new LogRow(r.getLong(1), LocalDate.parse(r.getString(2)), r.getString(3), earlier);
        });
  }

  /** Links an action-log row as carrying on an earlier one (or, with null, as carrying none on). */
  public void setFollows(long rowId, Long earlierId) throws ArchiveException {
    update("link an action-log row", "UPDATE action_log SET follows = ? WHERE id = ?", earlierId == null ? Rows.NULL : earlierId, rowId);
  }

  /** Unlinks the action-log rows of the body's meetings read from a file that is not their primary one. */
  public void unlinkSecondaryActionLog(String bodyKey) throws ArchiveException {
    update("unlink action-log rows", "UPDATE action_log SET follows = NULL WHERE follows IS NOT NULL AND item_id IN"
        + " (SELECT i.id FROM items i JOIN meetings m ON m.id = i.meeting_id WHERE m.body_key = ? AND m.is_primary = 0)", bodyKey);
  }

  private List<DecisionText> decisions(String where, List<Object> params) throws ArchiveException {
    String sql = "SELECT d.id, i.number, i.title, d.text FROM decisions d JOIN items i ON i.id = d.item_id"
        + " JOIN meetings m ON m.id = i.meeting_id WHERE m.is_primary = 1 AND " + where + " ORDER BY d.id";
    return query("read decisions", sql, params, r -> new DecisionText(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private <T> List<T> query(String what, String sql, List<?> params, Rows.Reader<T> row) throws ArchiveException {
    try {
      return Rows.list(c, sql, params, row);
    } catch (SQLException e) {
      throw archive.failure(what, e);
    }
  }

  private void update(String what, String sql, Object... params) throws ArchiveException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Rows.bind(p, Arrays.asList(params));
      p.executeUpdate();
    } catch (SQLException e) {
      throw archive.failure(what, e);
    }
  }
}
