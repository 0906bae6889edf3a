package org.minutebook.ingest.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.Models;
import org.minutebook.ingest.Pipeline;
import org.minutebook.ingest.link.Linker;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.ArchivedDocuments.Selected;
import org.minutebook.model.ActionRow;
import org.minutebook.model.Box;
import org.minutebook.model.Decision;
import org.minutebook.model.DocumentKind;
import org.minutebook.model.DocumentPart;
import org.minutebook.model.FollowUp;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.ModelGap;
import org.minutebook.model.Ocr;
import org.minutebook.model.Owner;
import org.minutebook.model.OwnerEvidence;
import org.minutebook.model.SelfCheck;
import org.minutebook.model.Source;

/** A stored document read back in full and stored in another archive is the same document there. */
class ArchivedDocumentsTest {
  private static final Path SAMPLES = Path.of("../samples");

  /** The document with its bytes taken out (a record compares arrays by identity), the bytes checked apart. */
  private static ArchivedDocument comparable(ArchivedDocument d, byte[] content) {
    DocumentRecord r = d.document();
    assertArrayEquals(content, r.content(), r.fileName());
    return new ArchivedDocument(new DocumentRecord(r.sha256(), r.path(), r.fileName(), r.format(), r.pages(), r.kind(), r.status(),
        r.refusalReason(), r.refusalDetail(), r.warnings(), r.extractorVersion(), null, r.modelGaps(), r.check(), r.ocr()),
        d.meetings(), d.parts(), d.followUps(), d.bodyOwners());
  }

  /** The round-trip meeting with boxes on its first item, its last decision and its first Action row. */
  private static Meeting withBoxes(Meeting m) {
    Item first = m.items().get(0);
    List<Decision> decisions = new ArrayList<>(first.decisions());
    Decision last = decisions.get(decisions.size() - 1);
    decisions.set(decisions.size() - 1, new Decision(last.kind(), last.text(), last.parts(), last.actions(), last.owners(), last.page(),
        last.vote(), new Box(3, 56.7f, 301.25f, 480.1f, 12.0f), last.deadline(), last.motion(), last.ocrConfidence()));
    List<ActionRow> rows = new ArrayList<>(first.actionRows());
    ActionRow row = rows.get(0);
    rows.set(0, new ActionRow(row.actions(), row.beside(), row.page(), new Box(3, 500f, 80.5f, 20f, 9.75f), row.decision(),
        row.owners()));
    Item boxed = new Item(first.number(), first.title(), first.page(), first.references(), first.text(), decisions, rows,
        first.agendaItem(), new Box(2, 56.7f, 100.125f, 300f, 14.5f), first.group(), first.votes(), first.actionLog(),
        first.ocrConfidence());
    List<Item> items = new ArrayList<>(m.items());
    items.set(0, boxed);
    return new Meeting(m.source(), m.body(), m.date(), m.start(), m.end(), m.venue(), m.nextMeeting(), m.attendance(), items,
        m.approvedMinutes());
  }

  @Test
  void aDocumentWithEveryFieldFilledReadsBackAsStoredAndStoresAgainTheSame(@TempDir Path dir) throws Exception {
    String sha = "abc";
    Ocr ocr = new Ocr(2, 310, 87.5, 4.25);
    Meeting everyField = withBoxes(MeetingRoundTripTest.everyField(sha));
    Source source = everyField.source();
    Meeting meeting = new Meeting(new Source(source.file(), sha, source.pages(), source.firstPage(), source.lastPage(), ocr),
        everyField.body(), everyField.date(), everyField.start(), everyField.end(), everyField.venue(), everyField.nextMeeting(),
        everyField.attendance(), everyField.items(), everyField.approvedMinutes());
    SelfCheck check = new SelfCheck(120, 100, 2, List.of(new SelfCheck.Sighting(2, 14, "agreed", "it was agreed to paint them")),
        List.of(new SelfCheck.NumberingIssue(SelfCheck.NumberingKind.GAP, "5", "7")), List.of("2022-03-09"), Boolean.TRUE);
    byte[] content = {1, 2, 3, 0, (byte) 0xff};
    DocumentRecord record = new DocumentRecord(sha, "/in/" + sha + ".pdf", sha + ".pdf", "PDF", 4, "MINUTES",
        IngestStatus.INGESTED_WITH_WARNINGS, null, null, List.of("one warning"), "test", content, Set.of(ModelGap.NAMES), check, ocr);
    List<DocumentPart> parts = List.of(new DocumentPart(DocumentKind.MINUTES, 1, 3, "Minutes", "Minutes of the meeting", null, "text"),
        new DocumentPart(DocumentKind.REPORT, 4, 4, null, "Report No. ABC19042", "ABC19042", "more text"));
    List<FollowUp> followUps = List.of(new FollowUp("Crete Township Board", "7", LocalDate.of(2022, 2, 9), "Benches",
        "RESOLVED that benches be bought", "Bought.", LocalDate.of(2022, 3, 9), 4), new FollowUp(null, null, null, null, "r", "u", null, null));
    ArchivedDocument written = new ArchivedDocument(record, List.of(meeting), parts, followUps, List.of());
    try (Archive a = Archive.open(dir.resolve("a.db"), null); Archive b = Archive.open(dir.resolve("b.db"), null)) {
      a.store(record, List.of(meeting), parts, followUps, List.of());
      ArchivedDocument read = ArchivedDocuments.read(a, id(a)).orElseThrow();
      assertEquals(comparable(written, content), comparable(read, content));
      assertTrue(ArchivedDocuments.store(b, read) > 0);
      assertEquals(comparable(read, content), comparable(ArchivedDocuments.read(b, id(b)).orElseThrow(), content));
      assertEquals(-1, ArchivedDocuments.store(b, read), "the same bytes are stored once");
    }
  }

