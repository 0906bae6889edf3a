package org.minutebook.ingest.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.minutebook.model.DocumentPart;
import org.minutebook.model.FollowUp;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.Meeting;
import org.minutebook.model.ModelGap;
import org.minutebook.model.Ocr;
import org.sqlite.SQLiteConfig;

/**
 * The archive, in a SQLite file or on a PostgreSQL server (its {@link Dialect}): opening
 * (creating and migrating as needed) and writing.
 *
 * <p>Every document is written in one transaction holding the archive's write lock (SQLite's
 * {@code BEGIN IMMEDIATE}, PostgreSQL's advisory lock): a crash or a kill leaves either all of a
 * document's rows or none. When another process holds the write lock, the {@link LockListener} is
 * told once and the write waits for it. Readers never wait for a writer (SQLite's WAL, PostgreSQL's
 * MVCC). One instance per thread; close it when done.
 */
public final class Archive implements AutoCloseable {
  /** Told when a write has to wait for another process that is writing to the archive. */
  @FunctionalInterface
  public interface LockListener {
    void waiting(String archive);
  }

  private static final int WAIT_MILLIS = SqliteDialect.WAIT_MILLIS;

  /** The archive as messages name it: a file's path, or a server's URL without password or parameters. */
  private final String db;
  /** The SQLite file, null for an archive on a server. */
  private final Path file;
  private final Dialect dialect;
  private final Connection connection;
  /** The writer's statements, prepared once for the life of the connection. */
  private final Statements statements;
  private final LockListener lockListener;

  private Archive(String db, Path file, Dialect dialect, Connection connection, LockListener lockListener) {
    this.db = db;
    this.file = file;
    this.dialect = dialect;
    this.connection = connection;
    this.statements = new Statements(connection, dialect);
    this.lockListener = lockListener == null ? d -> {} : lockListener;
  }

  /**
   * Opens the archive at a location as a user writes it: a PostgreSQL URL
   * ({@code postgresql://user@host:port/db}, {@code postgres://...} or {@code jdbc:postgresql://...})
   * or else a SQLite file's path.
   *
   * @throws ArchiveException when it cannot be opened there, or is newer than this code
   */
  public static Archive open(String location, LockListener lockListener) throws ArchiveException {
    if (isServer(location)) {
      ServerUrl url = ServerUrl.parse(location);
      Connection c = null;
      try {
        c = java.sql.DriverManager.getConnection(url.jdbc(), url.properties());
        org.minutebook.ingest.store.pg.PgMigrations.apply(c);
        PostgresDialect.INSTANCE.prepareSession(c);
        return new Archive(url.name(), null, PostgresDialect.INSTANCE, c, lockListener);
      } catch (SQLException e) {
        throw new ArchiveException(url.name(), "cannot open (" + e.getMessage() + ")", e);
      } catch (ArchiveException | RuntimeException e) {
        try {
          if (c != null) {
            c.close();
          }
        } catch (SQLException ignored) {
          // the first failure is the one to report
        }
        throw e;
      }
    }
    return open(Path.of(location), lockListener);
  }

  /** Whether a location names a database server (PostgreSQL) rather than a file. */
  public static boolean isServer(String location) {
    return location.startsWith("postgresql://") || location.startsWith("postgres://") || location.startsWith("jdbc:postgresql:");
  }

