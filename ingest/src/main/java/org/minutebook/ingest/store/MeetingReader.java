package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minutebook.model.ActionLogEntry;
import org.minutebook.model.ActionRow;
import org.minutebook.model.Attendance;
import org.minutebook.model.Box;
import org.minutebook.model.Deadline;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionKind;
import org.minutebook.model.DecisionPart;
import org.minutebook.model.Division;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.MinutesApproval;
import org.minutebook.model.Motion;
import org.minutebook.model.Movement;
import org.minutebook.model.Owner;
import org.minutebook.model.Person;
import org.minutebook.model.Ocr;
import org.minutebook.model.Source;
import org.minutebook.model.Tally;
import org.minutebook.model.Vote;
import org.minutebook.model.VoteResult;

/**
 * Rebuilds stored meetings as model records, field for field, so that exporting an ingested file
 * gives exactly what parsing it gave, and storing the meeting again writes the rows it was read
 * from (boxes included: they are provenance, not part of the meeting's JSON).
 */
final class MeetingReader {
  private final Connection c;

  MeetingReader(Connection c) {
    this.c = c;
  }

  Meeting read(long meetingId) throws SQLException {
    String sql = "SELECT m.body, m.date, m.start_time, m.end_time, m.venue, m.next_meeting, m.first_page, m.last_page,"
        + " d.file_name, d.sha256, d.pages, m.approves, m.approves_dates, m.approves_item,"
        + " d.ocr_pages, d.ocr_words, d.ocr_confidence, d.ocr_seconds FROM meetings m JOIN documents d ON d.id = m.document_id WHERE m.id = ?";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, meetingId);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        Integer ocrPages = integer(r, 15);
        Ocr ocr = ocrPages == null ? null : new Ocr(ocrPages, r.getInt(16), r.getDouble(17), r.getDouble(18));
        Source source = new Source(r.getString(9), r.getString(10), integer(r, 11), integer(r, 7), integer(r, 8), ocr);
        return new Meeting(source, r.getString(1), LocalDate.parse(r.getString(2)), time(r.getString(3)), time(r.getString(4)),
            r.getString(5), r.getString(6) == null ? null : LocalDate.parse(r.getString(6)), attendance(meetingId),
            items(meetingId), r.getInt(12) == 0 ? null
                : new MinutesApproval(Json.strings(r.getString(13)).stream().map(LocalDate::parse).toList(), r.getString(14)));
      }
    }
  }

  private Attendance attendance(long meetingId) throws SQLException {
    Map<String, List<Person>> lists = new HashMap<>();
    for (String l : List.of("present", "alsoPresent", "apologies", "substitutes", "virtual", "absent")) {
      lists.put(l, new ArrayList<>());
    }
    try (PreparedStatement p = c.prepareStatement(
        "SELECT list, name, honorific, role, position, standing_in_for, ocr_confidence FROM attendance WHERE meeting_id = ?"
            + " ORDER BY list, ordinal")) {
      p.setLong(1, meetingId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          lists.get(r.getString(1))
              .add(new Person(r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), real(r, 7)));
        }
      }
    }
    return new Attendance(lists.get("present"), lists.get("alsoPresent"), lists.get("apologies"), lists.get("substitutes"),
        lists.get("virtual"), lists.get("absent"), movements(meetingId, "left"), movements(meetingId, "arrived"));
  }

  private List<Movement> movements(long meetingId, String kind) throws SQLException {
    return rows("SELECT name, time, before_item FROM movements WHERE meeting_id = ? AND kind = '" + kind + "' ORDER BY ordinal",
        meetingId, r -> new Movement(r.getString(1), r.getString(2), r.getString(3)));
  }

  private List<Item> items(long meetingId) throws SQLException {
    List<Item> items = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT id, number, title, page, agenda_item, refs, text, grp, ocr_confidence, box FROM items WHERE meeting_id = ? ORDER BY ordinal")) {
      p.setLong(1, meetingId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          long itemId = r.getLong(1);
          Map<Long, Integer> decisionIndex = new HashMap<>();
          List<Decision> decisions = decisions(itemId, decisionIndex);
          items.add(new Item(r.getString(2), r.getString(3), integer(r, 4), Json.strings(r.getString(6)), r.getString(7),
              decisions, actionRows(itemId, decisionIndex), r.getString(5), Json.parseBox(r.getString(10)), r.getString(8),
              divisions(itemId), actionLog(itemId), real(r, 9)));
        }
      }
    }
    return items;
  }

  private List<Decision> decisions(long itemId, Map<Long, Integer> index) throws SQLException {
    List<Decision> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT id, kind, text, actions, page, vote_for, vote_against, vote_abstain,"
        + " vote_absent, vote_result, deadline_text, deadline_date, deadline_how, mover, seconder, result, tally_for, tally_against,"
        + " tally_abstain, ocr_confidence, box FROM decisions WHERE item_id = ? ORDER BY ordinal")) {
      p.setLong(1, itemId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          long id = r.getLong(1);
          index.put(id, out.size());
          Motion put = new Motion(r.getString(14), r.getString(15), result(r.getString(16)), tally(r, 17));
          out.add(new Decision(DecisionKind.valueOf(r.getString(2)), r.getString(3), parts(id), Json.strings(r.getString(4)),
              owners(id), integer(r, 5), vote(r, 6), Json.parseBox(r.getString(21)),
              r.getString(11) == null ? null : new Deadline(r.getString(11), r.getString(12), r.getString(13)), put, real(r, 20)));
        }
      }
    }
    return out;
  }

  private List<Division> divisions(long itemId) throws SQLException {
    return rows("SELECT motion, result, tally_for, tally_against, tally_abstain, vote_for, vote_against, vote_abstain, vote_absent,"
        + " vote_result, page FROM divisions WHERE item_id = ? ORDER BY ordinal", itemId,
        r -> new Division(r.getString(1), result(r.getString(2)), tally(r, 3), vote(r, 6), integer(r, 11)));
  }

  private List<ActionLogEntry> actionLog(long itemId) throws SQLException {
    List<Object[]> entries = rows("SELECT id, ref, action, owner, update_text, due, page FROM action_log WHERE item_id = ?"
        + " ORDER BY ordinal", itemId, r -> new Object[] {r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
            r.getString(5), r.getString(6), integer(r, 7)});
    List<ActionLogEntry> out = new ArrayList<>();
    for (Object[] e : entries) {
      List<Owner> people = rows("SELECT o.initials, w.name, w.evidence, w.candidates FROM action_log_owners o"
          + " JOIN owners w ON w.id = o.owner_id WHERE o.entry_id = ? ORDER BY o.ordinal", (Long) e[0],
          r -> new Owner(r.getString(1), r.getString(2), r.getString(3), Json.strings(r.getString(4))));
      out.add(new ActionLogEntry((String) e[1], (String) e[2], Json.strings((String) e[3]), (String) e[4], (String) e[5],
          (Integer) e[6], people));
    }
    return out;
  }

  /** The vote in five columns from index on (for, against, abstain, absent, result); null when none was recorded. */
  static Vote vote(ResultSet r, int index) throws SQLException {
    if (r.getString(index) == null) {
      return null;
    }
    String absent = r.getString(index + 3);
    return new Vote(Json.strings(r.getString(index)), Json.strings(r.getString(index + 1)), Json.strings(r.getString(index + 2)),
        absent == null ? List.of() : Json.strings(absent), result(r.getString(index + 4)));
  }

  /** The counts in three columns from index on; null when none is printed. */
  private static Tally tally(ResultSet r, int index) throws SQLException {
    Integer inFavour = integer(r, index);
    Integer against = integer(r, index + 1);
    Integer abstain = integer(r, index + 2);
    return inFavour == null && against == null && abstain == null ? null : new Tally(inFavour, against, abstain);
  }

  private static VoteResult result(String name) {
    return name == null ? null : VoteResult.valueOf(name);
  }

  private List<DecisionPart> parts(long decisionId) throws SQLException {
    return rows("SELECT label, text, actions FROM decision_parts WHERE decision_id = ? ORDER BY ordinal", decisionId,
        r -> new DecisionPart(r.getString(1), r.getString(2), Json.strings(r.getString(3))));
  }

  private List<Owner> owners(long decisionId) throws SQLException {
    return rows("SELECT o.initials, w.name, w.evidence, w.candidates FROM decision_owners o JOIN owners w ON w.id = o.owner_id"
        + " WHERE o.decision_id = ? ORDER BY o.ordinal",
        decisionId, r -> new Owner(r.getString(1), r.getString(2), r.getString(3), Json.strings(r.getString(4))));
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet r) throws SQLException;
  }

  /** The rows of a query with one id parameter, mapped. */
  private <T> List<T> rows(String sql, long id, RowMapper<T> mapper) throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(mapper.map(r));
        }
      }
    }
    return out;
  }

  private List<ActionRow> actionRows(long itemId, Map<Long, Integer> decisionIndex) throws SQLException {
    Map<Integer, List<String>> entries = new LinkedHashMap<>();
    Map<Integer, List<Owner>> owners = new HashMap<>();
    Map<Integer, Object[]> rows = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT a.row_ordinal, a.initials, a.beside, a.page, a.decision_id, w.name,"
        + " w.evidence, w.candidates, a.owner_id, a.box FROM action_entries a LEFT JOIN owners w ON w.id = a.owner_id"
        + " WHERE a.item_id = ?"
        + " ORDER BY a.row_ordinal, a.ordinal")) {
      p.setLong(1, itemId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          int row = r.getInt(1);
          entries.computeIfAbsent(row, k -> new ArrayList<>()).add(r.getString(2));
          if (r.getObject(9) != null) { // stored with an owner, even one without a name or evidence
            owners.computeIfAbsent(row, k -> new ArrayList<>()).add(new Owner(r.getString(2), r.getString(6), r.getString(7),
                Json.strings(r.getString(8))));
          }
          long decision = r.getLong(5);
          Integer index = r.wasNull() ? null : decisionIndex.get(decision);
          rows.putIfAbsent(row, new Object[] {r.getString(3), integer(r, 4), index, Json.parseBox(r.getString(10))});
        }
      }
    }
    List<ActionRow> out = new ArrayList<>();
    for (Map.Entry<Integer, List<String>> e : entries.entrySet()) {
      Object[] row = rows.get(e.getKey());
      out.add(new ActionRow(e.getValue(), (String) row[0], (Integer) row[1], (Box) row[3], (Integer) row[2],
          owners.getOrDefault(e.getKey(), List.of())));
    }
    return out;
  }

  private static Double real(ResultSet r, int column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? null : v;
  }

  static Integer integer(ResultSet r, int column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? null : v;
  }

  private static LocalTime time(String s) {
    return s == null ? null : LocalTime.parse(s);
  }
}