  private static long id(Archive a) throws ArchiveException {
    return ArchivedDocuments.select(a, Filter.all()).get(0).id();
  }

  @Test
  void everySampleReadsBackAndStoresAgainTheSame(@TempDir Path dir) throws Exception {
    try (Archive a = Archive.open(dir.resolve("a.db"), null); Archive b = Archive.open(dir.resolve("b.db"), null)) {
      Ingestor ingestor = new Ingestor(a, new Pipeline(Models.NONE));
      List<Path> files = new ArrayList<>();
      try (Stream<Path> s = Stream.concat(Files.list(SAMPLES), Files.list(SAMPLES.resolve("refused")))) {
        s.filter(Files::isRegularFile).filter(p -> !p.toString().contains(".expected.")).sorted().forEach(files::add);
      }
      ingestor.ingest(files, 1, o -> {});
      List<Selected> all = ArchivedDocuments.select(a, Filter.all());
      assertEquals(files.size(), all.size(), "every file offered, refused ones included");
      int refused = 0;
      for (Selected s : all) {
        ArchivedDocument read = ArchivedDocuments.read(a, s.id()).orElseThrow();
        refused += read.document().status() == IngestStatus.REFUSED ? 1 : 0;
        long copy = ArchivedDocuments.store(b, read);
        assertTrue(copy > 0, read.document().fileName());
        byte[] content = read.document().content();
        assertEquals(comparable(read, content), comparable(ArchivedDocuments.read(b, copy).orElseThrow(), content));
      }
      assertTrue(refused > 0, "the refused samples come along");
      assertEquals(kinds(a), kinds(b), "owners keep the kind of their evidence");
    }
  }

  @Test
  void anOwnerResolvedAtTheBodysOtherMeetingsKeepsThatKindInTheCopy(@TempDir Path dir) throws Exception {
    Meeting earlier = MeetingRoundTripTest.everyField("one"); // resolves KS on its own evidence
    Owner open = new Owner("KS", null, "no attendee or name in item 1 has these initials", List.of());
    Item item = new Item("1", "Paths", 1, List.of(), "KS to look at the paths.", List.of(),
        List.of(new ActionRow(List.of("KS"), "KS to look at the paths.", 1, null, null, List.of(open))), null, null);
    Meeting later = new Meeting(new Source("two.pdf", "two", 1, 1, 1), earlier.body(), earlier.date().plusMonths(1), null, null, null,
        null, earlier.attendance(), List.of(item), null);
    try (Archive a = Archive.open(dir.resolve("a.db"), null); Archive b = Archive.open(dir.resolve("b.db"), null)) {
      a.store(MeetingRoundTripTest.record("one"), List.of(earlier), List.of());
      a.store(MeetingRoundTripTest.record("two"), List.of(later), List.of());
      new Linker(a).run();
      assertTrue(kinds(a).contains(OwnerEvidence.BODY_MEETINGS.code() + "=1"), kinds(a).toString());
      for (Selected s : ArchivedDocuments.select(a, Filter.all())) {
        ArchivedDocuments.store(b, ArchivedDocuments.read(a, s.id()).orElseThrow());
      }
      assertEquals(kinds(a), kinds(b), "the writer alone would take it for one its own meeting resolved");
      new Linker(b).run();
      assertEquals(kinds(a), kinds(b), "and linking the copy changes nothing");
    }
  }

  /** Owners per kind of evidence, as "kind=count" in kind order. */
  private static List<String> kinds(Archive a) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement s = a.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT kind, count(*) FROM owners GROUP BY kind ORDER BY kind")) {
      while (r.next()) {
        out.add(r.getString(1) + "=" + r.getInt(2));
      }
    }
    return out;
  }

  @Test
  void aFilterSelectsTheDocumentsHoldingAMeetingItKeeps(@TempDir Path dir) throws Exception {
    try (Archive a = Archive.open(dir.resolve("a.db"), null)) {
      a.store(MeetingRoundTripTest.record("one"), List.of(MeetingRoundTripTest.everyField("one")), List.of());
      a.store(MeetingRoundTripTest.record("two"), List.of(), List.of());
      assertEquals(List.of("one", "two"), shas(a, Filter.all()));
      assertEquals(List.of("one"), shas(a, new Filter("township BOARD", null, null)), "any part of the body, any case");
      assertEquals(List.of("one"), shas(a, new Filter(null, LocalDate.of(2022, 3, 9), LocalDate.of(2022, 3, 9))));
      assertFalse(shas(a, new Filter(null, LocalDate.of(2022, 3, 10), null)).contains("one"));
      assertEquals(List.of(), shas(a, new Filter("Parish", null, null)));
    }
  }

  private static List<String> shas(Archive a, Filter f) throws ArchiveException {
    return ArchivedDocuments.select(a, f).stream().map(Selected::sha256).toList();
  }
}
