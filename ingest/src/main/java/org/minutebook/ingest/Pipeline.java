package org.minutebook.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.minutebook.ingest.dates.DeadlineFinder;
import org.minutebook.ingest.dates.NextMeetingFinder;
import org.minutebook.ingest.dates.TimeNormaliser;
import org.minutebook.ingest.extract.ApprovalExtractor;
import org.minutebook.ingest.extract.AttendanceExtractor;
import org.minutebook.ingest.extract.ItemExtractor;
import org.minutebook.ingest.extract.MattersArisingExtractor;
import org.minutebook.ingest.extract.MeetingFacts;
import org.minutebook.ingest.extract.MeetingFactsExtractor;
import org.minutebook.ingest.extract.PartDescriber;
import org.minutebook.ingest.layout.Layout;
import org.minutebook.ingest.layout.LayoutAnalyzer;
import org.minutebook.ingest.layout.Row;
import org.minutebook.ingest.people.NameFinder;
import org.minutebook.ingest.people.OwnerResolver;
import org.minutebook.ingest.segment.DocumentClassifier;
import org.minutebook.ingest.segment.ItemSegmenter;
import org.minutebook.ingest.segment.MinutesLocator;
import org.minutebook.ingest.segment.PackSplitter;
import org.minutebook.ingest.segment.RawItem;
import org.minutebook.ingest.segment.Segments;
import org.minutebook.ingest.segment.Span;
import org.minutebook.ingest.text.DocumentReader;
import org.minutebook.ingest.text.Line;
import org.minutebook.ingest.text.TextDocument;
import org.minutebook.ingest.text.Word;
import org.minutebook.model.Attendance;
import org.minutebook.model.DocumentKind;
import org.minutebook.model.DocumentPart;
import org.minutebook.model.FollowUp;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.Source;

/**
 * The whole reading pipeline, stage by stage:
 *
 * <ol>
 *   <li>{@code text}: the file becomes positioned lines ({@link DocumentReader});
 *   <li>{@code layout}: furniture removed, columns found, rows and paragraphs ({@link LayoutAnalyzer});
 *   <li>{@code segment}: the minutes found in the document, split into items ({@link MinutesLocator},
 *       {@link ItemSegmenter});
 *   <li>{@code extract}: items, decisions, actions, attendance and meeting facts.
 * </ol>
 *
 * <p>Everything after the first stage is a pure function of the text document. Instances are
 * stateless apart from reusable readers and may be shared by one thread at a time.
 */
public final class Pipeline {
  /** Bumped whenever extraction changes what it produces, so stored rows can be re-derived. */
  public static final String EXTRACTOR_VERSION = "4";

  private final DocumentReader reader = new DocumentReader();
  private final LayoutAnalyzer layoutAnalyzer = new LayoutAnalyzer();
  private final MinutesLocator locator = new MinutesLocator();
  private final ItemSegmenter segmenter = new ItemSegmenter();
  private final ItemExtractor itemExtractor = new ItemExtractor();
  private final AttendanceExtractor attendanceExtractor = new AttendanceExtractor();
  private final MeetingFactsExtractor factsExtractor = new MeetingFactsExtractor();
  private final DocumentClassifier classifier = new DocumentClassifier();
  private final PackSplitter splitter = new PackSplitter();
  private final PartDescriber describer = new PartDescriber();
  private final MattersArisingExtractor mattersArising = new MattersArisingExtractor();
  private final ApprovalExtractor approvals = new ApprovalExtractor();
  private final Models models;
  private final OwnerResolver owners;
  private final DeadlineFinder deadlines;
  private final NextMeetingFinder nextMeetings;

