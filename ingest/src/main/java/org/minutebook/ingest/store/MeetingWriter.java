package org.minutebook.ingest.store;

import static org.minutebook.ingest.store.Archive.generatedKey;
import static org.minutebook.ingest.store.Archive.setInt;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minutebook.model.ActionLogEntry;
import org.minutebook.model.ActionRow;
import org.minutebook.model.Decision;
import org.minutebook.model.DocumentPart;
import org.minutebook.model.FollowUp;
import org.minutebook.model.DecisionPart;
import org.minutebook.model.Division;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.MinutesApproval;
import org.minutebook.model.Motion;
import org.minutebook.model.Movement;
import org.minutebook.model.Owner;
import org.minutebook.model.OwnerEvidence;
import org.minutebook.model.Person;
import org.minutebook.model.Tally;
import org.minutebook.model.Vote;

/**
 * Writes one meeting's rows (attendance, people, movements, items, decisions, parts, owners, Action
 * entries, divisions, action-log rows) inside a transaction the caller ({@link Archive#store}) holds. The inverse of
 * {@link MeetingReader}.
 *
 * <p>Each owner is written once, to {@code owners}: a decision's entries and the Action-column
 * entries beside it that the resolution gave the same owner point at one row, so a later change
 * (the link step resolving it across meetings) reaches every query alike.
 */
final class MeetingWriter {
  private final Statements statements;

  MeetingWriter(Statements statements) {
    this.statements = statements;
  }

