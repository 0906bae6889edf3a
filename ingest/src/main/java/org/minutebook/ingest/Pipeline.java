package org.minutebook.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.minutebook.ingest.check.SelfChecker;
import org.minutebook.ingest.dates.TimeNormaliser;
import org.minutebook.ingest.extract.MattersArisingExtractor;
import org.minutebook.ingest.extract.PartDescriber;
import org.minutebook.ingest.label.LabelledLayout;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.RowLabeller;
import org.minutebook.ingest.layout.LayoutAnalyzer;
import org.minutebook.ingest.people.NameFinder;
import org.minutebook.ingest.segment.DocumentClassifier;
import org.minutebook.ingest.segment.ItemSegmenter;
import org.minutebook.ingest.segment.MinutesLocator;
import org.minutebook.ingest.segment.PackSplitter;
import org.minutebook.ingest.segment.Span;
import org.minutebook.ingest.text.DocumentReader;
import org.minutebook.ingest.text.TextDocument;
import org.minutebook.model.DocumentKind;
import org.minutebook.model.DocumentPart;
import org.minutebook.model.FollowUp;
import org.minutebook.model.Meeting;
import org.minutebook.model.ModelGap;
import org.minutebook.model.Source;

/**
 * The whole reading pipeline, stage by stage:
 *
 * <ol>
 *   <li>{@code text}: the file becomes positioned lines ({@link DocumentReader});
 *   <li>{@code layout}: furniture removed, columns found, rows and paragraphs ({@link LayoutAnalyzer});
 *   <li>{@code label}: each row read once by every recogniser: item number, attendance label,
 *       decision opening, closing line ... ({@link RowLabeller});
 *   <li>{@code segment}: the minutes found in the document, split into items ({@link MinutesLocator},
 *       {@link ItemSegmenter});
 *   <li>{@code extract}: items, decisions, actions, attendance and meeting facts, one meeting per
 *       span of minutes ({@link MeetingAssembler});
 *   <li>the documents the file holds and the rows of its matters-arising reports;
 *   <li>{@code check}: what the reading says about itself ({@link SelfChecker}).
 * </ol>
 *
 * <p>Everything after the first stage is a pure function of the text document and the models'
 * answers. Instances are stateless apart from reusable readers and may be shared by one thread at a time.
 */
public final class Pipeline {
  /** Bumped whenever extraction changes what it produces, so stored rows can be re-derived. */
  public static final String EXTRACTOR_VERSION = "7";

  /**
   * The documents a file holds and the rows of its matters-arising reports.
   *
   * @param parts the documents, in order
   * @param followUps the matters-arising rows, in order
   */
  private record Described(List<DocumentPart> parts, List<FollowUp> followUps) {}

  private final DocumentReader reader;
  private final LayoutAnalyzer layoutAnalyzer = new LayoutAnalyzer();
  private final RowLabeller labeller = new RowLabeller();
  private final MinutesLocator locator = new MinutesLocator();
  private final DocumentClassifier classifier = new DocumentClassifier();
  private final PackSplitter splitter = new PackSplitter();
  private final PartDescriber describer = new PartDescriber();
  private final MattersArisingExtractor mattersArising = new MattersArisingExtractor();
  private final SelfChecker checker = new SelfChecker();
  private final Models models;
  private final MeetingAssembler assembler;

  /**
   * A pipeline that finds names in items with the models' recogniser ({@link NameFinder#NONE}:
   * attendance alone) and reads dates in words with their normaliser ({@link TimeNormaliser#NONE}:
   * phrases kept, no dates). The models are shared, not owned: they load on the first document that needs them.
   */
  public Pipeline(Models models) {
    this.models = models;
    this.reader = new DocumentReader(models.scans());
    this.assembler = new MeetingAssembler(models);
  }

  /**
   * A pipeline for each thread that asks, all asking these models: a pipeline keeps reusable
   * readers and serves one thread at a time, so a batch on several threads takes its own from here.
   */
  public static ThreadLocal<Pipeline> perThread(Models models) {
    return ThreadLocal.withInitial(() -> new Pipeline(models));
  }

  /** The models this pipeline asks. */
  public Models models() {
    return models;
  }

  /**
   * Reads a file and returns its meetings.
   *
   * @throws BadInputException when the file cannot be read as minutes, with the reason
   */
  public ParsedDocument parse(Path file) throws BadInputException {
    TextDocument document = reader.read(file);
    return parse(file, document);
  }

