package org.minutebook.ingest.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.minutebook.ingest.people.PersonWords;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.ingest.store.QueryResults.Mention;
import org.minutebook.ingest.store.QueryResults.OwnedAction;
import org.minutebook.ingest.store.QueryResults.PersonMeeting;
import org.minutebook.ingest.store.QueryResults.PersonRecord;
import org.minutebook.ingest.store.QueryResults.PersonVote;
import org.minutebook.ingest.store.QueryResults.RoleSpan;

/**
 * One person's record across the archive, for {@code people show NAME}.
 *
 * <p>The same person is printed several ways: "Councillor Kate Doe" (stored as "Kate Doe"),
 * "Cllr Doe" ("Doe"), "K. Doe". Within the bodies where the full name is recorded, a surname
 * alone or an initial and surname is the same person when no one else recorded there shares it.
 * The same full name in bodies that share nothing is kept as separate people: two bodies' records
 * are joined only when the person held the same role in both.
 */
final class PersonQuery {
  private final ArchiveQueries q;

  PersonQuery(ArchiveQueries q) {
    this.q = q;
  }

  private record Seen(long meetingId, String date, String body, String bodyKey, String list, String role, String position,
      String printedAs) {}

  List<PersonRecord> run(String name) throws ArchiveException {
    String full = key(PersonWords.stripHonorific(name));
    String[] words = full.split(" ");
    if (full.isEmpty()) {
      return List.of();
    }
    String surname = words[words.length - 1];
    String initial = words[0].substring(0, 1);
    List<Seen> exact = seen("p.key = ?", List.of(full));
    Set<String> bodies = new LinkedHashSet<>();
    exact.forEach(s -> bodies.add(s.bodyKey()));
    List<Seen> all = new ArrayList<>(exact);
    // the ways the name is printed at each body: the full name, and its short forms where they are the person's
    Map<String, Set<String>> forms = new LinkedHashMap<>();
    for (String bodyKey : bodies) {
      forms.put(bodyKey, new LinkedHashSet<>(List.of(full)));
      if (words.length < 2) {
        continue; // a name printed as a surname alone ("Trustee Elton") has no shorter form
      }
      // short forms, where no one else recorded in the body shares the surname
      List<String> others = q.query("read a person", "SELECT DISTINCT p.key FROM attendance a JOIN people p ON p.id = a.person_id"
          + " JOIN meetings m ON m.id = a.meeting_id WHERE m.body_key = ? AND m.is_primary = 1 AND p.key LIKE '% ' || ?"
          + " AND p.key <> ?", List.of(bodyKey, surname, full), r -> r.getString(1));
      boolean sharedSurname = others.stream().anyMatch(o -> o.split(" ").length >= 2 && !o.matches(initial + "\\.? " + surname));
      if (sharedSurname) {
        continue;
      }
      all.addAll(seen("m.body_key = ? AND p.key IN (?, ?, ?)", List.of(bodyKey, surname, initial + " " + surname,
          initial + ". " + surname)));
      forms.get(bodyKey).addAll(List.of(surname, initial + " " + surname, initial + ". " + surname));
    }
    List<PersonRecord> out = new ArrayList<>();
    for (Set<String> cluster : clusters(all)) {
      List<Seen> mine = all.stream().filter(s -> cluster.contains(s.bodyKey())).sorted((a, b) -> a.date().compareTo(b.date())).toList();
      Map<String, Set<String>> clusterForms = new LinkedHashMap<>(forms);
      clusterForms.keySet().retainAll(cluster);
      out.add(record(name, full, mine, new VoteQuery(q).of(clusterForms)));
    }
    return out;
  }

  /** Bodies joined when the person held the same role in both; else each body on its own. */
  private static List<Set<String>> clusters(List<Seen> seen) {
    Map<String, Set<String>> rolesOf = new LinkedHashMap<>();
    for (Seen s : seen) {
      Set<String> roles = rolesOf.computeIfAbsent(s.bodyKey(), k -> new LinkedHashSet<>());
      if (s.role() != null) {
        roles.add(s.role().toLowerCase(Locale.ROOT));
      }
    }
    List<Set<String>> clusters = new ArrayList<>();
    for (String body : rolesOf.keySet()) {
      Set<String> joined = null;
      for (Set<String> c : clusters) {
        for (String other : c) {
          if (rolesOf.get(other).stream().anyMatch(rolesOf.get(body)::contains)) {
            joined = c;
          }
        }
      }
      if (joined == null) {
        joined = new LinkedHashSet<>();
        clusters.add(joined);
      }
      joined.add(body);
    }
    return clusters;
  }

