package org.minutebook.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.Ingestor.Outcome;
import org.minutebook.ingest.Ingestor.Prepared;
import org.minutebook.ingest.Pipeline;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.DocumentRecord;
import org.minutebook.ingest.store.StoredDocument;
import org.minutebook.ingest.text.DocumentReader;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.RefusalReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One task's documents into the archive, one at a time: read the bytes through Hadoop's file
 * system, leave them alone when the archive already has them (by SHA-256, so a task run again
 * after a kill or a lost executor writes nothing twice), else parse and store them in one
 * transaction.
 *
 * <p>Contract: {@link #ingest} returns an outcome for every document, whatever is wrong with it:
 * a document that cannot be read, is no minutebook can read, or makes the reader fail with an
 * unexpected error (a bug: recorded as {@link RefusalReason#INTERNAL_ERROR} with the error, and
 * logged with its stack trace) is refused, never a failed task. It throws {@link ArchiveException}
 * only when the archive cannot be used, which fails the task: Spark runs it again, and the
 * documents already stored are found by their hash. Not thread-safe: one per task.
 */
final class DocumentIngest {
  /** The parse, {@link Ingestor#prepare(java.nio.file.Path, String, byte[])} but for tests. */
  @FunctionalInterface
  interface Preparer {
    Prepared prepare(java.nio.file.Path name, String path, byte[] bytes);
  }

  private static final Logger LOG = LoggerFactory.getLogger(DocumentIngest.class);

  private final Archive archive;
  private final Ingestor ingestor;
  private final Preparer preparer;
  private final Configuration conf;

  DocumentIngest(Archive archive, Ingestor ingestor, Configuration conf) {
    this(archive, ingestor, ingestor::prepare, conf);
  }

  DocumentIngest(Archive archive, Ingestor ingestor, Preparer preparer, Configuration conf) {
    this.archive = archive;
    this.ingestor = ingestor;
    this.preparer = preparer;
    this.conf = conf;
  }

  /** The document at this URI (as {@link Inputs} gives it) into the archive. */
  DocumentOutcome ingest(String uri) throws ArchiveException {
    Path source = new Path(uri);
    String path = archivePath(source);
    byte[] bytes;
    try {
      bytes = read(source);
    } catch (FileNotFoundException e) {
      return DocumentOutcome.refused(path, RefusalReason.NOT_FOUND, null);
    } catch (IOException | RuntimeException e) {
      return DocumentOutcome.refused(path, RefusalReason.UNREADABLE, String.valueOf(e.getMessage()));
    }
    java.nio.file.Path name = java.nio.file.Path.of(source.getName().isEmpty() ? "document" : source.getName());
    try {
      // prepare looks the hash up first and parses only bytes the archive lacks
      Outcome o = ingestor.commit(preparer.prepare(name, path, bytes));
      return new DocumentOutcome(path, o.status(), o.meetings(), o.reason(), o.detail(), o.replaced());
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("{}: reading it failed; recorded as refused ({})", path, RefusalReason.INTERNAL_ERROR, e);
      return refuseFailed(name, path, bytes, e);
    }
  }

  /**
   * Records a document whose reading failed with an error of minutebook's own, with its bytes, as
   * the Ingestor records a refused one: a newer extractor reads it again.
   */
  private DocumentOutcome refuseFailed(java.nio.file.Path name, String path, byte[] bytes, Throwable e) {
    String sha = DocumentReader.sha256(bytes);
    String detail = describe(e);
    try {
      List<Long> replacing = new ArrayList<>();
      Optional<StoredDocument> same = archive.bySha(sha);
      if (same.isPresent() && same.get().extractorVersion().equals(Pipeline.EXTRACTOR_VERSION)) {
        return new DocumentOutcome(path, IngestStatus.UNCHANGED, same.get().meetings(), null, null, false); // stored before it failed
      }
      same.ifPresent(d -> replacing.add(d.id()));
      archive.byPath(path).filter(d -> !d.sha256().equals(sha)).ifPresent(d -> replacing.add(d.id()));
      DocumentRecord record = new DocumentRecord(sha, path, name.toString(), null, null, null, IngestStatus.REFUSED,
          RefusalReason.INTERNAL_ERROR.name(), detail, List.of(), Pipeline.EXTRACTOR_VERSION, bytes);
      if (archive.store(record, List.of(), replacing) < 0) {
        return new DocumentOutcome(path, IngestStatus.UNCHANGED, 0, null, null, false);
      }
    } catch (ArchiveException | RuntimeException stored) {
      LOG.warn("{}: the refusal could not be recorded in the archive", path, stored);
    }
    return DocumentOutcome.refused(path, RefusalReason.INTERNAL_ERROR, detail);
  }

  private byte[] read(Path source) throws IOException {
    FileSystem fs = source.getFileSystem(conf);
    try (FSDataInputStream in = fs.open(source)) {
      return in.readAllBytes();
    }
  }

  /** The error and where it came from, for the archive's refusal detail. */
  static String describe(Throwable e) {
    StringBuilder s = new StringBuilder(e.getClass().getName());
    if (e.getMessage() != null) {
      s.append(": ").append(e.getMessage());
    }
    StackTraceElement[] trace = e.getStackTrace();
    if (trace.length > 0) {
      s.append(" at ").append(trace[0]);
    }
    return s.length() > 500 ? s.substring(0, 500) : s.toString();
  }

  /**
   * Where a document is from, as the archive keeps it: a local file by its absolute path (as
   * {@code minutebook ingest} stores it, so either can replace what the other read), anything else
   * by its URI.
   */
  static String archivePath(Path source) {
    return "file".equals(source.toUri().getScheme()) ? source.toUri().getPath() : source.toString();
  }
}
