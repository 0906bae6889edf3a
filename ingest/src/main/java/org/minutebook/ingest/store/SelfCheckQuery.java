package org.minutebook.ingest.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minutebook.ingest.store.QueryResults.BodyCheck;

/**
 * The self-checks of the archive's documents summarised per body, for {@code stats}: which bodies
 * a backfill should look at. A document counts for every body whose minutes it holds (a meeting
 * read from two files counts in both files' figures); a document stored by an extractor before
 * the checks counts as unchecked until {@code ingest --reparse}.
 */
final class SelfCheckQuery {
  private final ArchiveQueries q;

  SelfCheckQuery(ArchiveQueries q) {
    this.q = q;
  }

  /** One document of a body, with its figures (null where it has no self-check). */
  private record Checked(String bodyKey, String body, Integer lines, Integer inItems, Integer loose, Integer gaps, Integer repeats,
      Integer agrees) {}

  List<BodyCheck> run() throws ArchiveException {
    String sql = "SELECT m.body_key, m.body, s.minutes_lines, s.item_lines, s.loose_decision_words, s.numbering_gaps,"
        + " s.numbering_repeats + s.numbering_backwards, s.date_agrees"
        + " FROM (SELECT document_id, body_key, min(body) AS body FROM meetings GROUP BY document_id, body_key) m"
        + " LEFT JOIN self_checks s ON s.document_id = m.document_id ORDER BY m.body_key, m.document_id";
    List<Checked> rows = q.query("summarise self-checks", sql, List.of(), r -> new Checked(r.getString(1), r.getString(2),
        integer(r, 3), integer(r, 4), integer(r, 5), integer(r, 6), integer(r, 7), integer(r, 8)));
    Map<String, List<Checked>> byBody = new LinkedHashMap<>();
    // minutes that name no body are keyed each on their own: here they are one group
    rows.forEach(r -> byBody.computeIfAbsent(r.body().isBlank() ? "" : r.bodyKey(), k -> new ArrayList<>()).add(r));
    List<BodyCheck> out = new ArrayList<>();
    for (List<Checked> docs : byBody.values()) {
      out.add(summary(docs));
    }
    out.sort(Comparator.comparing((BodyCheck b) -> b.body().toLowerCase(Locale.ROOT)));
    return out;
  }

  private static BodyCheck summary(List<Checked> docs) {
    List<Double> shares = new ArrayList<>();
    List<Double> looseLines = new ArrayList<>();
    int checked = 0;
    int loose = 0;
    int gaps = 0;
    int repeats = 0;
    int dated = 0;
    int disagree = 0;
    for (Checked d : docs) {
      if (d.lines() == null) {
        continue; // stored before the checks
      }
      checked++;
      if (d.lines() > 0) {
        shares.add((double) d.inItems() / d.lines());
      }
      loose += d.loose() > 0 ? 1 : 0;
      looseLines.add((double) d.loose());
      gaps += d.gaps() > 0 ? 1 : 0;
      repeats += d.repeats() > 0 ? 1 : 0;
      dated += d.agrees() == null ? 0 : 1;
      disagree += d.agrees() != null && d.agrees() == 0 ? 1 : 0;
    }
    return new BodyCheck(docs.get(0).body(), docs.size(), docs.size() - checked, median(shares), loose, median(looseLines),
        gaps, repeats, dated, disagree);
  }

  private static Integer integer(ResultSet r, int column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? null : v;
  }

  /** The median of values, or null when there are none. */
  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
