package org.minutebook.ingest.store;

import static org.minutebook.ingest.store.MeetingReader.integer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.ArchivedDocument.BodyOwner;
import org.minutebook.model.DocumentKind;
import org.minutebook.model.DocumentPart;
import org.minutebook.model.FollowUp;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.Meeting;
import org.minutebook.model.ModelGap;
import org.minutebook.model.Ocr;
import org.minutebook.model.OwnerEvidence;

/**
 * Whole documents out of one archive and into another, through the model: which documents a
 * filter selects, each read back as {@link Archive#store} was given it, and stored again. The
 * engine of either archive does not matter: the SQL here is plain (no engine's own functions), and
 * the JSON columns are read in Java.
 */
public final class ArchivedDocuments {
  /** A document a filter selected: its id in the archive it was selected from, and its bytes' hash. */
  public record Selected(long id, String sha256) {}

  private ArchivedDocuments() {}

  /**
   * The documents to copy, in the order they were stored: every document (refused
   * ones and those without meetings included) when the filter narrows nothing, else those holding
   * a meeting it keeps, whether or not theirs is the primary reading of it (so that a meeting read
   * from a pack and from its own file keeps both).
   */
  public static List<Selected> select(Archive archive, Filter f) throws ArchiveException {
    StringBuilder sql = new StringBuilder("SELECT d.id, d.sha256 FROM documents d");
    List<Object> params = new ArrayList<>();
    if (f.body() != null || f.from() != null || f.to() != null) {
      sql.append(" WHERE EXISTS (SELECT 1 FROM meetings m WHERE m.document_id = d.id");
      if (f.body() != null) {
        // lower() on both sides, by the same engine: any case on every engine (SQLite's LIKE is, PostgreSQL's is not)
        sql.append(" AND lower(m.body) LIKE '%' || lower(?) || '%'");
        params.add(f.body());
      }
      bound(sql, params, " AND m.date >= ?", f.from());
      bound(sql, params, " AND m.date <= ?", f.to());
      sql.append(")");
    }
    sql.append(" ORDER BY d.id");
    return query(archive, "select documents", c -> Rows.list(c, sql.toString(), params,
        r -> new Selected(r.getLong(1), r.getString(2))));
  }

  private static void bound(StringBuilder sql, List<Object> params, String condition, LocalDate date) {
    if (date != null) {
      sql.append(condition);
      params.add(date.toString());
    }
  }

  /** The document with this id in full; empty when the archive has none. */
  public static Optional<ArchivedDocument> read(Archive archive, long documentId) throws ArchiveException {
    return query(archive, "read a document", c -> {
      Optional<DocumentRecord> record = record(c, documentId);
      if (record.isEmpty()) {
        return Optional.empty();
      }
      MeetingReader reader = new MeetingReader(c);
      List<Meeting> meetings = new ArrayList<>();
      for (long id : Rows.list(c, "SELECT id FROM meetings WHERE document_id = ? ORDER BY ordinal", List.of(documentId),
          r -> r.getLong(1))) {
        meetings.add(reader.read(id));
      }
      return Optional.of(new ArchivedDocument(record.get(), meetings, parts(c, documentId), followUps(c, documentId),
          bodyOwners(c, documentId)));
    });
  }

  /**
   * Stores the document in another archive, as {@link Archive#store} does (the links it changes
   * are left pending for the link stage, and nothing is replaced), then gives its owners resolved
   * at the body's other meetings that kind again ({@link #markBodyOwners}, a second transaction).
   *
   * @return the new document's id, or -1 when the archive has its bytes already
   */
  public static long store(Archive to, ArchivedDocument d) throws ArchiveException {
    long id = to.store(d.document(), d.meetings(), d.parts(), d.followUps(), List.of());
    markBodyOwners(to, d.document().sha256(), d.bodyOwners());
    return id;
  }

  /** The document's owners the link stage resolved at the body's other meetings (see {@link ArchivedDocument}). */
  public static List<BodyOwner> bodyOwners(Archive archive, long documentId) throws ArchiveException {
    return query(archive, "read a document's owners", c -> bodyOwners(c, documentId));
  }

