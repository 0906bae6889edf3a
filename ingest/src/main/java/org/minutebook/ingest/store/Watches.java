package org.minutebook.ingest.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.QueryResults.ActionHit;
import org.minutebook.ingest.store.QueryResults.DecisionHit;
import org.minutebook.ingest.store.QueryResults.MeetingSummary;

/**
 * Saved searches ({@code watch}) and what each has reported, so that a run reports what is new
 * since the last one, exactly once.
 *
 * <p>A watch is a full-text query, read as {@code search} and {@code decisions} read it, and
 * optionally part of a body's name. It matches three kinds of fact: meetings (every meeting of the
 * body when a body is given, else the meetings with an item or a decision matching the query),
 * decisions matching the query, and Action entries and action-log rows matching it (by the text
 * beside them or their decision's text); all of the body's only, when one is given.
 *
 * <p>What was reported is remembered by {@linkplain #fingerprint fingerprint}, not by row id: a
 * changed document replaces the rows of the old one with new ids, and what did not change keeps
 * its fingerprint, so it is not reported again. {@link #report} reads, hands what is new to the
 * caller and remembers it in one write transaction: a failure before the commit at worst reports
 * the same again on the next run, and never loses anything.
 */
public final class Watches {
  /** A saved search; body is null when it looks at every body, lastRunAt null before its first run. */
  public record Watch(long id, String query, String body, String addedAt, String lastRunAt) {}

  /**
   * What a watch matches that it has not reported: meetings in date order, decisions and actions
   * newest first, as {@code meetings}, {@code decisions} and {@code actions} list them.
   */
  public record News(Watch watch, List<MeetingSummary> meetings, List<DecisionHit> decisions, List<ActionHit> actions) {
    public News {
      meetings = List.copyOf(meetings);
      decisions = List.copyOf(decisions);
      actions = List.copyOf(actions);
    }

    /** How many facts are new. */
    public int size() {
      return meetings.size() + decisions.size() + actions.size();
    }

    public boolean isEmpty() {
      return size() == 0;
    }
  }

  /**
   * The outcome of {@link #add}: the watch, whether it was added (false: the same query and body
   * were watched already, and nothing changed), and how many facts already matched and were taken
   * as seen.
   */
  public record Added(Watch watch, boolean added, int meetings, int decisions, int actions) {}

  /** Given what is new, inside the transaction that will remember it; when it throws, nothing is remembered. */
  @FunctionalInterface
  public interface Reporter {
    void report(List<News> news);
  }

  /** Every match, however many: a watch compares all it matches with what it has seen. */
  private static final int ALL = Integer.MAX_VALUE;

  private static final String MEETING = "meeting";
  private static final String DECISION = "decision";
  private static final String ACTION = "action";

  private final Archive archive;
  private final ArchiveQueries queries;

  public Watches(Archive archive) {
    this.archive = archive;
    this.queries = new ArchiveQueries(archive);
  }