  private PersonRecord record(String asked, String full, List<Seen> seen, List<PersonVote> votes) throws ArchiveException {
    List<PersonMeeting> meetings = new ArrayList<>();
    Set<String> printedAs = new LinkedHashSet<>();
    Set<String> bodies = new LinkedHashSet<>();
    Map<String, String[]> roles = new LinkedHashMap<>(); // role -> [first, last]
    int attended = 0;
    int apologies = 0;
    int absent = 0;
    for (Seen s : seen) {
      meetings.add(new PersonMeeting(s.meetingId(), s.date(), s.body(), s.list(), s.role(), s.position()));
      if (!key(s.printedAs()).equals(full)) {
        printedAs.add(s.printedAs());
      }
      bodies.add(s.body());
      attended += s.list().equals("apologies") || s.list().equals("absent") ? 0 : 1;
      apologies += s.list().equals("apologies") ? 1 : 0;
      absent += s.list().equals("absent") ? 1 : 0;
      for (String role : new String[] {s.role(), s.position()}) {
        if (role != null) {
          String[] span = roles.computeIfAbsent(role, r -> new String[] {s.date(), s.date()});
          span[1] = s.date();
        }
      }
    }
    List<RoleSpan> roleSpans = new ArrayList<>();
    roles.forEach((role, span) -> roleSpans.add(new RoleSpan(role, span[0], span[1])));
    List<Long> meetingIds = meetings.stream().map(PersonMeeting::meetingId).distinct().toList();
    List<OwnedAction> actions = actions(full, meetingIds);
    String display = seen.stream().map(Seen::printedAs).filter(n -> key(n).equals(full)).findFirst().orElse(asked);
    List<Mention> mentions = mentions(display, meetingIds);
    for (Mention m : mentions) {
      for (String form : m.printedAs()) {
        if (!key(form).equals(full)) {
          printedAs.add(form);
        }
      }
    }
    return new PersonRecord(display, List.copyOf(bodies), List.copyOf(printedAs), attended, apologies, absent, roleSpans, meetings,
        actions, mentions, votes);
  }

  /**
   * Items at the person's bodies that name them: by full name (with or without an honorific) or by
   * an honorific and the surname ("Cllr Doe"), found by the full-text index, then by pattern.
   */
  private List<Mention> mentions(String display, List<Long> meetingIds) throws ArchiveException {
    if (meetingIds.isEmpty()) {
      return List.of();
    }
    String[] words = display.strip().split("\\s+");
    String first = Pattern.quote(words[0]);
    String surname = Pattern.quote(words[words.length - 1]);
    Pattern named = Pattern.compile("(?:" + PersonWords.HONORIFIC + "\\s+)?" + first + "\\s+(?:\\p{Lu}\\.?\\s+)?" + surname + "\\b|"
        + PersonWords.HONORIFIC + "\\s+" + surname + "\\b");
    String match;
    try {
      match = q.match(FullTextQuery.Index.ITEMS, "\"" + words[words.length - 1].replace("\"", "") + "\"");
    } catch (QuerySyntaxException e) {
      return List.of(); // a surname with no word in it is mentioned nowhere
    }
    String sql = "SELECT m.date, m.body, i.number, i.title, i.text, m.id FROM items i"
        + " JOIN meetings m ON m.id = i.meeting_id WHERE i.id IN (" + q.dialect().text().matchingIds(FullTextQuery.Index.ITEMS)
        + ") AND m.is_primary = 1"
        + " AND m.body_key IN (SELECT body_key FROM meetings WHERE id IN (" + String.join(", ", meetingIds.stream().map(x -> "?").toList())
        + ")) ORDER BY m.date, i.ordinal";
    List<Object> params = new ArrayList<>();
    params.add(match);
    params.addAll(meetingIds);
    List<Mention> out = new ArrayList<>();
    for (Object[] row : q.query("read a person's mentions", sql, params, r -> new Object[] {r.getString(1), r.getString(2),
        r.getString(3), r.getString(4), r.getString(5), r.getLong(6)})) {
      Set<String> forms = new LinkedHashSet<>();
      Matcher m = named.matcher((String) row[4]);
      while (m.find()) {
        forms.add(m.group().strip());
      }
      if (!forms.isEmpty()) {
        out.add(new Mention((String) row[0], (String) row[1], (String) row[2], (String) row[3], List.copyOf(forms), (Long) row[5]));
      }
    }
    return out;
  }

  /** Action entries resolved to the person, at the bodies they are recorded in, newest first. */
  private List<OwnedAction> actions(String full, List<Long> meetingIds) throws ArchiveException {
    if (meetingIds.isEmpty()) {
      return List.of();
    }
    String sql = "SELECT m.date, m.body, i.number, o.initials, w.evidence, d.text, d.id FROM decision_owners o"
        + " JOIN owners w ON w.id = o.owner_id JOIN decisions d ON d.id = o.decision_id JOIN items i ON i.id = d.item_id"
        + " JOIN meetings m ON m.id = i.meeting_id WHERE m.is_primary = 1 AND lower(w.name) = ? AND m.body_key IN (SELECT body_key FROM meetings WHERE id IN ("
        + String.join(", ", meetingIds.stream().map(x -> "?").toList()) + ")) ORDER BY m.date DESC, d.id";
    List<Object> params = new ArrayList<>();
    params.add(full);
    params.addAll(meetingIds);
    return q.query("read a person's actions", sql, params, r -> new OwnedAction(r.getString(1), r.getString(2), r.getString(3),
        r.getString(4), r.getString(5), r.getString(6), r.getLong(7)));
  }

  private List<Seen> seen(String where, List<Object> params) throws ArchiveException {
    String sql = "SELECT m.id, m.date, m.body, m.body_key, a.list, a.role, a.position, a.name FROM attendance a"
        + " JOIN people p ON p.id = a.person_id JOIN meetings m ON m.id = a.meeting_id WHERE m.is_primary = 1 AND " + where
        + " ORDER BY m.date, m.id";
    return q.query("read a person", sql, params, r -> new Seen(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
        r.getString(5), r.getString(6), r.getString(7), r.getString(8)));
  }

  /** The people table's key: lower case, single spaces. */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
