package org.minutebook.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code sync} keeps in the archive between runs: the sites it follows, what each URL
 * answered last (so a request can be conditional and an unchanged document is not read again),
 * the meetings it has read whole, and where each stored document came from. Every write is a
 * transaction of its own and is made only after what it records is stored, so a run killed
 * half-way leaves records that are true, and the next run does what is missing.
 */
public final class SyncState {

  /** A site sync follows. */
  public record Site(long id, String url, List<String> committees, LocalDate since, Instant addedAt, Instant lastRunAt) {
    public Site {
      committees = List.copyOf(committees);
    }
  }

  /** What a URL answered last time. */
  public record Fetch(String url, String etag, String lastModified, String sha256) {}

  /** A meeting of a site as sync last read it. */
  public record SiteMeeting(long siteId, int meetingId, Integer committeeId, String committee, LocalDate date,
      String detailSha256, boolean complete) {}

  /** Where a stored document came from. */
  public record Provenance(String documentSha256, long siteId, Integer committeeId, String committee, Integer meetingId,
      String url, Instant fetchedAt) {}

  private final Archive archive;

  SyncState(Archive archive) {
    this.archive = archive;
  }

  private Connection connection() {
    return archive.connection();
  }

  /**
   * Adds a site, or updates the committees and start date of one already followed.
   *
   * @return the site as stored
   */
  public Site add(String url, List<String> committees, LocalDate since) throws ArchiveException {
    archive.inTransaction(() -> {
      try (PreparedStatement p = connection().prepareStatement(
          "INSERT INTO sites (url, committees, since, added_at) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT (url) DO UPDATE SET committees = excluded.committees, since = excluded.since")) {
        p.setString(1, url);
        p.setString(2, Json.strings(committees));
        p.setString(3, since == null ? null : since.toString());
        p.setString(4, now());
        p.executeUpdate();
      }
      return null;
    });
    return site(url).orElseThrow();
  }

  /** Stops following a site; what was read from it stays in the archive. */
  public boolean remove(String url) throws ArchiveException {
    return archive.inTransaction(() -> {
      try (PreparedStatement p = connection().prepareStatement("DELETE FROM sites WHERE url = ?")) {
        p.setString(1, url);
        return p.executeUpdate() > 0;
      }
    });
  }

  /** The sites followed, in the order they were added. */
  public List<Site> sites() throws ArchiveException {
    return sites("1 = 1", null);
  }

  public Optional<Site> site(String url) throws ArchiveException {
    return sites("url = ?", url).stream().findFirst();
  }