  /**
   * A pipeline that finds names in items with the models' recogniser ({@link NameFinder#NONE}:
   * attendance alone) and reads dates in words with their normaliser ({@link TimeNormaliser#NONE}:
   * phrases kept, no dates). The models are shared, not owned: they load on the first document that needs them.
   */
  public Pipeline(Models models) {
    this.models = models;
    this.owners = new OwnerResolver(models.names());
    this.deadlines = new DeadlineFinder(models.times());
    this.nextMeetings = new NextMeetingFinder(models.times());
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

  /** The pure part of the pipeline: a text document to its meetings. */
  public ParsedDocument parse(Path file, TextDocument document) throws BadInputException {
    Integer pages = document.format() == TextDocument.Format.PDF ? document.pages().size() : null;
    Source source = new Source(document.fileName(), document.sha256(), pages, null, null);
    Layout layout = layoutAnalyzer.analyze(document);
    List<Span> spans = locator.locate(layout);
    List<Meeting> meetings = new ArrayList<>();
    NavigableMap<Integer, Meeting> bySpan = new TreeMap<>();
    List<String> warnings = new ArrayList<>();
    for (int s = 0; s < spans.size(); s++) {
      Span span = spans.get(s);
      List<Row> rows = layout.rows().subList(span.start(), span.end());
      if (rows.isEmpty()) {
        continue;
      }
      Segments segments = segmenter.segment(rows);
      List<Item> items = new ArrayList<>();
      for (RawItem raw : segments.items()) {
        items.add(itemExtractor.extract(raw));
      }
      List<Row> early = new ArrayList<>();
      for (RawItem raw : segments.items().subList(0, Math.min(2, segments.items().size()))) {
        early.addAll(raw.bodyRows());
      }
      Attendance attendance = attendanceExtractor.extract(segments.front(), items, early);
      int firstPage = rows.get(0).page();
      int lastPage = rows.get(rows.size() - 1).page();
      MeetingFacts facts = factsExtractor.extract(segments.front(), items, segments.closing(), furniture(layout, firstPage, lastPage));
      if (facts.date() == null) {
        warnings.add("minutes on pages " + firstPage + "-" + lastPage + " give no meeting date; skipped");
        continue;
      }
      if (items.isEmpty()) {
        warnings.add("minutes of " + facts.date() + " have no numbered items");
      }
      Source where = pages == null ? source : source.withPages(firstPage, lastPage);
      LocalDate next = facts.nextMeeting() != null ? facts.nextMeeting() : nextMeetings.find(texts(items, segments.closing()), facts.date());
      Meeting meeting = deadlines.apply(owners.resolve(new Meeting(where, facts.body(), facts.date(), facts.start(), facts.end(), facts.venue(),
          next, attendance, items, approvals.extract(facts.date(), items))));
      meetings.add(meeting);
      bySpan.put(s, meeting);
    }
    List<DocumentPart> parts = new ArrayList<>();
    List<FollowUp> followUps = new ArrayList<>();
    describeParts(document, layout, spans, bySpan, pages != null, parts, followUps);
    if (meetings.isEmpty()) {
      // not minutes (an agenda, a notice, a report): kept as a document of its kind, no meetings
      DocumentKind kind = classifier.classify(layout);
      List<String> notes = new ArrayList<>();
      notes.add(describe(kind) + ", not minutes: stored as a document without meetings"
          + (warnings.isEmpty() ? "" : " (" + warnings.get(0) + ")"));
      return new ParsedDocument(source, kind, List.of(), parts, followUps, notes, EXTRACTOR_VERSION);
    }
    DocumentKind kind = DocumentKind.MINUTES;
    return new ParsedDocument(source, kind, meetings, parts, followUps, warnings, EXTRACTOR_VERSION);
  }

  /**
   * The documents of the file (one, or the agenda, minutes and reports of a pack) and the rows of
   * its matters-arising reports. A span of minutes that gave no meeting is described as what it
   * reads as instead.
   */
  private void describeParts(TextDocument document, Layout layout, List<Span> spans, NavigableMap<Integer, Meeting> bySpan, boolean paged,
      List<DocumentPart> parts, List<FollowUp> followUps) {
    List<Row> rows = layout.rows();
    List<PackSplitter.Part> split = splitter.split(layout, spans);
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
        followUps.addAll(mattersArising.extract(rows.subList(part.start(), part.end()), row -> wordsOf(document, row), packDate, body));
      }
    }
  }

  private static String describe(DocumentKind kind) {
    return switch (kind) {
      case AGENDA -> "an agenda";
      case NOTICE -> "a notice of a meeting";
      case REPORT -> "a report";
      default -> "a document";
    };
  }

  /** Where minutes say when they next meet: items about the next meeting first, the closing lines, then the rest from the end. */
  private static List<String> texts(List<Item> items, List<Row> closing) {
    List<String> out = new ArrayList<>();
    StringBuilder end = new StringBuilder();
    closing.forEach(r -> end.append(r.text().strip()).append(' '));
    out.add(end.toString());
    for (int i = items.size() - 1; i >= 0; i--) {
      Item item = items.get(i);
      out.add((item.title() == null ? "" : item.title() + ". ") + item.text());
    }
    return out;
  }

  /** The words printed on a row's line of its page, left to right (a table's cells, side by side). */
  private static List<Word> wordsOf(TextDocument document, Row row) {
    if (row.page() < 1 || row.page() > document.pages().size()) {
      return List.of();
    }
    List<Word> out = new ArrayList<>();
    for (Line line : document.pages().get(row.page() - 1).lines()) {
      float baseline = line.baseline();
      if (baseline >= row.top() && baseline <= row.bottom() + 0.5f) {
        out.addAll(line.words());
      }
    }
    out.sort(Comparator.comparingDouble(Word::x0));
    return out;
  }

  /**
   * The running headers and footers of the minutes' pages, the first page's first: a first page
   * often has none (or a different one), and the later pages' header still names the body as printed.
   */
  private static List<String> furniture(Layout layout, int firstPage, int lastPage) {
    List<String> out = new ArrayList<>(layout.furnitureOf(firstPage));
    for (int page = firstPage + 1; page <= lastPage; page++) {
      for (String line : layout.furnitureOf(page)) {
        if (!out.contains(line)) {
          out.add(line);
        }
      }
    }
    return out;
  }
}
