package org.minutebook.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.minutebook.ingest.link.Linker;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.DocumentRecord;
import org.minutebook.ingest.store.StoredDocument;
import org.minutebook.ingest.text.DocumentReader;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.RefusalReason;

/**
 * Puts documents into the archive, safely re-runnable:
 *
 * <ul>
 *   <li>a file whose bytes (SHA-256) the archive already holds, read by this extractor version, is
 *       left alone ({@link IngestStatus#UNCHANGED});
 *   <li>a file whose path the archive knows with other bytes replaces what the old bytes produced;
 *   <li>a refused file is recorded with its reason, so that the archive lists it;
 *   <li>a document read without a model it needed is recorded with that gap, so that {@link
 *       #reparse} reads it again in a run that has the model;
 *   <li>each document is stored in one transaction, so a kill leaves it whole or absent;
 *   <li>after each write, the archive-wide links it may have changed are made by the {@link
 *       Linker}, in a transaction of their own; the write records what they are, so links a kill
 *       interrupted are made before anything else by the next call of {@link #ingest} or {@link
 *       #reparse}.
 * </ul>
 *
 * Parsing happens before the write transaction opens, so the archive is locked only while rows
 * are written and linked. A batch parses on several threads ({@link #prepare}, safe from any
 * thread) while one thread writes ({@link #commit}), in the order of the files.
 */
public final class Ingestor {
  /** What became of one file. */
  public record Outcome(Path file, IngestStatus status, int meetings, RefusalReason reason, String detail,
      List<String> warnings, boolean replaced) {
    public Outcome {
      warnings = List.copyOf(warnings);
    }

    public boolean refused() {
      return status == IngestStatus.REFUSED || reason != null;
    }
  }

  /**
   * A file read, hashed, looked up and parsed, ready for {@link #commit}: made by {@link #prepare}
   * on any thread, written by the one writer.
   */
  public static final class Prepared {
    private final Path file;
    private final Outcome done;
    private final String path;
    private final String sha;
    private final byte[] bytes;
    private final List<Long> replacing;
    private final boolean replaced;
    private final ParsedDocument parsed;
    private final BadInputException refusal;
    private final ArchiveException failure;

    private Prepared(Path file, Outcome done, String path, String sha, byte[] bytes, List<Long> replacing, boolean replaced,
        ParsedDocument parsed, BadInputException refusal, ArchiveException failure) {
      this.file = file;
      this.done = done;
      this.path = path;
      this.sha = sha;
      this.bytes = bytes;
      this.replacing = replacing;
      this.replaced = replaced;
      this.parsed = parsed;
      this.refusal = refusal;
      this.failure = failure;
    }

    private static Prepared done(Outcome outcome) {
      return new Prepared(outcome.file(), outcome, null, null, null, List.of(), false, null, null, null);
    }

    private static Prepared failed(Path file, ArchiveException e) {
      return new Prepared(file, null, null, null, null, List.of(), false, null, null, e);
    }

    /** The file this is about. */
    public Path file() {
      return file;
    }
  }

  private final Archive archive;
  private final Models models;
  /** One pipeline per thread: a pipeline keeps reusable readers and serves one thread at a time. */
  private final ThreadLocal<Pipeline> pipelines;
  private final Linker linker;

  /** An ingestor whose pipelines ask these models. */
  public Ingestor(Archive archive, Models models) {
    this.archive = archive;
    this.models = models;
    this.pipelines = Pipeline.perThread(models);
    this.linker = new Linker(archive);
  }

  /** An ingestor whose pipelines ask this pipeline's models. */
  public Ingestor(Archive archive, Pipeline pipeline) {
    this(archive, pipeline.models());
  }

  /**
   * Ingests one file.
   *
   * @throws ArchiveException when the archive cannot be written (the batch should stop)
   */
  public Outcome ingest(Path file) throws ArchiveException {
    synchronized (archive) {
      linker.run(); // what an interrupted run left, before anything of this file
    }
    return commit(prepare(file));
  }

  /**
   * Ingests files, parsing on {@code jobs} threads while the calling thread writes; outcomes reach
   * the sink in the order of the files, each as its document is stored.
   *
   * @throws ArchiveException when the archive cannot be written (the files after it are not read)
   */
  public void ingest(List<Path> files, int jobs, Consumer<Outcome> sink) throws ArchiveException {
    synchronized (archive) {
      linker.run();
    }
    OrderedBatch.run(files, jobs, this::prepare, p -> sink.accept(commit(p)));
  }

  /**
   * Reads, hashes and looks up a file and, unless the archive already has its bytes, parses it:
   * everything but the write. Safe to call from several threads at once.
   */
  public Prepared prepare(Path file) {
    byte[] bytes;
    try {
      bytes = DocumentReader.readAll(file);
    } catch (BadInputException e) {
      return Prepared.done(new Outcome(file, IngestStatus.REFUSED, 0, e.reason(), detail(e), List.of(), false));
    }
    return prepare(file, file.toAbsolutePath().normalize().toString(), bytes);
  }

