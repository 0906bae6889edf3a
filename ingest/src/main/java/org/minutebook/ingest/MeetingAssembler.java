package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.minutebook.ingest.dates.DeadlineFinder;
import org.minutebook.ingest.dates.NextMeetingFinder;
import org.minutebook.ingest.extract.ApprovalExtractor;
import org.minutebook.ingest.extract.AttendanceExtractor;
import org.minutebook.ingest.extract.ItemExtractor;
import org.minutebook.ingest.extract.MeetingFacts;
import org.minutebook.ingest.extract.MeetingFactsExtractor;
import org.minutebook.ingest.extract.NameConfidence;
import org.minutebook.ingest.extract.UnanimousVotes;
import org.minutebook.ingest.label.LabelledLayout;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.people.OwnerResolver;
import org.minutebook.ingest.segment.ItemSegmenter;
import org.minutebook.ingest.segment.RawItem;
import org.minutebook.ingest.segment.Segments;
import org.minutebook.ingest.segment.Span;
import org.minutebook.model.Attendance;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.ModelGap;
import org.minutebook.model.Source;

/**
 * One span of minutes to its meeting, stage by stage: items split and read, attendance, unanimous
 * votes counted from the roll call, the meeting's facts (the next meeting's date in words where the date reader found none), the
 * earlier minutes it approved, then Action entries resolved to people and deadlines read.
 *
 * <p>Contract: a pure function of the layout and of the models' answers; never throws for bad
 * input. One instance per pipeline, used by one thread at a time.
 */
final class MeetingAssembler {
  /**
   * What one span of minutes gave.
   *
   * @param meeting its meeting, or null when it gave none (no rows, or no meeting date)
   * @param warnings what the reader noticed but could work around, for users
   * @param gaps the models reading it needed and could not use
   */
  record Assembled(Meeting meeting, List<String> warnings, Set<ModelGap> gaps) {
    static final Assembled NOTHING = new Assembled(null, List.of(), Set.of());

    Assembled {
      warnings = List.copyOf(warnings);
      gaps = Set.copyOf(gaps);
    }
  }

  private final ItemSegmenter segmenter = new ItemSegmenter();
  private final ItemExtractor itemExtractor = new ItemExtractor();
  private final AttendanceExtractor attendanceExtractor = new AttendanceExtractor();
  private final MeetingFactsExtractor factsExtractor = new MeetingFactsExtractor();
  private final ApprovalExtractor approvals = new ApprovalExtractor();
  private final OwnerResolver owners;
  private final DeadlineFinder deadlines;
  private final NextMeetingFinder nextMeetings;

  MeetingAssembler(Models models) {
    this.owners = new OwnerResolver(models.names());
    this.deadlines = new DeadlineFinder();
    this.nextMeetings = new NextMeetingFinder(models.times());
  }

  /**
   * The rows attendance lists are read from as front matter: the front, and the first item's rows
   * where it is an unnumbered heading over the roll call ("Perfunctory Business" over
   * "Commissioners Present: ..."), as an outline of minutes heads it.
   */
  private static List<LabelledRow> attendanceFront(Segments segments) {
    if (segments.items().isEmpty()) {
      return segments.front();
    }
    RawItem first = segments.items().get(0);
    if (first.number() != null || first.group() != null
        || segments.front().stream().anyMatch(r -> r.labels().opensAttendance())
        || first.bodyRows().stream().noneMatch(r -> r.labels().opensAttendance())) {
      return segments.front();
    }
    List<LabelledRow> rows = new ArrayList<>(segments.front());
    rows.addAll(first.bodyRows());
    return rows;
  }

