package org.minutebook.ingest.link;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minutebook.ingest.store.LinkSession.LogRow;

/**
 * Decides which earlier action-log row a row carries on. A body's action table is printed again
 * at each meeting, the rows keeping their refs ("Dec22.02") and their updates growing; so a row
 * of a later meeting with the same ref carries on the row of the body's nearest earlier meeting
 * that has it (the last such row there, where a meeting prints the table twice). Refs are compared
 * without case or spaces ("Feb 23.05" is "Feb23.05"); a row without a ref carries nothing on.
 * Rows of the same meeting never carry each other on.
 *
 * <p>Contract: a pure function; never throws.
 */
public final class ActionLogThreads {
  /**
   * For each row of one body's primary meetings, the id of the row it carries on; rows that carry
   * none on are absent from the map.
   *
   * @param rows the body's rows in meeting date order, and in printed order within a meeting
   */
  public Map<Long, Long> follows(List<LogRow> rows) {
    Map<Long, Long> out = new HashMap<>();
    // the last row of each ref at the meetings before the current date, and at the current date
    Map<String, Long> before = new HashMap<>();
    Map<String, Long> current = new HashMap<>();
    LocalDate date = null;
    for (LogRow r : rows) {
      if (!r.date().equals(date)) {
        before.putAll(current);
        current.clear();
        date = r.date();
      }
      String ref = key(r.ref());
      if (ref == null) {
        continue;
      }
      Long earlier = before.get(ref);
      if (earlier != null) {
        out.put(r.id(), earlier);
      }
      current.put(ref, r.id());
    }
    return out;
  }

  /** A ref as compared: lower case, no white space; null when there is none. */
  static String key(String ref) {
    if (ref == null) {
      return null;
    }
    String k = ref.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    return k.isEmpty() ? null : k;
  }
}