  /**
   * Saves a search, taking everything that matches now as seen (a baseline), in one transaction.
   * A blank body watches every body. Adding the same query and body again changes nothing.
   *
   * @throws QuerySyntaxException when the query cannot be read (nothing is saved)
   */
  public Added add(String query, String body) throws ArchiveException, QuerySyntaxException {
    String q = query.strip();
    String b = body == null ? "" : body.strip();
    if (q.isEmpty()) {
      throw new IllegalArgumentException("a watch needs a query");
    }
    return archive.inTransaction(() -> {
      Optional<Watch> existing = find(q, b);
      if (existing.isPresent()) {
        return new Added(existing.get(), false, 0, 0, 0);
      }
      // the query is checked before anything is written
      queries.match(FullTextQuery.Index.ITEMS, q);
      long id;
      try (PreparedStatement p = archive.connection().prepareStatement(
          "INSERT INTO watches (query, body, added_at) VALUES (?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
        p.setString(1, q);
        p.setString(2, b);
        p.setString(3, now());
        p.executeUpdate();
        id = Archive.generatedKey(p);
      }
      Watch w = byId(id).orElseThrow();
      News all = matches(w, new Run());
      remember(all, false);
      return new Added(w, true, all.meetings().size(), all.decisions().size(), all.actions().size());
    });
  }

  /** The saved searches, oldest first. */
  public List<Watch> list() throws ArchiveException {
    return queries.query("list watches", "SELECT id, query, body, added_at, last_run_at FROM watches ORDER BY id", List.of(),
        Watches::watch);
  }

  /** Removes a watch and what it remembers; whether there was one with this id. */
  public boolean remove(long id) throws ArchiveException {
    return archive.inTransaction(() -> {
      try (PreparedStatement p = archive.connection().prepareStatement("DELETE FROM watches WHERE id = ?")) {
        p.setLong(1, id);
        return p.executeUpdate() == 1;
      }
    });
  }

  /** What each watch, oldest first, would report now; remembers nothing (see {@link #report}). */
  public List<News> newSince() throws ArchiveException, QuerySyntaxException {
    Run run = new Run();
    List<News> out = new ArrayList<>();
    for (Watch w : list()) {
      out.add(unseen(w, run));
    }
    return out;
  }

  /** Remembers the facts as reported by their watches, and the time as each watch's last run, in one transaction. */
  public void markSeen(List<News> news) throws ArchiveException {
    archive.inTransaction(() -> {
      for (News n : news) {
        remember(n, true);
      }
      return null;
    });
  }

  /**
   * Reads what is new for every watch, hands it to reporter (which prints it), then remembers it,
   * all in one write transaction: when reporter throws, nothing is remembered. Every watch is in
   * the list, those with nothing new too.
   *
   * @return what was reported
   */
  public List<News> report(Reporter reporter) throws ArchiveException, QuerySyntaxException {
    return archive.inTransaction(() -> {
      List<News> news = newSince();
      reporter.report(news);
      for (News n : news) {
        remember(n, true);
      }
      return news;
    });
  }

  /**
   * The key a fact is remembered by, from what it says, never from row ids: for a meeting, its
   * body (as {@link Sources#bodyKey}) and date; for a decision, also its item's number and a hash
   * of its text (spacing ignored); for an action, also the initials, the row's ref and a hash of
   * its decision's text, or else of the text beside it.
   */
  static String fingerprint(MeetingSummary m) {
    return Sources.bodyKey(m.body()) + "|" + m.date();
  }

  static String fingerprint(DecisionHit d) {
    return Sources.bodyKey(d.body()) + "|" + d.date() + "|" + orEmpty(d.itemNumber()) + "|" + hash(d.text());
  }

  static String fingerprint(ActionHit a) {
    return Sources.bodyKey(a.body()) + "|" + a.date() + "|" + orEmpty(a.itemNumber()) + "|" + orEmpty(a.initials()) + "|"
        + orEmpty(a.ref()) + "|" + hash(a.decision() != null ? a.decision() : orEmpty(a.beside()));
  }

  /** What one run reads once for all its watches: the archive's meetings, for watches of no body. */
  private final class Run {
    private List<MeetingSummary> meetings;

    List<MeetingSummary> meetings() throws ArchiveException {
      if (meetings == null) {
        meetings = queries.meetings(Filter.all());
      }
      return meetings;
    }
  }

  /** Everything w matches now. */
  private News matches(Watch w, Run run) throws ArchiveException, QuerySyntaxException {
    Filter f = new Filter(w.body(), null, null);
    List<DecisionHit> decisions = queries.decisions(new DecisionQuery.Criteria(w.query(), null, null, null), f, ALL);
    List<ActionHit> actions = queries.actions(null, w.query(), f, ALL);
    List<MeetingSummary> meetings;
    if (w.body() != null) {
      meetings = queries.meetings(f);
    } else {
      Set<Long> ids = new HashSet<>();
      queries.search(w.query(), f, ALL).forEach(h -> ids.add(h.meetingId()));
      decisions.forEach(d -> ids.add(d.meetingId()));
      meetings = run.meetings().stream().filter(m -> ids.contains(m.id())).toList();
    }
    return new News(w, meetings, decisions, actions);
  }

  /** What w matches now and has not reported. */
  private News unseen(Watch w, Run run) throws ArchiveException, QuerySyntaxException {
    News all = matches(w, run);
    Set<String> seen = new HashSet<>(queries.query("read what a watch reported",
        "SELECT kind || ' ' || fingerprint FROM watch_seen WHERE watch_id = ?", List.of(w.id()), r -> r.getString(1)));
    return new News(w,
        all.meetings().stream().filter(m -> !seen.contains(MEETING + " " + fingerprint(m))).toList(),
        all.decisions().stream().filter(d -> !seen.contains(DECISION + " " + fingerprint(d))).toList(),
        all.actions().stream().filter(a -> !seen.contains(ACTION + " " + fingerprint(a))).toList());
  }

  /**
   * Remembers n's facts as reported by its watch, and, for a run (not the baseline of add), now as
   * its last run; inside the caller's transaction.
   */
  private void remember(News n, boolean run) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    n.meetings().forEach(m -> rows.add(new String[] {MEETING, fingerprint(m)}));
    n.decisions().forEach(d -> rows.add(new String[] {DECISION, fingerprint(d)}));
    n.actions().forEach(a -> rows.add(new String[] {ACTION, fingerprint(a)}));
    try (PreparedStatement p = archive.connection().prepareStatement(
        "INSERT INTO watch_seen (watch_id, kind, fingerprint) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
      for (String[] row : rows) {
        p.setLong(1, n.watch().id());
        p.setString(2, row[0]);
        p.setString(3, row[1]);
        p.addBatch();
      }
      p.executeBatch();
    }
    if (!run) {
      return;
    }
    try (PreparedStatement p = archive.connection().prepareStatement("UPDATE watches SET last_run_at = ? WHERE id = ?")) {
      p.setString(1, now());
      p.setLong(2, n.watch().id());
      p.executeUpdate();
    }
  }

  private Optional<Watch> find(String query, String body) throws ArchiveException {
    return queries.query("find a watch", "SELECT id, query, body, added_at, last_run_at FROM watches WHERE query = ? AND body = ?",
        List.of(query, body), Watches::watch).stream().findFirst();
  }

  private Optional<Watch> byId(long id) throws ArchiveException {
    return queries.query("find a watch", "SELECT id, query, body, added_at, last_run_at FROM watches WHERE id = ?",
        List.of(id), Watches::watch).stream().findFirst();
  }

  private static Watch watch(java.sql.ResultSet r) throws SQLException {
    String body = r.getString(3);
    return new Watch(r.getLong(1), r.getString(2), body.isEmpty() ? null : body, r.getString(4), r.getString(5));
  }

  private static String now() {
    return DateTimeFormatter.ISO_INSTANT.format(Instant.now());
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** SHA-256 of the text with its spacing made single, in hex: a re-read that only re-wraps lines is the same text. */
  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.strip().replaceAll("\\s+", " ")
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
