package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The record of what a document's write touched, kept in {@code pending_links} inside the write's
 * own transaction, so that linking after the write (see {@link LinkSession}) survives a crash
 * between the two: the write and its record commit together, and the next run finds the record.
 */
final class PendingLinks {
  private final PreparedStatement note;

  PendingLinks(Connection c) throws SQLException {
    this.note = c.prepareStatement("INSERT INTO pending_links (body_key, date) VALUES (?, ?) ON CONFLICT DO NOTHING");
  }

  /** Notes a meeting (or a row naming one) whose links may have changed. */
  void note(String bodyKey, String date) throws SQLException {
    note.setString(1, bodyKey);
    note.setString(2, date);
    note.executeUpdate();
  }

  /** Notes the meetings of a document about to be removed. */
  static void noteDocument(Connection c, long documentId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO pending_links (body_key, date) SELECT body_key, date FROM meetings WHERE document_id = ? ON CONFLICT DO NOTHING")) {
      p.setLong(1, documentId);
      p.executeUpdate();
    }
  }

  void close() throws SQLException {
    note.close();
  }
}
