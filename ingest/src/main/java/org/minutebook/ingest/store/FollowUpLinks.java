package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.minutebook.ingest.link.FollowUpMatcher;
import org.minutebook.ingest.link.FollowUpMatcher.Candidate;
import org.minutebook.ingest.link.FollowUpMatcher.Match;
import org.minutebook.model.FollowUp;

/**
 * Links the follow-ups not yet linked to the decisions they follow up, with {@link
 * FollowUpMatcher}. The candidates are the decisions of the meeting the row names: the body's
 * meeting on that date (any body's, when the report names none or names it another way), or,
 * without a date, the body's last meeting before the report. Works inside the caller's transaction.
 */
final class FollowUpLinks {
  private final Connection c;
  private final FollowUpMatcher matcher = new FollowUpMatcher();

  FollowUpLinks(Connection c) {
    this.c = c;
  }

  /**
   * Links the unlinked follow-ups that the write of one document may have made linkable: its own,
   * and those naming a date on which a meeting was just written or removed (or naming no date at
   * all). The others cannot have changed, so a large archive is not rescanned on every write.
   */
  void relink(long documentId, Set<String> meetingDates) throws SQLException {
    List<Object[]> open = new ArrayList<>();
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < meetingDates.size(); i++) {
      in.append(i == 0 ? "?" : ", ?");
    }
    String sql = "SELECT id, body, body_key, minute, meeting_date, title, resolution, update_text, reported_on"
        + " FROM follow_ups WHERE decision_id IS NULL AND (document_id = ? OR meeting_date IS NULL"
        + (meetingDates.isEmpty() ? "" : " OR meeting_date IN (" + in + ")") + ")";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, documentId);
      int k = 2;
      for (String d : meetingDates) {
        p.setString(k++, d);
      }
      collect(p, open);
    }
    link(open);
  }

  private static void collect(PreparedStatement p, List<Object[]> open) throws SQLException {
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) {
        FollowUp f = new FollowUp(r.getString(2), r.getString(4), date(r.getString(5)), r.getString(6), r.getString(7),
            r.getString(8), date(r.getString(9)), null);
        open.add(new Object[] {r.getLong(1), r.getString(3), f});
      }
    }
  }

  private void link(List<Object[]> open) throws SQLException {
    try (PreparedStatement u = c.prepareStatement("UPDATE follow_ups SET decision_id = ?, link_note = ? WHERE id = ?")) {
      for (Object[] row : open) {
        FollowUp f = (FollowUp) row[2];
        Optional<Match> m = matcher.match(f, candidates((String) row[1], f));
        if (m.isPresent()) {
          u.setLong(1, m.get().decisionId());
          u.setString(2, m.get().note());
          u.setLong(3, (Long) row[0]);
          u.executeUpdate();
        }
      }
    }
  }

  private List<Candidate> candidates(String bodyKey, FollowUp f) throws SQLException {
    String decisions = "SELECT d.id, i.number, i.title, d.text FROM decisions d JOIN items i ON i.id = d.item_id"
        + " JOIN meetings m ON m.id = i.meeting_id WHERE m.is_primary = 1 AND ";
    if (f.meetingDate() != null) {
      List<Candidate> own = query(decisions + "m.date = ? AND m.body_key = ?", f.meetingDate().toString(), bodyKey);
      return own.isEmpty() ? query(decisions + "m.date = ?", f.meetingDate().toString()) : own;
    }
    if (f.reportedOn() == null || bodyKey.isEmpty()) {
      return List.of();
    }
    return query(decisions + "m.id = (SELECT x.id FROM meetings x WHERE x.is_primary = 1 AND x.body_key = ? AND x.date < ?"
        + " ORDER BY x.date DESC LIMIT 1)", bodyKey, f.reportedOn().toString());
  }

  private List<Candidate> query(String sql, String... params) throws SQLException {
    List<Candidate> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setString(i + 1, params[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new Candidate(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
        }
      }
    }
    return out;
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}