  /** Reads a file from bytes already in hand (the archive's copy, or bytes read for hashing). */
  public ParsedDocument parse(Path file, byte[] bytes) throws BadInputException {
    return parse(file, reader.read(file, bytes));
  }

  /** {@link #parse(Path, byte[])} when the caller has hashed the bytes ({@link DocumentReader#sha256}). */
  public ParsedDocument parse(Path file, byte[] bytes, String sha256) throws BadInputException {
    return parse(file, reader.read(file, bytes, sha256));
  }

  /** The pure part of the pipeline: a text document to its meetings. */
  public ParsedDocument parse(Path file, TextDocument document) throws BadInputException {
    boolean paged = document.format() == TextDocument.Format.PDF;
    Source source = new Source(document.fileName(), document.sha256(), paged ? document.pages().size() : null, null, null,
        document.ocr());
    LabelledLayout layout = labeller.label(layoutAnalyzer.analyze(document));
    List<Span> spans = locator.locate(layout);
    NavigableMap<Integer, Meeting> bySpan = new TreeMap<>();
    List<String> warnings = new ArrayList<>();
    Set<ModelGap> gaps = EnumSet.noneOf(ModelGap.class);
    for (int s = 0; s < spans.size(); s++) {
      MeetingAssembler.Assembled read = assembler.assemble(layout, spans.get(s), source, paged);
      warnings.addAll(read.warnings());
      gaps.addAll(read.gaps());
      if (read.meeting() != null) {
        bySpan.put(s, read.meeting());
      }
    }
    Described described = describeParts(layout, spans, bySpan, paged);
    if (bySpan.isEmpty()) {
      // not minutes (an agenda, a notice, a report): kept as a document of its kind, no meetings
      DocumentKind kind = classifier.classify(layout);
      String note = describe(kind) + ", not minutes: stored as a document without meetings"
          + (warnings.isEmpty() ? "" : " (" + warnings.get(0) + ")");
      ParsedDocument other = new ParsedDocument(source, kind, List.of(), described.parts(), described.followUps(), List.of(note),
          EXTRACTOR_VERSION, gaps);
      return other.withCheck(checker.check(other, layout, List.of()));
    }
    ParsedDocument minutes = new ParsedDocument(source, DocumentKind.MINUTES, List.copyOf(bySpan.values()), described.parts(),
        described.followUps(), warnings, EXTRACTOR_VERSION, gaps);
    return minutes.withCheck(checker.check(minutes, layout, bySpan.keySet().stream().map(spans::get).toList()));
  }

  /**
   * The documents of the file (one, or the agenda, minutes and reports of a pack) and the rows of
   * its matters-arising reports. A span of minutes that gave no meeting is described as what it
   * reads as instead.
   */
  private Described describeParts(LabelledLayout layout, List<Span> spans, NavigableMap<Integer, Meeting> bySpan,
      boolean paged) {
    List<LabelledRow> rows = layout.rows();
    List<PackSplitter.Part> split = splitter.split(layout, spans);
    List<DocumentPart> parts = new ArrayList<>();
    List<FollowUp> followUps = new ArrayList<>();
    LocalDate packDate = null;
    // a pack's reports are for the body whose minutes it holds (the first set, where it holds several)
    String body = bySpan.isEmpty() ? null : bySpan.firstEntry().getValue().body();
    for (PackSplitter.Part part : split) {
      DocumentKind kind = part.kind();
      int heading = -1;
      // a file of minutes alone is titled by its top heading; in a pack, minutes by their minutes heading
      if (kind == DocumentKind.MINUTES && !bySpan.containsKey(part.minutes())) {
        kind = classifier.classify(rows.subList(part.start(), part.end()));
      } else if (kind == DocumentKind.MINUTES && split.size() > 1) {
        heading = spans.get(part.minutes()).marker();
      }
      DocumentPart described = describer.describe(rows, part.start(), part.end(), kind, heading, paged);
      parts.add(described);
      if (parts.size() == 1 && (kind == DocumentKind.AGENDA || kind == DocumentKind.NOTICE)) {
        packDate = describer.dateOf(rows.subList(part.start(), part.end()));
      }
      if (kind != DocumentKind.MINUTES) {
        followUps.addAll(mattersArising.extract(rows.subList(part.start(), part.end()), LabelledRow::words, packDate, body));
      }
    }
    return new Described(parts, followUps);
  }

  private static String describe(DocumentKind kind) {
    return switch (kind) {
      case AGENDA -> "an agenda";
      case NOTICE -> "a notice of a meeting";
      case REPORT -> "a report";
      default -> "a document";
    };
  }
}
