package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps one meeting read from several files as one meeting. Meetings of the same body (by {@link
 * #bodyKey}) on the same date from different files are sources of one meeting: the rows of the
 * file that read it best (most decisions, then most items, then the first stored) are primary and
 * are what listings show; the other files' rows stay, so that removing one file loses nothing the
 * others hold. Works inside the caller's transaction.
 */
final class Sources {
  private final Connection c;
  private final Set<List<String>> touched = new LinkedHashSet<>();

  Sources(Connection c) {
    this.c = c;
  }

  /**
   * A body's name reduced to lower-case letters and digits: spaces and punctuation dropped. Only
   * ASCII letters are lowered, as SQLite's lower() does in migration 002.
   */
  static String bodyKey(String body) {
    StringBuilder sb = new StringBuilder();
    for (char ch : body.toCharArray()) {
      if (" -,.'’&/".indexOf(ch) >= 0) {
        continue;
      }
      sb.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
    }
    return sb.toString();
  }

  /**
   * The key a meeting is matched by: its body's key, or, for a meeting whose body was not found,
   * a key of its own (two meetings of unknown bodies are not the same meeting).
   */
  static String meetingKey(String body, long documentId, int ordinal) {
    String key = bodyKey(body);
    return key.isEmpty() ? "?" + documentId + "." + ordinal : key;
  }

  /** The shortest body key that may stand for a longer one ("strategicgroup" is too generic to). */
  private static final int MIN_CONTAINED = 12;

  /**
   * The key to store a new meeting under: an existing meeting's key on the same date from another
   * file when one body's name contains the other's ("Riverside Board" printed in one file,
   * "Riverside Parks Trust Board" in another is not contained; "Parks Board" and "Riverside Parks
   * Board" are), else its own.
   */
  String resolve(String key, String date, long documentId) throws SQLException {
    if (key.startsWith("?")) {
      return key;
    }
    try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT body_key FROM meetings WHERE date = ? AND document_id <> ?")) {
      p.setString(1, date);
      p.setLong(2, documentId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String other = r.getString(1);
          if (other.equals(key)) {
            return key;
          }
          String shorter = other.length() < key.length() ? other : key;
          String longer = shorter == other ? key : other;
          if (!other.startsWith("?") && shorter.length() >= MIN_CONTAINED && longer.contains(shorter)) {
            return other;
          }
        }
      }
    }
    return key;
  }

  /** Notes a meeting key whose primary may have changed. */
  void touch(String bodyKey, String date) {
    touched.add(List.of(bodyKey, date));
  }

  /** Notes the meetings of a document about to be removed. */
  void touchDocument(long documentId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT body_key, date FROM meetings WHERE document_id = ?")) {
      p.setLong(1, documentId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          touch(r.getString(1), r.getString(2));
        }
      }
    }
  }

  /** The body keys of the meetings touched since the last {@link #choosePrimaries}. */
  Set<String> touchedBodies() {
    Set<String> keys = new LinkedHashSet<>();
    touched.forEach(k -> keys.add(k.get(0)));
    return keys;
  }

  /** The dates of the meetings touched since the last {@link #choosePrimaries}. */
  Set<String> touchedDates() {
    Set<String> dates = new LinkedHashSet<>();
    touched.forEach(k -> dates.add(k.get(1)));
    return dates;
  }

  /** Marks, for every touched meeting, the rows of the file that read it best as primary. */
  void choosePrimaries() throws SQLException {
    String best = "SELECT m.document_id FROM meetings m WHERE m.body_key = ? AND m.date = ? ORDER BY"
        + " (SELECT count(*) FROM decisions d JOIN items i ON i.id = d.item_id WHERE i.meeting_id = m.id) DESC,"
        + " (SELECT count(*) FROM items i WHERE i.meeting_id = m.id) DESC, m.id LIMIT 1";
    String mark = "UPDATE meetings SET is_primary = (document_id = ?) WHERE body_key = ? AND date = ?";
    try (PreparedStatement b = c.prepareStatement(best); PreparedStatement u = c.prepareStatement(mark)) {
      for (List<String> key : touched) {
        b.setString(1, key.get(0));
        b.setString(2, key.get(1));
        Long document = null;
        try (ResultSet r = b.executeQuery()) {
          if (r.next()) {
            document = r.getLong(1);
          }
        }
        if (document == null) {
          continue;
        }
        u.setLong(1, document);
        u.setString(2, key.get(0));
        u.setString(3, key.get(1));
        u.executeUpdate();
      }
    }
    touched.clear();
  }
}
