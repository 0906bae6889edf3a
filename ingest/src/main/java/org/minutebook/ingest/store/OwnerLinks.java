package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The archive-wide step of resolving Action entries: an entry its own meeting could not resolve,
 * and for which it knows no candidate, takes the person the same initials were resolved to at the
 * body's other meetings within a year, when they all agree on one. Only resolutions made from a
 * meeting's own evidence count, so one guess never feeds another. Works inside the caller's
 * transaction.
 */
final class OwnerLinks {
  /** How far apart two meetings may be for one to settle the other's initials. */
  static final int NEARBY_DAYS = 366;
  static final String EVIDENCE = "resolved at the body's meeting of ";

  private final Connection c;

  OwnerLinks(Connection c) {
    this.c = c;
  }

  /** Resolves what can be resolved among the unresolved entries of these bodies' meetings. */
  void resolveAcross(Set<String> bodyKeys) throws SQLException {
    if (bodyKeys.isEmpty()) {
      return;
    }
    String in = String.join(", ", bodyKeys.stream().map(k -> "?").toList());
    String open = "SELECT o.decision_id, o.ordinal, o.initials, m.date, m.body_key, m.id FROM decision_owners o"
        + " JOIN decisions d ON d.id = o.decision_id JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id"
        + " WHERE m.body_key IN (" + in + ") AND o.name IS NULL AND o.candidates = '[]' AND o.evidence LIKE 'no attendee%'";
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(open)) {
      int k = 1;
      for (String key : bodyKeys) {
        p.setString(k++, key);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          rows.add(new Object[] {r.getLong(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getLong(6)});
        }
      }
    }
    String nearby = "SELECT o.name, m.date FROM decision_owners o JOIN decisions d ON d.id = o.decision_id"
        + " JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id"
        + " WHERE m.body_key = ? AND o.initials = ? AND o.name IS NOT NULL AND o.evidence NOT LIKE ? || '%'"
        + " AND m.id <> ? AND abs(julianday(m.date) - julianday(?)) <= " + NEARBY_DAYS
        + " ORDER BY abs(julianday(m.date) - julianday(?))";
    try (PreparedStatement q = c.prepareStatement(nearby);
        PreparedStatement u = c.prepareStatement(
            "UPDATE decision_owners SET name = ?, evidence = ? WHERE decision_id = ? AND ordinal = ?")) {
      for (Object[] row : rows) {
        q.setString(1, (String) row[4]);
        q.setString(2, (String) row[2]);
        q.setString(3, EVIDENCE);
        q.setLong(4, (Long) row[5]);
        q.setString(5, (String) row[3]);
        q.setString(6, (String) row[3]);
        Set<String> names = new LinkedHashSet<>();
        String date = null;
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            names.add(r.getString(1).toLowerCase(java.util.Locale.ROOT));
            if (date == null) {
              date = r.getString(2);
              u.setString(1, r.getString(1));
            }
          }
        }
        if (names.size() == 1) {
          u.setString(2, EVIDENCE + date);
          u.setLong(3, (Long) row[0]);
          u.setInt(4, (Integer) row[1]);
          u.executeUpdate();
        }
      }
    }
  }
}
