package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The key one meeting read from several files is known by. Meetings of the same body (by {@link
 * #bodyKey}) on the same date from different files are sources of one meeting; which of them is
 * primary (what listings show) is the link stage's choice, made after the write (see {@link
 * LinkSession#sources}). Works inside the caller's transaction.
 */
final class Sources {
  private final Connection c;

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
}