  /**
   * Writes a meeting under its key (see {@link Sources}), with everything it holds. It is primary
   * for now unless another file's row of the same meeting is: which file read it best is the link
   * step's choice, made after the write.
   */
  void insertMeeting(long documentId, int ordinal, Meeting m, String key, String version) throws SQLException {
    long meetingId;
    String sql = "INSERT INTO meetings (document_id, ordinal, body, date, start_time, end_time, venue, next_meeting,"
        + " first_page, last_page, extractor_version, body_key, approves, approves_dates, approves_item, is_primary)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " CASE WHEN EXISTS (SELECT 1 FROM meetings o WHERE o.body_key = ? AND o.date = ? AND o.is_primary = 1) THEN 0 ELSE 1 END)";
    PreparedStatement p = statements.withKeys(sql);
    p.setLong(1, documentId);
    p.setInt(2, ordinal);
    p.setString(3, m.body());
    p.setString(4, m.date().toString());
    p.setString(5, m.start() == null ? null : hhmm(m.start()));
    p.setString(6, m.end() == null ? null : hhmm(m.end()));
    p.setString(7, m.venue());
    p.setString(8, m.nextMeeting() == null ? null : m.nextMeeting().toString());
    setInt(p, 9, m.source().firstPage());
    setInt(p, 10, m.source().lastPage());
    p.setString(11, version);
    p.setString(12, key);
    MinutesApproval a = m.approvedMinutes();
    p.setInt(13, a == null ? 0 : 1);
    p.setString(14, Json.strings(a == null ? List.of() : a.meetingDates().stream().map(Object::toString).toList()));
    p.setString(15, a == null ? null : a.item());
    p.setString(16, key);
    p.setString(17, m.date().toString());
    p.executeUpdate();
    meetingId = generatedKey(p);
    insertPeople(meetingId, "present", m.attendance().present());
    insertPeople(meetingId, "alsoPresent", m.attendance().alsoPresent());
    insertPeople(meetingId, "apologies", m.attendance().apologies());
    insertPeople(meetingId, "substitutes", m.attendance().substitutes());
    insertPeople(meetingId, "virtual", m.attendance().virtual());
    insertPeople(meetingId, "absent", m.attendance().absent());
    insertMovements(meetingId, "left", m.attendance().left());
    insertMovements(meetingId, "arrived", m.attendance().arrived());
    int itemOrdinal = 0;
    for (Item item : m.items()) {
      insertItem(meetingId, itemOrdinal++, item, m.date().toString());
    }
  }

  void insertParts(long documentId, List<DocumentPart> parts) throws SQLException {
    String sql = "INSERT INTO document_parts (document_id, ordinal, kind, first_page, last_page, title, first_line, report_number, text)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    PreparedStatement p = statements.get(sql);
    int ordinal = 0;
    for (DocumentPart part : parts) {
      p.setLong(1, documentId);
      p.setInt(2, ordinal++);
      p.setString(3, part.kind().name());
      setInt(p, 4, part.firstPage());
      setInt(p, 5, part.lastPage());
      p.setString(6, part.title());
      p.setString(7, part.firstLine());
      p.setString(8, part.reportNumber());
      p.setString(9, part.text());
      p.executeUpdate();
    }
  }

  void insertFollowUps(long documentId, List<FollowUp> rows) throws SQLException {
    String sql = "INSERT INTO follow_ups (document_id, ordinal, body, body_key, minute, meeting_date, title, resolution, update_text,"
        + " reported_on, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    PreparedStatement p = statements.get(sql);
    int ordinal = 0;
    for (FollowUp f : rows) {
      p.setLong(1, documentId);
      p.setInt(2, ordinal++);
      p.setString(3, f.body());
      p.setString(4, f.body() == null ? "" : Sources.bodyKey(f.body()));
      p.setString(5, f.minute());
      p.setString(6, f.meetingDate() == null ? null : f.meetingDate().toString());
      p.setString(7, f.title());
      p.setString(8, f.resolution());
      p.setString(9, f.update());
      p.setString(10, f.reportedOn() == null ? null : f.reportedOn().toString());
      setInt(p, 11, f.page());
      p.executeUpdate();
    }
  }

  private void insertPeople(long meetingId, String list, List<Person> people) throws SQLException {
    String sql = "INSERT INTO attendance (meeting_id, list, ordinal, person_id, name, honorific, role, position, standing_in_for,"
        + " ocr_confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    int ordinal = 0;
    PreparedStatement p = statements.get(sql);
    for (Person person : people) {
      p.setLong(1, meetingId);
      p.setString(2, list);
      p.setInt(3, ordinal++);
      p.setLong(4, personId(person.name()));
      p.setString(5, person.name());
      p.setString(6, person.honorific());
      p.setString(7, person.role());
      p.setString(8, person.position());
      p.setString(9, person.standingInFor());
      Archive.setReal(p, 10, person.ocrConfidence());
      p.executeUpdate();
    }
  }

  private void insertMovements(long meetingId, String kind, List<Movement> movements) throws SQLException {
    String sql = "INSERT INTO movements (meeting_id, kind, ordinal, name, time, before_item) VALUES (?, ?, ?, ?, ?, ?)";
    int ordinal = 0;
    PreparedStatement p = statements.get(sql);
    for (Movement movement : movements) {
      p.setLong(1, meetingId);
      p.setString(2, kind);
      p.setInt(3, ordinal++);
      p.setString(4, movement.name());
      p.setString(5, movement.time());
      p.setString(6, movement.beforeItem());
      p.executeUpdate();
    }
  }

  /** The people row for a name, created on first sight. */
  private long personId(String name) throws SQLException {
    String key = PersonQuery.key(name);
    PreparedStatement p = statements.get("INSERT INTO people (name, key) VALUES (?, ?) ON CONFLICT (key) DO NOTHING");
    p.setString(1, name);
    p.setString(2, key);
    p.executeUpdate();
    PreparedStatement q = statements.get("SELECT id FROM people WHERE key = ?");
    q.setString(1, key);
    try (ResultSet r = q.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private void insertItem(long meetingId, int ordinal, Item item, String date) throws SQLException {
    long itemId;
    String sql = "INSERT INTO items (meeting_id, ordinal, number, title, page, agenda_item, refs, text, box, grp, ocr_confidence)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    PreparedStatement p = statements.withKeys(sql);
    p.setLong(1, meetingId);
    p.setInt(2, ordinal);
    p.setString(3, item.number());
    p.setString(4, item.title());
    setInt(p, 5, item.page());
    p.setString(6, item.agendaItem());
    p.setString(7, Json.strings(item.references()));
    p.setString(8, item.text());
    p.setString(9, Json.box(item.box()));
    p.setString(10, item.group());
    Archive.setReal(p, 11, item.ocrConfidence());
    p.executeUpdate();
    itemId = generatedKey(p);
    List<Long> decisionIds = new ArrayList<>();
    List<Map<Owner, Long>> decisionOwners = new ArrayList<>();
    int d = 0;
    for (Decision decision : item.decisions()) {
      Map<Owner, Long> owners = new HashMap<>();
      decisionIds.add(insertDecision(itemId, d++, decision, date, owners));
      decisionOwners.add(owners);
    }
    String rowSql = "INSERT INTO action_entries (item_id, row_ordinal, ordinal, initials, beside, page, decision_id, box, owner_id)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    int row = 0;
    PreparedStatement rows = statements.get(rowSql);
    for (ActionRow actionRow : item.actionRows()) {
      boolean beside = actionRow.decision() != null && actionRow.decision() < decisionIds.size();
      int k = 0;
      for (String initials : actionRow.actions()) {
        rows.setLong(1, itemId);
        rows.setInt(2, row);
        rows.setInt(3, k++);
        rows.setString(4, initials);
        rows.setString(5, actionRow.beside());
        setInt(rows, 6, actionRow.page());
        if (beside) {
          rows.setLong(7, decisionIds.get(actionRow.decision()));
        } else {
          rows.setNull(7, Types.INTEGER);
        }
        rows.setString(8, Json.box(actionRow.box()));
        Owner owner = k - 1 < actionRow.owners().size() ? actionRow.owners().get(k - 1) : null;
        // the entry beside a decision is that decision's owner when the resolution gave it the same one
        Long shared = owner == null || !beside ? null : decisionOwners.get(actionRow.decision()).get(owner);
        Long ownerId = shared != null ? shared : owner == null ? null : insertOwner(itemId, owner);
        if (ownerId == null) {
          rows.setNull(9, Types.INTEGER);
        } else {
          rows.setLong(9, ownerId);
        }
        rows.executeUpdate();
      }
      row++;
    }
    insertDivisions(itemId, item.votes());
    insertActionLog(itemId, item.actionLog());
  }

  private void insertDivisions(long itemId, List<Division> divisions) throws SQLException {
    String sql = "INSERT INTO divisions (item_id, ordinal, motion, result, tally_for, tally_against, tally_abstain, vote_for,"
        + " vote_against, vote_abstain, vote_absent, vote_result, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    int ordinal = 0;
    PreparedStatement p = statements.get(sql);
    for (Division v : divisions) {
      p.setLong(1, itemId);
      p.setInt(2, ordinal++);
      p.setString(3, v.motion());
      p.setString(4, v.result() == null ? null : v.result().name());
      setTally(p, 5, v.tally());
      setVote(p, 8, v.vote());
      setInt(p, 13, v.page());
      p.executeUpdate();
    }
  }

  /** Writes the rows of the item's action tables, each with its owners stored once in owners. */
  private void insertActionLog(long itemId, List<ActionLogEntry> log) throws SQLException {
    String sql = "INSERT INTO action_log (item_id, ordinal, ref, action, owner, update_text, due, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    int ordinal = 0;
    PreparedStatement p = statements.withKeys(sql);
    PreparedStatement o = statements.get("INSERT INTO action_log_owners (entry_id, ordinal, initials, owner_id) VALUES (?, ?, ?, ?)");
    for (ActionLogEntry e : log) {
      p.setLong(1, itemId);
      p.setInt(2, ordinal++);
      p.setString(3, e.ref());
      p.setString(4, e.action());
      p.setString(5, Json.strings(e.owners()));
      p.setString(6, e.update());
      p.setString(7, e.due());
      setInt(p, 8, e.page());
      p.executeUpdate();
      long entryId = generatedKey(p);
      int k = 0;
      for (Owner owner : e.people()) {
        o.setLong(1, entryId);
        o.setInt(2, k++);
        o.setString(3, owner.initials());
        o.setLong(4, insertOwner(itemId, owner));
        o.executeUpdate();
      }
    }
  }

  /** Binds a tally's three counts from index on; all null when there is none. */
  private static void setTally(PreparedStatement p, int index, Tally t) throws SQLException {
    setInt(p, index, t == null ? null : t.inFavour());
    setInt(p, index + 1, t == null ? null : t.against());
    setInt(p, index + 2, t == null ? null : t.abstain());
  }

  /** Binds a vote's four name lists (JSON arrays) and its result from index on; all null when there is none. */
  private static void setVote(PreparedStatement p, int index, Vote v) throws SQLException {
    p.setString(index, v == null ? null : Json.strings(v.inFavour()));
    p.setString(index + 1, v == null ? null : Json.strings(v.against()));
    p.setString(index + 2, v == null ? null : Json.strings(v.abstain()));
    p.setString(index + 3, v == null ? null : Json.strings(v.absent()));
    p.setString(index + 4, v == null || v.result() == null ? null : v.result().name());
  }

  /** Stores an owner once, with the kind of its evidence; its id. */
  private long insertOwner(long itemId, Owner owner) throws SQLException {
    String sql = "INSERT INTO owners (item_id, initials, name, kind, evidence, candidates) VALUES (?, ?, ?, ?, ?, ?)";
    PreparedStatement p = statements.withKeys(sql);
    p.setLong(1, itemId);
    p.setString(2, owner.initials());
    p.setString(3, owner.name());
    p.setString(4, OwnerEvidence.of(owner).code());
    p.setString(5, owner.evidence());
    p.setString(6, Json.strings(owner.candidates()));
    p.executeUpdate();
    return generatedKey(p);
  }

  /** Writes a decision with its parts and owners; each owner's id goes into ownerIds. */
  private long insertDecision(long itemId, int ordinal, Decision d, String date, Map<Owner, Long> ownerIds) throws SQLException {
    long id;
    String sql = "INSERT INTO decisions (item_id, ordinal, kind, text, actions, page, vote_for, vote_against, vote_abstain,"
        + " vote_absent, vote_result, box, meeting_date, deadline_text, deadline_date, deadline_how, mover, seconder, result,"
        + " tally_for, tally_against, tally_abstain, ocr_confidence)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    PreparedStatement p = statements.withKeys(sql);
    p.setLong(1, itemId);
    p.setInt(2, ordinal);
    p.setString(3, d.kind().name());
    p.setString(4, d.text());
    p.setString(5, Json.strings(d.actions()));
    setInt(p, 6, d.page());
    setVote(p, 7, d.vote());
    p.setString(12, Json.box(d.box()));
    p.setString(13, date);
    p.setString(14, d.deadline() == null ? null : d.deadline().text());
    p.setString(15, d.deadline() == null ? null : d.deadline().date());
    p.setString(16, d.deadline() == null ? null : d.deadline().how());
    Motion put = d.motion();
    p.setString(17, put == null ? null : put.mover());
    p.setString(18, put == null ? null : put.seconder());
    p.setString(19, put == null || put.result() == null ? null : put.result().name());
    setTally(p, 20, put == null ? null : put.tally());
    Archive.setReal(p, 23, d.ocrConfidence());
    p.executeUpdate();
    id = generatedKey(p);
    int k = 0;
    PreparedStatement parts =
        statements.get("INSERT INTO decision_parts (decision_id, ordinal, label, text, actions) VALUES (?, ?, ?, ?, ?)");
    for (DecisionPart part : d.parts()) {
      parts.setLong(1, id);
      parts.setInt(2, k++);
      parts.setString(3, part.label());
      parts.setString(4, part.text());
      parts.setString(5, Json.strings(part.actions()));
      parts.executeUpdate();
    }
    k = 0;
    PreparedStatement owners = statements.get("INSERT INTO decision_owners (decision_id, ordinal, initials, owner_id) VALUES (?, ?, ?, ?)");
    for (Owner owner : d.owners()) {
      long ownerId = insertOwner(itemId, owner);
      ownerIds.putIfAbsent(owner, ownerId);
      owners.setLong(1, id);
      owners.setInt(2, k++);
      owners.setString(3, owner.initials());
      owners.setLong(4, ownerId);
      owners.executeUpdate();
    }
    return id;
  }

  private static String hhmm(java.time.LocalTime t) {
    return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
  }
}