  /**
   * Gives the owners of the document with these bytes that say what these body-resolved owners
   * say, at the same items, the kind its writer could not know. Doing it again changes nothing,
   * so a copy killed between the store and this is finished by the next run.
   */
  public static void markBodyOwners(Archive to, String sha256, List<BodyOwner> owners) throws ArchiveException {
    if (owners.isEmpty()) {
      return;
    }
    String sql = "UPDATE owners SET kind = ? WHERE kind = ? AND initials = ? AND name = ? AND evidence = ? AND item_id IN"
        + " (SELECT i.id FROM items i JOIN meetings m ON m.id = i.meeting_id JOIN documents doc ON doc.id = m.document_id"
        + " WHERE doc.sha256 = ? AND m.ordinal = ? AND i.ordinal = ?)";
    to.inTransaction(() -> {
      try (PreparedStatement p = to.connection().prepareStatement(sql)) {
        for (BodyOwner o : owners) {
          Rows.bind(p, List.of(OwnerEvidence.BODY_MEETINGS.code(), OwnerEvidence.OWN_MEETING.code(), o.initials(),
              ArchiveQueries.nullable(o.name()), ArchiveQueries.nullable(o.evidence()), sha256, o.meeting(), o.item()));
          p.executeUpdate();
        }
      }
      return null;
    });
  }

  private static Optional<DocumentRecord> record(Connection c, long id) throws SQLException {
    String sql = "SELECT sha256, path, file_name, format, pages, kind, status, refusal_reason, refusal_detail, warnings,"
        + " extractor_version, content, model_gaps, ocr_pages, ocr_words, ocr_confidence, ocr_seconds FROM documents WHERE id = ?";
    List<DocumentRecord> found = Rows.list(c, sql, List.of(id), r -> {
      Set<ModelGap> gaps = EnumSet.noneOf(ModelGap.class);
      Json.strings(r.getString(13)).forEach(g -> gaps.add(ModelGap.valueOf(g)));
      Integer ocrPages = integer(r, 14);
      Ocr ocr = ocrPages == null ? null : new Ocr(ocrPages, r.getInt(15), r.getDouble(16), r.getDouble(17));
      return new DocumentRecord(r.getString(1), r.getString(2), r.getString(3), r.getString(4), integer(r, 5),
          r.getString(6), IngestStatus.valueOf(r.getString(7)), r.getString(8), r.getString(9), Json.strings(r.getString(10)),
          r.getString(11), r.getBytes(12), gaps, SelfChecks.read(c, id), ocr);
    });
    return found.stream().findFirst();
  }

  private static List<DocumentPart> parts(Connection c, long documentId) throws SQLException {
    return Rows.list(c, "SELECT kind, first_page, last_page, title, first_line, report_number, text FROM document_parts"
        + " WHERE document_id = ? ORDER BY ordinal", List.of(documentId),
        r -> new DocumentPart(DocumentKind.valueOf(r.getString(1)), integer(r, 2), integer(r, 3),
            r.getString(4), r.getString(5), r.getString(6), r.getString(7)));
  }

  private static List<FollowUp> followUps(Connection c, long documentId) throws SQLException {
    return Rows.list(c, "SELECT body, minute, meeting_date, title, resolution, update_text, reported_on, page FROM follow_ups"
        + " WHERE document_id = ? ORDER BY ordinal", List.of(documentId),
        r -> new FollowUp(r.getString(1), r.getString(2), date(r.getString(3)), r.getString(4), r.getString(5), r.getString(6),
            date(r.getString(7)), integer(r, 8)));
  }

  private static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  private static List<BodyOwner> bodyOwners(Connection c, long documentId) throws SQLException {
    String sql = "SELECT m.ordinal, i.ordinal, w.initials, w.name, w.evidence FROM owners w JOIN items i ON i.id = w.item_id"
        + " JOIN meetings m ON m.id = i.meeting_id WHERE m.document_id = ? AND w.kind = ? ORDER BY m.ordinal, i.ordinal, w.id";
    return Rows.list(c, sql, List.of(documentId, OwnerEvidence.BODY_MEETINGS.code()),
        r -> new BodyOwner(r.getInt(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5)));
  }

  /** SQL on the archive's connection, its failure said as what was being done. */
  @FunctionalInterface
  private interface Query<T> {
    T run(Connection c) throws SQLException;
  }

  private static <T> T query(Archive archive, String what, Query<T> q) throws ArchiveException {
    try {
      return q.run(archive.connection());
    } catch (SQLException e) {
      throw archive.failure(what, e);
    }
  }
}