  private List<Site> sites(String where, String value) throws ArchiveException {
    try (PreparedStatement p = connection().prepareStatement(
        "SELECT id, url, committees, since, added_at, last_run_at FROM sites WHERE " + where + " ORDER BY id")) {
      if (value != null) {
        p.setString(1, value);
      }
      List<Site> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String since = r.getString(4);
          String last = r.getString(6);
          out.add(new Site(r.getLong(1), r.getString(2), Json.strings(r.getString(3)), since == null ? null : LocalDate.parse(since),
              Instant.parse(r.getString(5)), last == null ? null : Instant.parse(last)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read the sites", e);
    }
  }

  /** Notes that a run over the site finished. */
  public void finished(long siteId) throws ArchiveException {
    archive.inTransaction(() -> {
      try (PreparedStatement p = connection().prepareStatement("UPDATE sites SET last_run_at = ? WHERE id = ?")) {
        p.setString(1, now());
        p.setLong(2, siteId);
        p.executeUpdate();
      }
      return null;
    });
  }

  /** What the URL answered last time, if it was fetched before. */
  public Optional<Fetch> fetch(String url) throws ArchiveException {
    try (PreparedStatement p = connection().prepareStatement("SELECT etag, last_modified, sha256 FROM fetches WHERE url = ?")) {
      p.setString(1, url);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(new Fetch(url, r.getString(1), r.getString(2), r.getString(3))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read what " + url + " gave", e);
    }
  }

  /** Records what a URL answered, once what it answered is stored. */
  public void fetched(long siteId, Fetch fetch) throws ArchiveException {
    archive.inTransaction(() -> {
      try (PreparedStatement p = connection().prepareStatement(
          "INSERT INTO fetches (url, site_id, etag, last_modified, sha256, fetched_at) VALUES (?, ?, ?, ?, ?, ?)"
              + " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,"
              + " sha256 = excluded.sha256, fetched_at = excluded.fetched_at")) {
        p.setString(1, fetch.url());
        p.setLong(2, siteId);
        p.setString(3, fetch.etag());
        p.setString(4, fetch.lastModified());
        p.setString(5, fetch.sha256());
        p.setString(6, now());
        p.executeUpdate();
      }
      return null;
    });
  }

  /** The meeting as sync last read it, if it did. */
  public Optional<SiteMeeting> meeting(long siteId, int meetingId) throws ArchiveException {
    try (PreparedStatement p = connection().prepareStatement(
        "SELECT committee_id, committee, date, detail_sha256, complete FROM site_meetings WHERE site_id = ? AND meeting_id = ?")) {
      p.setLong(1, siteId);
      p.setInt(2, meetingId);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        int committee = r.getInt(1);
        Integer committeeId = r.wasNull() ? null : committee;
        String date = r.getString(3);
        return Optional.of(new SiteMeeting(siteId, meetingId, committeeId, r.getString(2), date == null ? null : LocalDate.parse(date),
            r.getString(4), r.getInt(5) != 0));
      }
    } catch (SQLException e) {
      throw failure("read meeting " + meetingId, e);
    }
  }

  /** Records a meeting read: complete when every document it links was handled. */
  public void meetingRead(SiteMeeting m) throws ArchiveException {
    archive.inTransaction(() -> {
      try (PreparedStatement p = connection().prepareStatement(
          "INSERT INTO site_meetings (site_id, meeting_id, committee_id, committee, date, detail_sha256, complete, fetched_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (site_id, meeting_id) DO UPDATE SET"
              + " committee_id = excluded.committee_id, committee = excluded.committee, date = excluded.date,"
              + " detail_sha256 = excluded.detail_sha256, complete = excluded.complete, fetched_at = excluded.fetched_at")) {
        p.setLong(1, m.siteId());
        p.setInt(2, m.meetingId());
        if (m.committeeId() == null) {
          p.setNull(3, Types.INTEGER);
        } else {
          p.setInt(3, m.committeeId());
        }
        p.setString(4, m.committee());
        p.setString(5, m.date() == null ? null : m.date().toString());
        p.setString(6, m.detailSha256());
        p.setInt(7, m.complete() ? 1 : 0);
        p.setString(8, now());
        p.executeUpdate();
      }
      return null;
    });
  }

  /** Records where a stored document came from. */
  public void source(Provenance s) throws ArchiveException {
    archive.inTransaction(() -> {
      try (PreparedStatement p = connection().prepareStatement(
          "INSERT INTO document_sources (document_sha256, site_id, committee_id, committee, meeting_id, url, fetched_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (document_sha256, url) DO UPDATE SET site_id = excluded.site_id,"
              + " committee_id = excluded.committee_id, committee = excluded.committee, meeting_id = excluded.meeting_id,"
              + " fetched_at = excluded.fetched_at")) {
        p.setString(1, s.documentSha256());
        p.setLong(2, s.siteId());
        setInteger(p, 3, s.committeeId());
        p.setString(4, s.committee());
        setInteger(p, 5, s.meetingId());
        p.setString(6, s.url());
        p.setString(7, DateTimeFormatter.ISO_INSTANT.format(s.fetchedAt()));
        p.executeUpdate();
      }
      return null;
    });
  }

  /** Where the document with these bytes came from, oldest fetch first. */
  public List<Provenance> sources(String documentSha256) throws ArchiveException {
    try (PreparedStatement p = connection().prepareStatement(
        "SELECT site_id, committee_id, committee, meeting_id, url, fetched_at FROM document_sources"
            + " WHERE document_sha256 = ? ORDER BY fetched_at, url")) {
      p.setString(1, documentSha256);
      List<Provenance> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          int c = r.getInt(2);
          Integer committeeId = r.wasNull() ? null : c;
          int m = r.getInt(4);
          Integer meetingId = r.wasNull() ? null : m;
          out.add(new Provenance(documentSha256, r.getLong(1), committeeId, r.getString(3), meetingId, r.getString(5),
              Instant.parse(r.getString(6))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read where a document came from", e);
    }
  }

  private static void setInteger(PreparedStatement p, int index, Integer value) throws SQLException {
    if (value == null) {
      p.setNull(index, Types.INTEGER);
    } else {
      p.setInt(index, value);
    }
  }

  private ArchiveException failure(String what, SQLException e) {
    return archive.failure(what, e);
  }

  private static String now() {
    return DateTimeFormatter.ISO_INSTANT.format(Instant.now());
  }
}