  /**
   * Opens the archive at db, creating it (and its folder's file, not the folder) when missing and
   * bringing its schema up to date.
   *
   * @throws ArchiveException when it cannot be created or opened there, or is newer than this code
   */
  public static Archive open(Path db, LockListener lockListener) throws ArchiveException {
    Path parent = db.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new ArchiveException(db, "folder " + parent + " does not exist");
    }
    if (Files.exists(db) && !Files.isRegularFile(db)) {
      throw new ArchiveException(db, "is not a file");
    }
    if (Files.exists(db) ? !Files.isWritable(db) : parent != null && !Files.isWritable(parent)) {
      throw new ArchiveException(db, "cannot write there (permission denied)");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(WAIT_MILLIS);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY); // search builds small scopes in temporary tables
    try {
      Connection c = config.createConnection("jdbc:sqlite:" + db.toAbsolutePath());
      try {
        Migrations.apply(c, db);
      } catch (ArchiveException | SQLException e) {
        c.close();
        throw e;
      }
      return new Archive(db.toString(), db, SqliteDialect.INSTANCE, c, lockListener);
    } catch (SQLException e) {
      throw new ArchiveException(db, "cannot open (" + e.getMessage() + ")", e);
    }
  }

  /** The schema version this code writes. */
  public static int schemaVersion() {
    return Migrations.current();
  }

  /** The SQLite file; null for an archive on a server (see {@link #location}). */
  public Path path() {
    return file;
  }

  /** The archive as a user names it: a file's path, or a server's URL without password or parameters. */
  public String location() {
    return db;
  }

  /** Which engine holds the archive ("SQLite", "PostgreSQL"). */
  public String engine() {
    return dialect.engine();
  }

  Dialect dialect() {
    return dialect;
  }

  Connection connection() {
    return connection;
  }

  /** What {@code sync} keeps between runs: sites, their URLs' last answers, meetings read, provenance. */
  public SyncState sync() {
    return new SyncState(this);
  }

  /** The document with these bytes, if the archive has it. */
  public Optional<StoredDocument> bySha(String sha256) throws ArchiveException {
    return find("d.sha256 = ?", sha256);
  }

  /** The document last read from this path, if any (the newest when several were). */
  public Optional<StoredDocument> byPath(String path) throws ArchiveException {
    return find("d.path = ?", path);
  }

  /**
   * Documents to read again, oldest first: those whose rows an older extractor produced, and
   * those read without a model they needed that is among {@code fillable} (the models this run has).
   */
  public List<StoredDocument> staleDocuments(String extractorVersion, Set<ModelGap> fillable) throws ArchiveException {
    List<String> values = new ArrayList<>(List.of(extractorVersion));
    fillable.forEach(g -> values.add(g.name()));
    String placeholders = String.join(", ", Collections.nCopies(fillable.size(), "?"));
    String gaps = fillable.isEmpty() ? ""
        : " OR EXISTS (SELECT 1 FROM " + dialect.jsonElements("d.model_gaps", "g") + " WHERE g.value IN (" + placeholders + "))";
    return list("d.content IS NOT NULL AND (d.extractor_version <> ?" + gaps + ")", values.toArray(String[]::new));
  }

  /** The bytes of a stored document. */
  public byte[] content(long documentId) throws ArchiveException {
    try (PreparedStatement p = connection.prepareStatement("SELECT content FROM documents WHERE id = ?")) {
      p.setLong(1, documentId);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getBytes(1) : null;
      }
    } catch (SQLException e) {
      throw failure("read a document", e);
    }
  }

  private Optional<StoredDocument> find(String where, String value) throws ArchiveException {
    List<StoredDocument> found = list(where, value);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
  }

  private List<StoredDocument> list(String where, String... values) throws ArchiveException {
    String sql = "SELECT d.id, d.sha256, d.path, d.file_name, d.status, d.refusal_reason, d.refusal_detail, d.extractor_version,"
        + " (SELECT count(*) FROM meetings m WHERE m.document_id = d.id), d.model_gaps FROM documents d WHERE " + where + " ORDER BY d.id";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        p.setString(i + 1, values[i]);
      }
      List<StoredDocument> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Set<ModelGap> gaps = EnumSet.noneOf(ModelGap.class);
          Json.strings(r.getString(10)).forEach(g -> gaps.add(ModelGap.valueOf(g)));
          out.add(new StoredDocument(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
              IngestStatus.valueOf(r.getString(5)), r.getString(6), r.getString(7), r.getString(8), r.getInt(9), gaps));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read documents", e);
    }
  }

  /**
   * Stores a document and its meetings in one transaction, first removing the documents listed
   * in {@code replacing} (an earlier version of the same file, or the same bytes read by an older
   * extractor) with everything they produced.
   *
   * @return the new document's id, or -1 when another process stored the same bytes meanwhile
   */
  public long store(DocumentRecord document, List<Meeting> meetings, List<Long> replacing) throws ArchiveException {
    return store(document, meetings, List.of(), List.of(), replacing);
  }

  /**
   * Stores a document with its meetings, the documents inside it (a pack's agenda, minutes and
   * reports) and the rows of its matters-arising reports, as {@link #store(DocumentRecord, List, List)}.
   *
   * <p>The archive-wide links the write may have changed (which file's rows of a meeting are
   * primary, owners resolved at the body's other meetings, follow-ups linked to their decisions)
   * are not made here: the write records the meetings it touched in {@code pending_links}, in the
   * same transaction, and the link stage makes them afterwards through {@link #link}. Until then a
   * new meeting read from a second file is listed from the file stored first.
   */
  public long store(DocumentRecord document, List<Meeting> meetings, List<DocumentPart> parts, List<FollowUp> followUps,
      List<Long> replacing) throws ArchiveException {
    return inTransaction(() -> {
      try (PreparedStatement p = connection.prepareStatement("SELECT id FROM documents WHERE sha256 = ?")) {
        p.setString(1, document.sha256());
        try (ResultSet r = p.executeQuery()) {
          if (r.next() && !replacing.contains(r.getLong(1))) {
            return -1L;
          }
        }
      }
      for (long id : replacing) {
        PendingLinks.noteDocument(connection, id);
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM documents WHERE id = ?")) {
          p.setLong(1, id);
          p.executeUpdate();
        }
      }
      long documentId = insertDocument(document);
      Sources sources = new Sources(connection);
      MeetingWriter writer = new MeetingWriter(statements);
      PendingLinks pending = new PendingLinks(connection);
      try {
        int ordinal = 0;
        for (Meeting m : meetings) {
          String key = sources.resolve(Sources.meetingKey(m.body(), documentId, ordinal), m.date().toString(), documentId);
          writer.insertMeeting(documentId, ordinal++, m, key, document.extractorVersion());
          pending.note(key, m.date().toString());
        }
        writer.insertParts(documentId, parts);
        writer.insertFollowUps(documentId, followUps);
        for (FollowUp f : followUps) {
          if (f.meetingDate() != null) {
            pending.note(f.body() == null ? "" : Sources.bodyKey(f.body()), f.meetingDate().toString());
          }
        }
      } finally {
        pending.close();
      }
      return documentId;
    });
  }

  /**
   * Brings the planner's statistics up to date, after a batch of writes: PostgreSQL's planner
   * chooses between the full-text and the id indexes by them, and there the rows written are also
   * marked visible to all (VACUUM); its autovacuum does the same, later.
   */
  public void analyze() throws ArchiveException {
    try {
      dialect.analyze(connection);
    } catch (SQLException e) {
      throw failure("analyze", e);
    }
  }

  /** The link stage's work on the archive, given a session inside one write transaction. */
  @FunctionalInterface
  public interface LinkWork {
    void run(LinkSession session) throws ArchiveException;
  }

  /**
   * Whether writes have left links to make (see {@link LinkSession#pending}). A read: it takes no
   * lock, so asking costs a run with nothing pending almost nothing.
   */
  public boolean linksPending() throws ArchiveException {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT 1 FROM pending_links LIMIT 1")) {
      return r.next();
    } catch (SQLException e) {
      throw failure("read pending links", e);
    }
  }

  /**
   * Runs the link stage's work in one write transaction, waiting (and telling the listener) while
   * another process writes: all of it is committed, or, when it throws, none.
   */
  public void link(LinkWork work) throws ArchiveException {
    inTransaction(() -> {
      work.run(new LinkSession(this, connection));
      return null;
    });
  }

  /** Work in a write transaction; X is a checked exception of its own it may throw (as a query's syntax). */
  @FunctionalInterface
  interface Work<T, X extends Exception> {
    T run() throws SQLException, ArchiveException, X;
  }

  /**
   * Runs work in one write transaction, telling the listener when another writer makes it wait:
   * committed when it returns, rolled back when it throws.
   */
  <T, X extends Exception> T inTransaction(Work<T, X> work) throws ArchiveException, X {
    try {
      dialect.begin(connection, () -> lockListener.waiting(db));
      try {
        T result = work.run();
        dialect.commit(connection);
        return result;
      } catch (Exception e) {
        dialect.rollback(connection);
        throw e;
      }
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  private long insertDocument(DocumentRecord d) throws SQLException {
    String sql = "INSERT INTO documents (sha256, path, file_name, format, pages, kind, status, refusal_reason, refusal_detail,"
        + " warnings, extractor_version, ingested_at, content, model_gaps, ocr_pages, ocr_words, ocr_confidence, ocr_seconds)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement p = dialect.prepareWithKey(connection, sql)) {
      p.setString(1, d.sha256());
      p.setString(2, d.path());
      p.setString(3, d.fileName());
      p.setString(4, d.format());
      setInt(p, 5, d.pages());
      p.setString(6, d.kind());
      p.setString(7, d.status().name());
      p.setString(8, d.refusalReason());
      p.setString(9, d.refusalDetail());
      p.setString(10, Json.strings(d.warnings()));
      p.setString(11, d.extractorVersion());
      p.setString(12, DateTimeFormatter.ISO_INSTANT.format(Instant.now()));
      p.setBytes(13, d.content());
      p.setString(14, Json.strings(d.modelGaps().stream().map(ModelGap::name).toList()));
      Ocr ocr = d.ocr();
      setInt(p, 15, ocr == null ? null : ocr.pages());
      setInt(p, 16, ocr == null ? null : ocr.words());
      setReal(p, 17, ocr == null ? null : ocr.confidence());
      setReal(p, 18, ocr == null ? null : ocr.seconds());
      p.executeUpdate();
      long id = generatedKey(p);
      if (d.check() != null) {
        SelfChecks.insert(connection, id, d.check());
      }
      return id;
    }
  }

  static void setReal(PreparedStatement p, int index, Double value) throws SQLException {
    if (value == null) {
      p.setNull(index, Types.REAL);
    } else {
      p.setDouble(index, value);
    }
  }

  static void setInt(PreparedStatement p, int index, Integer value) throws SQLException {
    if (value == null) {
      p.setNull(index, Types.INTEGER);
    } else {
      p.setInt(index, value);
    }
  }

  static long generatedKey(PreparedStatement p) throws SQLException {
    try (ResultSet keys = p.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  ArchiveException failure(String what, SQLException e) {
    return new ArchiveException(db, "cannot " + what + " (" + e.getMessage() + ")", e);
  }

  @Override
  public void close() throws ArchiveException {
    try (connection) {
      statements.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }
}
