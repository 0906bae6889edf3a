package org.minutebook.ingest.store.pg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.ArchiveCopy;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.Models;
import org.minutebook.ingest.Pipeline;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.ArchivedDocument;
import org.minutebook.ingest.store.ArchivedDocuments;
import org.minutebook.ingest.store.ArchivedDocuments.Selected;
import org.minutebook.model.Meeting;

/**
 * The samples copied from a SQLite archive into a PostgreSQL one and from there into a second
 * SQLite file: every document reads back the same from each, and each exports the same meetings.
 */
class CopyBetweenEnginesTest {
  private static final Path SAMPLES = Path.of("..", "samples");

  @Test
  void sqliteToPostgresToSqliteKeepsEveryDocumentAndMeeting(@TempDir Path dir) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(SAMPLES)) {
      files = s.filter(p -> p.toString().matches(".*\\.(pdf|html)$")).sorted().toList();
    }
    try (TestPostgres pg = TestPostgres.start(dir); Archive a = Archive.open(dir.resolve("a.db").toString(), null);
        Archive server = Archive.open(pg.url(), null); Archive c = Archive.open(dir.resolve("c.db").toString(), null)) {
      new Ingestor(a, new Pipeline(Models.NONE)).ingest(files, 1, o -> {});
      List<Selected> all = ArchivedDocuments.select(a, Filter.all());
      assertEquals(files.size(), all.size(), "every file, refused ones included");

      ArchiveCopy.Result there = ArchiveCopy.copy(a, server, Filter.all(), ArchiveCopy.QUIET);
      assertEquals(all.size(), there.copied());
      assertEquals(new ArchiveCopy.Result(0, all.size(), 0, 0, 0), ArchiveCopy.copy(a, server, Filter.all(), ArchiveCopy.QUIET),
          "a second copy stores nothing");
      assertEquals(there, ArchiveCopy.copy(server, c, Filter.all(), ArchiveCopy.QUIET));

      List<Selected> onServer = ArchivedDocuments.select(server, Filter.all());
      List<Selected> back = ArchivedDocuments.select(c, Filter.all());
      for (int i = 0; i < all.size(); i++) {
        ArchivedDocument original = ArchivedDocuments.read(a, all.get(i).id()).orElseThrow();
        ArchivedDocument fromServer = ArchivedDocuments.read(server, onServer.get(i).id()).orElseThrow();
        ArchivedDocument returned = ArchivedDocuments.read(c, back.get(i).id()).orElseThrow();
        assertArrayEquals(original.document().content(), fromServer.document().content());
        assertEquals(withoutBytes(original), withoutBytes(fromServer), original.document().fileName());
        assertEquals(withoutBytes(original), withoutBytes(returned), original.document().fileName());
      }
      List<Meeting> exported = new ArchiveQueries(a).export(Filter.all());
      assertTrue(exported.size() > 0);
      assertEquals(exported, new ArchiveQueries(server).export(Filter.all()));
      assertEquals(exported, new ArchiveQueries(c).export(Filter.all()));

      String body = exported.get(0).body();
      Filter one = new Filter(body.substring(body.length() / 2).toUpperCase(java.util.Locale.ROOT), null, null);
      assertEquals(ArchivedDocuments.select(a, one).stream().map(Selected::sha256).toList(),
          ArchivedDocuments.select(server, one).stream().map(Selected::sha256).toList(), "a body in any case, on either engine");
    }
  }

  /** The document with its bytes left out: a record compares arrays by identity. */
  private static ArchivedDocument withoutBytes(ArchivedDocument d) {
    var r = d.document();
    return new ArchivedDocument(new org.minutebook.ingest.store.DocumentRecord(r.sha256(), r.path(), r.fileName(), r.format(),
        r.pages(), r.kind(), r.status(), r.refusalReason(), r.refusalDetail(), r.warnings(), r.extractorVersion(), null,
        r.modelGaps(), r.check(), r.ocr()), d.meetings(), d.parts(), d.followUps(), d.bodyOwners());
  }
}
