package org.minutebook.ingest.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.minutebook.ingest.people.PersonWords;
import org.minutebook.ingest.store.QueryResults.PersonVote;

/**
 * How one person voted, for {@code people show NAME}: every recorded division at the person's
 * bodies (an item's votes, and a decision's own vote where the item's votes do not list it already)
 * whose For, Against, Abstain or Absent list names them in one of the forms that are theirs at
 * that body ("Kate Doe", or "Doe" where no one else recorded there has the surname; see
 * {@link PersonQuery}). Initials in a vote are not resolved to people, so they are not matched.
 */
final class VoteQuery {
  private static final List<String> HOW = List.of("for", "against", "abstain", "absent");

  private final ArchiveQueries q;

  VoteQuery(ArchiveQueries q) {
    this.q = q;
  }

  /** A recorded vote as read: where, on what, the four name lists, and its place for ordering. */
  private record Division(String date, String body, String bodyKey, long meetingId, long itemId, int itemOrdinal, String itemNumber,
      String motion, String result, List<List<String>> names, Long decisionId, int order) {}

  /**
   * The person's votes in date order.
   *
   * @param forms for each body key, the people-table keys of the ways the person's name is printed there
   */
  List<PersonVote> of(Map<String, Set<String>> forms) throws ArchiveException {
    if (forms.isEmpty()) {
      return List.of();
    }
    String bodies = String.join(", ", java.util.Collections.nCopies(forms.size(), "?"));
    List<Object> params = new ArrayList<>(forms.keySet());
    String where = " JOIN items i ON i.id = v.item_id JOIN meetings m ON m.id = i.meeting_id WHERE m.is_primary = 1"
        + " AND v.vote_for IS NOT NULL AND m.body_key IN (" + bodies + ")";
    List<Division> divisions = new ArrayList<>(q.query("read an item's votes", "SELECT m.date, m.body, m.body_key, m.id, i.id,"
        + " i.ordinal, i.number, v.motion, v.result, v.vote_for, v.vote_against, v.vote_abstain, v.vote_absent, NULL, v.ordinal"
        + " FROM divisions v" + where, params, VoteQuery::division));
    List<Division> decisions = q.query("read decisions' votes", "SELECT m.date, m.body, m.body_key, m.id, i.id, i.ordinal,"
        + " i.number, v.text, coalesce(v.result, v.vote_result), v.vote_for, v.vote_against, v.vote_abstain, v.vote_absent, v.id,"
        + " 1000000 + v.ordinal FROM decisions v" + where, params, VoteQuery::division);
    for (Division d : decisions) {
      // a decision's own vote is listed among its item's votes too, where the extractor filled them
      boolean listed = divisions.stream().anyMatch(v -> v.itemId() == d.itemId() && v.names().equals(d.names()));
      if (!listed) {
        divisions.add(d);
      }
    }
    divisions.sort(Comparator.comparing(Division::date).thenComparingLong(Division::meetingId)
        .thenComparingInt(Division::itemOrdinal).thenComparingInt(Division::order));
    List<PersonVote> out = new ArrayList<>();
    for (Division d : divisions) {
      Set<String> mine = forms.get(d.bodyKey());
      for (int k = 0; k < HOW.size(); k++) {
        for (String name : d.names().get(k)) {
          if (mine.contains(PersonQuery.key(PersonWords.stripHonorific(name)))) {
            out.add(new PersonVote(d.date(), d.body(), d.meetingId(), d.itemNumber(), d.motion(), HOW.get(k), d.result(), name,
                d.decisionId()));
          }
        }
      }
    }
    return out;
  }

  private static Division division(java.sql.ResultSet r) throws java.sql.SQLException {
    List<List<String>> names = new ArrayList<>();
    for (int k = 0; k < HOW.size(); k++) {
      String list = r.getString(10 + k);
      names.add(list == null ? List.of() : Json.strings(list));
    }
    long decision = r.getLong(14);
    Long decisionId = r.wasNull() ? null : decision;
    String result = r.getString(9);
    return new Division(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5), r.getInt(6), r.getString(7),
        r.getString(8), result == null ? null : result.toLowerCase(Locale.ROOT), names, decisionId, r.getInt(15));
  }
}