  /**
   * {@link #prepare(Path)} for bytes that are not in a file of their own (a download): {@code name}
   * names them in messages and by its extension, {@code path} is where they are from (a URL), as the
   * archive keeps it: new bytes from the same path replace what the old ones produced.
   */
  public Prepared prepare(Path name, String path, byte[] bytes) {
    Path file = name;
    String sha = DocumentReader.sha256(bytes);
    Optional<StoredDocument> same;
    Optional<StoredDocument> previous;
    try {
      synchronized (archive) {
        same = archive.bySha(sha);
        previous = same.isPresent() && current(same.get()) ? Optional.empty() : archive.byPath(path);
      }
    } catch (ArchiveException e) {
      return Prepared.failed(file, e);
    }
    if (same.isPresent() && current(same.get())) {
      StoredDocument d = same.get();
      RefusalReason reason = d.refusalReason() == null ? null : RefusalReason.valueOf(d.refusalReason());
      return Prepared.done(new Outcome(file, IngestStatus.UNCHANGED, d.meetings(), reason, d.refusalDetail(), List.of(), false));
    }
    List<Long> replacing = new ArrayList<>();
    same.ifPresent(d -> replacing.add(d.id()));
    previous.filter(d -> !d.sha256().equals(sha)).ifPresent(d -> replacing.add(d.id()));
    return parse(file, path, sha, bytes, replacing, previous.isPresent() || same.isPresent());
  }

  /**
   * Writes what {@link #prepare} made, in one transaction, and makes the links it changed. Call
   * from one thread (the writer).
   *
   * @throws ArchiveException when the archive cannot be written (the batch should stop)
   */
  public Outcome commit(Prepared p) throws ArchiveException {
    if (p.failure != null) {
      throw p.failure;
    }
    if (p.done != null) {
      return p.done;
    }
    String name = p.file.getFileName() == null ? p.path : p.file.getFileName().toString();
    synchronized (archive) {
      if (p.refusal != null) {
        BadInputException e = p.refusal;
        DocumentRecord record = new DocumentRecord(p.sha, p.path, name, null, null, null, IngestStatus.REFUSED, e.reason().name(),
            detail(e), List.of(), Pipeline.EXTRACTOR_VERSION, p.bytes);
        archive.store(record, List.of(), p.replacing);
        linker.run();
        return new Outcome(p.file, IngestStatus.REFUSED, 0, e.reason(), detail(e), List.of(), p.replaced);
      }
      ParsedDocument parsed = p.parsed;
      IngestStatus status = parsed.warnings().isEmpty() ? IngestStatus.INGESTED : IngestStatus.INGESTED_WITH_WARNINGS;
      String format = parsed.source().pages() == null ? "HTML" : "PDF";
      DocumentRecord record = new DocumentRecord(p.sha, p.path, name, format, parsed.source().pages(), parsed.kind().name(), status,
          null, null, parsed.warnings(), parsed.extractorVersion(), p.bytes, parsed.modelGaps(), parsed.check(),
          parsed.source().ocr());
      long id = archive.store(record, parsed.meetings(), parsed.parts(), parsed.followUps(), p.replacing);
      linker.run();
      if (id < 0) {
        // another process, or an earlier file of this batch, stored the same bytes while this one was parsed
        return new Outcome(p.file, IngestStatus.UNCHANGED, parsed.meetings().size(), null, null, List.of(), false);
      }
      return new Outcome(p.file, status, parsed.meetings().size(), null, null, parsed.warnings(), p.replaced);
    }
  }

  /**
   * Re-derives the rows of every document an older extractor produced, and of every document read
   * without a model this pipeline's models can now supply, from the bytes the archive kept;
   * outcomes are reported to the sink as they happen.
   */
  public void reparse(Consumer<Outcome> sink) throws ArchiveException {
    reparse(1, sink);
  }

  /** {@link #reparse(Consumer)}, parsing on {@code jobs} threads while the calling thread writes. */
  public void reparse(int jobs, Consumer<Outcome> sink) throws ArchiveException {
    List<StoredDocument> stale;
    synchronized (archive) {
      linker.run();
      stale = new ArrayList<>();
      for (StoredDocument d : archive.staleDocuments(Pipeline.EXTRACTOR_VERSION, models.fillable())) {
        if (d.extractorVersion().equals(Pipeline.EXTRACTOR_VERSION) && Collections.disjoint(d.modelGaps(), models.fillable())) {
          continue; // the models failed during this run: reading it again would leave the same gap
        }
        stale.add(d);
      }
    }
    OrderedBatch.run(stale, jobs, d -> {
      Path file = Path.of(d.path());
      byte[] bytes;
      try {
        synchronized (archive) {
          bytes = archive.content(d.id());
        }
      } catch (ArchiveException e) {
        return Prepared.failed(file, e);
      }
      return parse(file, d.path(), d.sha256(), bytes, List.of(d.id()), true);
    }, p -> sink.accept(commit(p)));
  }

  private boolean current(StoredDocument d) {
    return d.extractorVersion().equals(Pipeline.EXTRACTOR_VERSION);
  }

  private Prepared parse(Path file, String path, String sha, byte[] bytes, List<Long> replacing, boolean replaced) {
    ParsedDocument parsed = null;
    BadInputException refusal = null;
    try {
      parsed = pipelines.get().parse(file, bytes, sha);
    } catch (BadInputException e) {
      refusal = e;
    }
    return new Prepared(file, null, path, sha, bytes, List.copyOf(replacing), replaced, parsed, refusal, null);
  }

  private static String detail(BadInputException e) {
    String m = e.getMessage();
    String base = e.reason().description();
    return m.startsWith(base + " (") ? m.substring(base.length() + 2, m.length() - 1) : null;
  }
}