  /** The meeting whose minutes are the span's rows; source is the file's, given the span's pages when paged. */
  Assembled assemble(LabelledLayout layout, Span span, Source source, boolean paged) {
    List<LabelledRow> rows = layout.rows().subList(span.start(), span.end());
    if (rows.isEmpty()) {
      return Assembled.NOTHING;
    }
    Segments segments = segmenter.segment(rows);
    List<Item> items = new ArrayList<>();
    for (RawItem raw : segments.items()) {
      Item item = itemExtractor.extract(raw);
      items.add(raw.group() == null ? item : item.withGroup(raw.group()));
    }
    List<LabelledRow> early = new ArrayList<>();
    for (RawItem raw : segments.items().subList(0, Math.min(2, segments.items().size()))) {
      early.addAll(raw.bodyRows());
    }
    Attendance attendance = NameConfidence.mark(attendanceExtractor.extract(attendanceFront(segments), items, early), rows);
    items = UnanimousVotes.count(items, attendance);
    int firstPage = rows.get(0).page();
    int lastPage = rows.get(rows.size() - 1).page();
    List<String> furniture = furniture(layout, firstPage, lastPage);
    MeetingFacts facts = factsExtractor.extract(segments.front(), items, segments.closing(), furniture);
    List<LabelledRow> above = facts.date() == null ? above(layout, span) : List.of();
    if (!above.isEmpty()) {
      // the title block above a second heading ("Minutes" under the body, date and venue), where
      // the first one was not read as a minutes heading (OCR's "Minutes. of Meeting")
      List<LabelledRow> front = new ArrayList<>(above);
      front.addAll(segments.front());
      facts = factsExtractor.extract(front, items, segments.closing(), furniture);
    }
    List<LabelledRow> block = facts.date() == null ? titleBlock(segments) : List.of();
    if (!block.isEmpty()) {
      // the title block read as an unnumbered first item (its heading "X BOARD MEETING", then the
      // date on a line of its own): OCR's stray marks can make a heading look like an item's
      List<LabelledRow> front = new ArrayList<>(segments.front());
      front.addAll(block);
      facts = factsExtractor.extract(front, items, segments.closing(), furniture);
    }
    if (facts.date() == null) {
      return new Assembled(null, List.of("minutes on pages " + firstPage + "-" + lastPage + " give no meeting date; skipped"), Set.of());
    }
    List<String> warnings = items.isEmpty() ? List.of("minutes of " + facts.date() + " have no numbered items") : List.of();
    Source where = paged ? source.withPages(firstPage, lastPage) : source;
    NextMeetingFinder.Found next = facts.nextMeeting() != null ? new NextMeetingFinder.Found(facts.nextMeeting(), false)
        : nextMeetings.find(texts(items, segments.closing()), facts.date());
    Meeting read = new Meeting(where, facts.body(), facts.date(), facts.start(), facts.end(), facts.venue(), next.date(), attendance,
        items, approvals.extract(facts.date(), items));
    OwnerResolver.Resolution resolved = owners.resolve(read);
    Meeting dated = deadlines.apply(resolved.meeting());
    Set<ModelGap> gaps = EnumSet.noneOf(ModelGap.class);
    if (resolved.unanswered()) {
      gaps.add(ModelGap.NAMES);
    }
    if (next.unanswered()) {
      gaps.add(ModelGap.DATES);
    }
    return new Assembled(dated, warnings, gaps);
  }

  /** The rows above the span on its first page, when it does not start at the page's top (at most a title block's). */
  private static List<LabelledRow> above(LabelledLayout layout, Span span) {
    List<LabelledRow> rows = layout.rows();
    int page = rows.get(span.start()).page();
    int from = span.start();
    while (from > 0 && rows.get(from - 1).page() == page && span.start() - from < TITLE_BLOCK) {
      from--;
    }
    return rows.subList(from, span.start());
  }

  /**
   * The heading of an unnumbered first item and the short lines under it, before its first
   * sentence: where a title block's date is when the block was read as an item.
   */
  private static List<LabelledRow> titleBlock(Segments segments) {
    if (segments.items().isEmpty() || segments.items().get(0).number() != null) {
      return List.of();
    }
    RawItem first = segments.items().get(0);
    List<LabelledRow> out = new ArrayList<>(first.titleRows());
    for (LabelledRow r : first.bodyRows()) {
      if (out.size() >= TITLE_BLOCK || r.text().strip().length() > SHORT_LINE) {
        break;
      }
      out.add(r);
    }
    return out;
  }

  /** The longest line a title block's date line has ("Wednesday, 9th of September, 2022 at 7pm"). */
  private static final int SHORT_LINE = 48;

  /** The most rows a title block above the minutes' heading has. */
  private static final int TITLE_BLOCK = 6;

  /** Where minutes say when they next meet: items about the next meeting first, the closing lines, then the rest from the end. */
  private static List<String> texts(List<Item> items, List<LabelledRow> closing) {
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

  /**
   * The running headers and footers of the minutes' pages, the first page's first: a first page
   * often has none (or a different one), and the later pages' header still names the body as printed.
   */
  private static List<String> furniture(LabelledLayout layout, int firstPage, int lastPage) {
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
