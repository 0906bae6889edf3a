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
 * are written and linked.
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

  private final Archive archive;
  private final Pipeline pipeline;
  private final Linker linker;

  public Ingestor(Archive archive, Pipeline pipeline) {
    this.archive = archive;
    this.pipeline = pipeline;
    this.linker = new Linker(archive);
  }

  /**
   * Ingests one file.
   *
   * @throws ArchiveException when the archive cannot be written (the batch should stop)
   */
  public Outcome ingest(Path file) throws ArchiveException {
    linker.run(); // what an interrupted run left, before anything of this file
    byte[] bytes;
    try {
      bytes = DocumentReader.readAll(file);
    } catch (BadInputException e) {
      return new Outcome(file, IngestStatus.REFUSED, 0, e.reason(), detail(e), List.of(), false);
    }
    String sha = DocumentReader.sha256(bytes);
    String path = file.toAbsolutePath().normalize().toString();
    Optional<StoredDocument> same = archive.bySha(sha);
    if (same.isPresent() && same.get().extractorVersion().equals(Pipeline.EXTRACTOR_VERSION)) {
      StoredDocument d = same.get();
      RefusalReason reason = d.refusalReason() == null ? null : RefusalReason.valueOf(d.refusalReason());
      return new Outcome(file, IngestStatus.UNCHANGED, d.meetings(), reason, d.refusalDetail(), List.of(), false);
    }
    List<Long> replacing = new ArrayList<>();
    same.ifPresent(d -> replacing.add(d.id()));
    Optional<StoredDocument> previous = archive.byPath(path);
    previous.filter(d -> !d.sha256().equals(sha)).ifPresent(d -> replacing.add(d.id()));
    return store(file, path, sha, bytes, replacing, previous.isPresent() || same.isPresent());
  }

  /**
   * Re-derives the rows of every document an older extractor produced, and of every document read
   * without a model this pipeline's models can now supply, from the bytes the archive kept;
   * outcomes are reported to the sink as they happen.
   */
  public void reparse(Consumer<Outcome> sink) throws ArchiveException {
    linker.run();
    for (StoredDocument d : archive.staleDocuments(Pipeline.EXTRACTOR_VERSION, pipeline.models().fillable())) {
      if (d.extractorVersion().equals(Pipeline.EXTRACTOR_VERSION) && Collections.disjoint(d.modelGaps(), pipeline.models().fillable())) {
        continue; // the models failed during this run: reading it again would leave the same gap
      }
      byte[] bytes = archive.content(d.id());
      Path file = Path.of(d.path());
      sink.accept(store(file, d.path(), d.sha256(), bytes, List.of(d.id()), true));
    }
  }

  private Outcome store(Path file, String path, String sha, byte[] bytes, List<Long> replacing, boolean replaced)
      throws ArchiveException {
    String name = file.getFileName() == null ? path : file.getFileName().toString();
    ParsedDocument parsed;
    try {
      parsed = pipeline.parse(file, bytes);
    } catch (BadInputException e) {
      DocumentRecord record = new DocumentRecord(sha, path, name, null, null, null, IngestStatus.REFUSED, e.reason().name(),
          detail(e), List.of(), Pipeline.EXTRACTOR_VERSION, bytes);
      archive.store(record, List.of(), replacing);
      linker.run();
      return new Outcome(file, IngestStatus.REFUSED, 0, e.reason(), detail(e), List.of(), replaced);
    }
    IngestStatus status = parsed.warnings().isEmpty() ? IngestStatus.INGESTED : IngestStatus.INGESTED_WITH_WARNINGS;
    String format = parsed.source().pages() == null ? "HTML" : "PDF";
    DocumentRecord record = new DocumentRecord(sha, path, name, format, parsed.source().pages(), parsed.kind().name(), status,
        null, null, parsed.warnings(), parsed.extractorVersion(), bytes, parsed.modelGaps(), parsed.check());
    long id = archive.store(record, parsed.meetings(), parsed.parts(), parsed.followUps(), replacing);
    linker.run();
    if (id < 0) {
      // another process stored the same bytes while this one was parsing
      return new Outcome(file, IngestStatus.UNCHANGED, parsed.meetings().size(), null, null, List.of(), false);
    }
    return new Outcome(file, status, parsed.meetings().size(), null, null, parsed.warnings(), replaced);
  }

  private static String detail(BadInputException e) {
    String m = e.getMessage();
    String base = e.reason().description();
    return m.startsWith(base + " (") ? m.substring(base.length() + 2, m.length() - 1) : null;
  }
}
