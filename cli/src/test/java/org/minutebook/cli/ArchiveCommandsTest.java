package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.link.Linker;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.DocumentRecord;
import org.minutebook.model.ActionLogEntry;
import org.minutebook.model.ActionRow;
import org.minutebook.model.Attendance;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionKind;
import org.minutebook.model.Division;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.Motion;
import org.minutebook.model.Movement;
import org.minutebook.model.Owner;
import org.minutebook.model.Person;
import org.minutebook.model.Source;
import org.minutebook.model.Tally;
import org.minutebook.model.Vote;
import org.minutebook.model.VoteResult;

/**
 * The archive through the command line: ingest, re-run, replace, query, export. Ingests run with
 * --no-ocr, so that the scan among the refused samples stays refused and the counts stay those of
 * the samples' sidecars (OcrEndToEndTest reads scans).
 */
class ArchiveCommandsTest {
  private static final Path SAMPLES = Path.of("..", "samples");

  private static int expectedMeetings() {
    try (var files = Files.list(SAMPLES)) {
      int n = 0;
      for (Path f : files.filter(f -> f.toString().endsWith(".expected.json")).toList()) {
        n += JSON.readTree(f.toFile()).size();
      }
      return n;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int expectedDocuments() {
    try (var files = Files.list(SAMPLES)) {
      return (int) files.filter(f -> f.toString().endsWith(".expected.json")).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The samples' meetings and documents, as their expected outputs list them. */
  private static final int MEETINGS = expectedMeetings();
  private static final int DOCUMENTS = expectedDocuments();
  private static final int REFUSED = refusedSamples();

  private static int refusedSamples() {
    try (var files = Files.list(SAMPLES.resolve("refused"))) {
      return (int) files.filter(f -> f.toString().endsWith(".expected.txt")).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }


  @TempDir static Path dir;
  private static Path db;

  private String out;
  private String err;

  private int run(String... args) {
    Cli r = Cli.run(args);
    out = r.out();
    err = r.err();
    return r.code();
  }

  @BeforeAll
  static void ingestSamples() {
    db = dir.resolve("archive.db");
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "ingest", "--no-ocr", "--db", db.toString(),
        SAMPLES.toString());
    assertEquals(ExitCode.REFUSED, code, "samples/refused holds files that must be refused");
  }

  @Test
  void exportOfTheArchiveEqualsParseOfTheFiles() throws Exception {
    List<String> inputs = new ArrayList<>(List.of("parse", "--jsonl"));
    try (Stream<Path> files = Files.list(SAMPLES)) {
      files.filter(Files::isRegularFile).filter(p -> !p.toString().contains(".expected.")).sorted()
          .forEach(p -> inputs.add(p.toString()));
    }
    assertEquals(ExitCode.OK, run(inputs.toArray(String[]::new)), err);
    List<JsonNode> parsed = lines(out);
    assertEquals(ExitCode.OK, run("export", "--db", db.toString(), "--format", "jsonl"), err);
    List<JsonNode> exported = lines(out);
    assertEquals(parsed.size(), exported.size());
    for (JsonNode p : parsed) {
      assertTrue(exported.contains(p), "export lacks the parse of " + p.get("source").get("file") + " " + p.get("date"));
    }
  }

  @Test
  void parallelJobsStoreWhatOneJobStoresAndReportInTheOrderOfTheFiles(@TempDir Path work) throws Exception {
    Path one = work.resolve("one.db");
    Path two = work.resolve("two.db");
    assertEquals(ExitCode.REFUSED, run("ingest", "--no-ocr", "--db", one.toString(), "--jobs", "1", "--json", SAMPLES.toString()));
    JsonNode serial = JSON.readTree(out);
    assertEquals(ExitCode.REFUSED, run("ingest", "--no-ocr", "--db", two.toString(), "--jobs", "3", "--json", SAMPLES.toString()));
    JsonNode parallel = JSON.readTree(out);
    List<String> files = new ArrayList<>();
    serial.get("outcomes").forEach(o -> files.add(o.get("file").asText()));
    List<String> parallelFiles = new ArrayList<>();
    parallel.get("outcomes").forEach(o -> parallelFiles.add(o.get("file").asText()));
    assertEquals(files, parallelFiles, "outcomes in the order of the files");
    assertEquals(files.stream().sorted().toList(), files, "a folder is read in name order");
    assertEquals(serial.get("counts"), parallel.get("counts"));
    for (String table : List.of("documents", "meetings", "items", "decisions", "attendance", "decision_owners", "people")) {
      assertEquals(count(one, "SELECT count(*) FROM " + table), count(two, "SELECT count(*) FROM " + table), table);
    }
    assertEquals(ExitCode.USAGE, run("ingest", "--no-ocr", "--db", two.toString(), "--jobs", "0", SAMPLES.toString()));
    assertTrue(err.contains("--jobs"), err);
  }

  @Test
  void eachProblemFileIsOneLineOnStderrAndTheSummaryTheLast(@TempDir Path work) throws Exception {
    Path folder = Files.createDirectories(work.resolve("in"));
    Files.writeString(folder.resolve("a-empty.pdf"), "");
    Files.write(folder.resolve("b-damaged.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    Files.copy(SAMPLES.resolve("agenda-front-sheet.pdf"), folder.resolve("c-agenda.pdf"));
    Files.copy(SAMPLES.resolve("sbp-strategic-group-2018-06-21-minutes.pdf"), folder.resolve("d-minutes.pdf"));
    assertEquals(ExitCode.REFUSED, run("ingest", "--no-ocr", "--db", work.resolve("a.db").toString(), folder.toString()));
    List<String> lines = err.lines().toList();
    assertEquals(4, lines.size(), err);
    assertTrue(lines.get(0).startsWith("minutebook: " + folder.resolve("a-empty.pdf") + ": refused: empty file"), err);
    assertTrue(lines.get(1).startsWith("minutebook: " + folder.resolve("b-damaged.pdf") + ": refused: damaged PDF"), err);
    assertTrue(lines.get(2).startsWith("minutebook: " + folder.resolve("c-agenda.pdf") + ": warning"), err);
    assertTrue(lines.get(3).startsWith("4 files read: 2 ingested"), err);
    assertFalse(err.contains("\tat "), "no stack trace");
  }

  @Test
  void reRunningSkipsWhatIsAlreadyThere() throws Exception {
    assertEquals(ExitCode.REFUSED, run("ingest", "--no-ocr", "--db", db.toString(), "--json", SAMPLES.toString()));
    JsonNode summary = JSON.readTree(out);
    assertEquals(0, summary.get("meetingsAdded").asInt());
    for (JsonNode o : summary.get("outcomes")) {
      assertTrue(o.get("status").asText().equals("UNCHANGED") || o.get("status").asText().equals("REFUSED"), o.toString());
    }
    assertEquals(MEETINGS, count("SELECT count(*) FROM meetings"));
  }

  @Test
  void aChangedFileReplacesWhatItProduced(@TempDir Path work) throws Exception {
    Path archive = work.resolve("a.db");
    Path file = work.resolve("minutes.pdf");
    byte[] original = Files.readAllBytes(SAMPLES.resolve("sbp-strategic-group-2018-06-21-minutes.pdf"));
    Files.write(file, original);
    assertEquals(ExitCode.OK, run("ingest", "--no-ocr", "--db", archive.toString(), file.toString()), err);
    // the same file published again with different bytes (a trailing comment after %%EOF)
    byte[] changed = (new String(original, java.nio.charset.StandardCharsets.ISO_8859_1) + "\n% republished\n")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(file, changed);
    assertEquals(ExitCode.OK, run("ingest", "--no-ocr", "--db", archive.toString(), file.toString()), err);
    assertTrue(err.contains("1 replacing older versions"), err);
    assertEquals("", out, "without --json the summary is a message, on stderr");
    assertEquals(1, count(archive, "SELECT count(*) FROM meetings"));
    assertEquals(1, count(archive, "SELECT count(*) FROM documents"));
    assertEquals(22, count(archive, "SELECT count(*) FROM items"));
    // the full-text index follows the replacement: no hits from deleted rows
    assertEquals(ExitCode.OK, run("search", "--db", archive.toString(), "--json", "playgrounds"));
    assertEquals(1, JSON.readTree(out).size());
  }

  @Test
  void theSameMeetingFromTwoFilesIsOneMeetingWithTwoSources(@TempDir Path work) throws Exception {
    Path archive = work.resolve("a.db");
    byte[] page = Files.readAllBytes(SAMPLES.resolve("sbp-board-2023-12-06-agenda-and-minutes.html"));
    Path first = work.resolve("from-the-website.html");
    Path second = work.resolve("saved-again.html");
    Files.write(first, page);
    Files.write(second, (new String(page, java.nio.charset.StandardCharsets.UTF_8) + "\n<!-- saved again -->\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(ExitCode.OK, run("ingest", "--no-ocr", "--db", archive.toString(), first.toString(), second.toString()), err);
    assertEquals(2, count(archive, "SELECT count(*) FROM meetings"));
    assertEquals(ExitCode.OK, run("meetings", "--db", archive.toString(), "--json"), err);
    JsonNode meetings = JSON.readTree(out);
    assertEquals(1, meetings.size());
    assertEquals(2, meetings.get(0).get("sources").asInt());
    assertEquals(ExitCode.OK, run("decisions", "--db", archive.toString(), "--json"), err);
    int decisions = JSON.readTree(out).size();
    assertEquals(count(archive, "SELECT count(*) FROM decisions") / 2, decisions, "each decision is listed once");
    assertEquals(ExitCode.OK, run("show", "--db", archive.toString(), meetings.get(0).get("id").asText()), err);
    assertTrue(out.contains("Read from 2 files") && out.contains("saved-again.html"), out);
    // removing one file leaves the meeting, read from the other
    Files.delete(first);
    Files.writeString(first, "not minutes any more");
    run("ingest", "--no-ocr", "--db", archive.toString(), first.toString());
    assertEquals(ExitCode.OK, run("meetings", "--db", archive.toString(), "--json"), err);
    assertEquals(1, JSON.readTree(out).size());
  }

  @Test
  void aPackIsStoredAsItsDocumentsAndItsFollowUpsLinkToTheirDecisions() throws Exception {
    assertEquals(ExitCode.OK, run("documents", "--db", db.toString(), "--json"), err);
    List<String> kinds = new ArrayList<>();
    for (JsonNode p : JSON.readTree(out)) {
      if (p.get("file").asText().contains("agenda-pack")) {
        kinds.add(p.get("kind").asText() + "@" + p.get("firstPage").asInt());
      }
    }
    assertEquals(List.of("AGENDA@1", "MINUTES@2", "REPORT@15", "REPORT@18", "REPORT@19", "REPORT@23", "REPORT@27", "REPORT@27"), kinds);
    assertEquals(ExitCode.OK, run("decisions", "--db", db.toString(), "--json", "--from", "2017-12-19", "--to", "2017-12-19"), err);
    JsonNode followed = null;
    int withFollowUps = 0;
    for (JsonNode d : JSON.readTree(out)) {
      withFollowUps += d.get("followUps").size() > 0 ? 1 : 0;
      if ("180".equals(d.get("itemNumber").asText())) {
        followed = d;
      }
    }
    assertEquals(6, withFollowUps, "the matters-arising report follows up six decisions");
    assertEquals(ExitCode.OK, run("decision", "show", "--db", db.toString(), followed.get("id").asText()), err);
    assertTrue(out.contains("Follow-ups (1)") && out.contains("2018-03-26") && out.contains("exercise has not been confirmed"), out);
    assertEquals(ExitCode.OK, run("search", "--db", db.toString(), "--reports", "knife"), err);
    assertTrue(out.contains("Mayor"), out);
  }

  @Test
  void whoMustActIsAnsweredByNameWithTheEvidence() throws Exception {
    assertEquals(ExitCode.OK, run("actions", "--db", db.toString(), "--owner", "Rob Vale", "--json"), err);
    JsonNode hits = JSON.readTree(out);
    assertEquals(2, hits.size(), out);
    for (JsonNode h : hits) {
      assertEquals("RV", h.get("initials").asText());
      assertEquals("Rob Vale", h.get("owner").asText());
    }
    // one set of initials, two people, each by its own item's evidence
    assertEquals(ExitCode.OK, run("actions", "--db", db.toString(), "--owner", "JB", "--json"), err);
    List<String> people = new ArrayList<>();
    JSON.readTree(out).forEach(h -> people.add(h.get("owner").asText()));
    assertEquals(List.of("Jackie Baxter", "Justin Brett"), people);
  }

  /** Minutes of one board meeting with one decision, whose Action entry (and the row beside it) have this owner. */
  private static Meeting boardMinutes(String sha, LocalDate date, Owner owner, List<Person> present) {
    Decision d = new Decision(DecisionKind.RESOLVED, "RESOLVED that the benches be repaired.", List.of(), List.of(owner.initials()),
        List.of(owner), 1, null, null);
    ActionRow beside = new ActionRow(List.of(owner.initials()), d.text(), 1, null, 0, List.of(owner));
    Item item = new Item("4", "Benches", 1, List.of(), "The benches were discussed.", List.of(d), List.of(beside), null, null);
    return new Meeting(new Source(sha + ".pdf", sha, 1, 1, 1), "Riverside Parks Board", date, null, null, null, null,
        new Attendance(present, List.of(), List.of(), List.of(), List.of()), List.of(item), null);
  }

  private static DocumentRecord minutesRecord(String sha) {
    return new DocumentRecord(sha, sha + ".pdf", sha + ".pdf", "PDF", 1, "MINUTES", IngestStatus.INGESTED, null, null, List.of(),
        "test", new byte[0]);
  }

  @Test
  void anOwnerResolvedAtTheBodysOtherMeetingIsTheSameInEveryQuery(@TempDir Path work) throws Exception {
    Path archive = work.resolve("a.db");
    LocalDate march = LocalDate.of(2021, 3, 4);
    LocalDate april = LocalDate.of(2021, 4, 1);
    try (Archive a = Archive.open(archive, null)) {
      a.store(minutesRecord("march"), List.of(boardMinutes("march", march,
          new Owner("KS", "Kit Someone", "the only attendee with these initials", List.of()),
          List.of(new Person("Kit Someone", null, null, null, null)))), List.of());
      a.store(minutesRecord("april"), List.of(boardMinutes("april", april,
          new Owner("KS", null, "no attendee or name in item 4 has these initials", List.of()), List.of())), List.of());
      new Linker(a).run();
    }
    String evidence = "resolved at the body's meeting of 2021-03-04";
    assertEquals(ExitCode.OK, run("actions", "--db", archive.toString(), "--owner", "Kit Someone", "--json"), err);
    List<String> owned = new ArrayList<>();
    JSON.readTree(out).forEach(h -> owned.add(h.get("date").asText() + " " + h.get("owner").asText()));
    assertEquals(List.of("2021-04-01 Kit Someone", "2021-03-04 Kit Someone"), owned, "actions --owner finds the April entry");
    assertEquals(ExitCode.OK, run("decisions", "--db", archive.toString(), "--json", "--from", "2021-04-01", "--to", "2021-04-01"));
    String id = JSON.readTree(out).get(0).get("id").asText();
    assertEquals(ExitCode.OK, run("decision", "show", "--db", archive.toString(), id), err);
    assertTrue(out.contains("KS: Kit Someone  [" + evidence + "]"), "decision show agrees: " + out);
    assertEquals(ExitCode.OK, run("people", "show", "--db", archive.toString(), "Kit Someone"), err);
    assertTrue(out.contains("Actions (2)") && out.contains(evidence), "people show agrees: " + out);
    assertEquals(ExitCode.OK, run("export", "--db", archive.toString(), "--from", "2021-04-01", "--to", "2021-04-01"), err);
    JsonNode item = JSON.readTree(out).get(0).get("items").get(0);
    assertEquals("Kit Someone", item.get("decisions").get(0).get("owners").get(0).get("name").asText());
    assertEquals("Kit Someone", item.get("actionRows").get(0).get("owners").get(0).get("name").asText(), "export agrees");
    assertEquals(evidence, item.get("actionRows").get(0).get("owners").get(0).get("evidence").asText());
  }

  /**
   * A township board meeting with every field of schema 6 filled: an item under a group heading, a
   * motion with mover, seconder, outcome, counts and roll call, an amendment's division, an action
   * table, and members absent, leaving and arriving.
   */
  private static Meeting township(String sha, LocalDate date, String update) {
    Vote rollCall = new Vote(List.of("Elton", "Hodge"), List.of("Albrecht"), List.of(), List.of("Piacentini"), VoteResult.CARRIED);
    Decision motion = new Decision(DecisionKind.MOTION, "A motion was made by Trustee Elton, seconded by Trustee Hodge, to buy"
        + " benches. Motion passes.", List.of(), List.of(), List.of(), 2, rollCall, null, null,
        new Motion("Elton", "Hodge", VoteResult.CARRIED, new Tally(2, 1, 0)));
    Decision resolved = new Decision(DecisionKind.RESOLVED, "RESOLVED that the gate be painted.", List.of(), List.of(), List.of(), 2,
        null, null);
    Item item = new Item("A", "Benches", 2, List.of(), "Benches were discussed.", List.of(motion, resolved), List.of(), null, null)
        .withGroup("NEW BUSINESS")
        .withVotes(List.of(new Division("amendment to paint them green", VoteResult.LOST, new Tally(1, 3, null),
            new Vote(List.of("Albrecht"), List.of("Elton", "Hodge", "Liccar"), List.of(), VoteResult.LOST), 2),
            new Division("to buy benches", VoteResult.CARRIED, new Tally(2, 1, 0), rollCall, 2)))
        .withActionLog(List.of(new ActionLogEntry("Dec22.02", "Car park ramp: quotes by AS", List.of("AS"), update, null, 2,
            List.of(new Owner("AS", "Al Stone", "the only attendee with these initials", List.of())))));
    Attendance attendance = new Attendance(List.of(new Person("Elton", "Trustee", null, null, null),
        new Person("Hodge", "Trustee", null, null, null), new Person("Albrecht", "Trustee", null, null, null),
        new Person("Liccar", "Supervisor", null, null, null), new Person("Al Stone", null, null, null, null)), List.of(), List.of(),
        List.of(), List.of(), List.of(new Person("Piacentini", "Trustee", null, null, null)),
        List.of(new Movement("Hodge", "20:00", "B")), List.of(new Movement("Albrecht", "19:15", null)));
    return new Meeting(new Source(sha + ".pdf", sha, 1, 1, 1), "Crete Township Board", date, null, null, null, null, attendance,
        List.of(item), null);
  }

  @Test
  void motionsVotesAndActionLogsAreAnsweredFromTheArchive(@TempDir Path work) throws Exception {
    Path archive = work.resolve("a.db");
    List<Meeting> written = List.of(township("dec", LocalDate.of(2022, 12, 14), "Awaiting a quote."),
        township("jan", LocalDate.of(2023, 1, 11), "Three quotes received."));
    try (Archive a = Archive.open(archive, null)) {
      for (Meeting m : written) {
        a.store(minutesRecord(m.source().sha256()), List.of(m), List.of());
        new Linker(a).run();
      }
    }
    String db = archive.toString();
    assertEquals(ExitCode.OK, run("export", "--db", db, "--format", "jsonl"), err);
    assertEquals(written.stream().map(m -> JSON.valueToTree(org.minutebook.cli.render.MeetingJson.tree(m))).toList(), lines(out),
        "export gives what parse would print for these meetings");

    assertEquals(ExitCode.OK, run("show", "--db", db, "2022-12-14"), err);
    for (String shown : List.of("Absent: Piacentini", "Left: Hodge (20:00, before item B)", "Arrived: Albrecht (19:15)",
        "NEW BUSINESS\nA  Benches", "Moved by Elton, seconded by Hodge: carried, 2 for, 1 against, 0 abstained",
        "Absent: Piacentini", "Vote: amendment to paint them green (lost, 1 for, 3 against)", "Action log:",
        "Dec22.02  Car park ramp: quotes by AS [AS = Al Stone] Update: Awaiting a quote.")) {
      assertTrue(out.contains(shown), shown + " in:\n" + out);
    }
    assertFalse(out.contains("Vote: to buy benches"), "the motion's own vote is shown once, under the motion");

    assertEquals(ExitCode.OK, run("decisions", "--db", db, "--json", "--kind", "motion"), err);
    JsonNode motions = JSON.readTree(out);
    assertEquals(2, motions.size());
    assertEquals("Elton", motions.get(0).get("mover").asText());
    assertEquals("carried", motions.get(0).get("result").asText());
    assertEquals(2, motions.get(0).get("tally").get("inFavour").asInt());
    assertEquals(ExitCode.OK, run("decisions", "--db", db, "--json", "--mover", "Hodge"), err);
    assertEquals(0, JSON.readTree(out).size(), "Hodge seconded, he did not move");
    assertEquals(ExitCode.OK, run("decisions", "--db", db, "--kind", "MOTION", "--mover", "elton", "--to", "2022-12-31"), err);
    assertTrue(out.contains("  moved by Elton, seconded by Hodge, carried 2-1-0  A motion was made"), out);
    assertEquals(ExitCode.USAGE, run("decisions", "--db", db, "--kind", "DECREED"));

    String id = motions.get(1).get("id").asText();
    assertEquals(ExitCode.OK, run("decision", "show", "--db", db, id), err);
    assertTrue(out.contains("Put: moved by Elton, seconded by Hodge, carried 2-1-0"), out);
    assertTrue(out.contains("Vote (carried): for Elton, Hodge; against Albrecht; abstained -; absent Piacentini"), out);
    assertTrue(out.contains("Action log of the item (1):") && out.contains("↳ 2023-01-11: Three quotes received."), out);

    assertEquals(ExitCode.OK, run("actions", "--db", db, "--owner", "Al Stone"), err);
    assertTrue(out.contains("Dec22.02: Car park ramp: quotes by AS (update: Awaiting a quote.)"), out);
    assertTrue(out.contains("↳ 2023-01-11: Three quotes received."), out);
    assertEquals(ExitCode.OK, run("actions", "--db", db, "--json", "--owner", "AS"), err);
    JsonNode actions = JSON.readTree(out);
    assertEquals(List.of("2023-01-11", "2022-12-14"), List.of(actions.get(0).get("date").asText(), actions.get(1).get("date").asText()));
    assertEquals(0, actions.get(0).get("later").size());
    assertEquals("Three quotes received.", actions.get(1).get("later").get(0).get("update").asText());

    assertEquals(ExitCode.OK, run("people", "show", "--db", db, "Albrecht"), err);
    assertTrue(out.contains("Votes (4):"), out);
    assertTrue(out.contains("for") && out.contains("amendment to paint them green") && out.contains("against"), out);
    assertEquals(ExitCode.OK, run("people", "show", "--db", db, "--json", "Piacentini"), err);
    JsonNode absentee = JSON.readTree(out).get(0);
    assertEquals(2, absentee.get("absent").asInt());
    assertEquals(0, absentee.get("attended").asInt());
    List<String> votes = new ArrayList<>();
    absentee.get("votes").forEach(v -> votes.add(v.get("vote").asText()));
    assertEquals(List.of("absent", "absent"), votes, "absent from the roll call at both meetings");
  }

  @Test
  void peopleShowGathersAPersonsMeetingsRolesAndMentions() throws Exception {
    assertEquals(ExitCode.OK, run("people", "show", "--db", db.toString(), "Councillor Kate Lymer"), err);
    assertTrue(out.contains("Meetings attended: 2, apologies sent: 0"), out);
    assertTrue(out.contains("Portfolio Holder for Public Protection and Enforcement") && out.contains("Chairman"), out);
    assertTrue(out.contains("Also printed as: Councillor Kate Lymer"), out);
    assertEquals(ExitCode.USAGE, run("people", "show", "--db", db.toString(), "Nobody At All"));
  }

  @Test
  void reparseRederivesRowsOfAnOlderExtractorFromTheStoredBytes(@TempDir Path work) throws Exception {
    Path archive = work.resolve("a.db");
    Path file = work.resolve("minutes.pdf");
    Files.copy(SAMPLES.resolve("sbp-strategic-group-2018-06-21-minutes.pdf"), file);
    assertEquals(ExitCode.OK, run("ingest", "--no-ocr", "--db", archive.toString(), file.toString()), err);
    // as if an older minutebook had stored it, and the file has gone since
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + archive); Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = ON");
      s.execute("UPDATE documents SET extractor_version = '0'");
      s.execute("DELETE FROM items WHERE ordinal > 2");
    }
    Files.delete(file);
    assertEquals(ExitCode.OK, run("ingest", "--no-ocr", "--db", archive.toString(), "--reparse", "--json"), err);
    assertEquals(1, JSON.readTree(out).get("meetingsAdded").asInt());
    assertEquals(22, count(archive, "SELECT count(*) FROM items"));
    assertEquals(0, count(archive, "SELECT count(*) FROM documents WHERE extractor_version = '0'"));
    assertEquals(1, count(archive, "SELECT count(*) FROM meetings"));
  }

  @Test
  void queriesAnswerFromTheArchive() throws Exception {
    assertEquals(ExitCode.OK, run("meetings", "--db", db.toString(), "--json", "--body", "strategic"));
    assertEquals(2, JSON.readTree(out).size());

    assertEquals(ExitCode.OK, run("search", "--db", db.toString(), "--json", "bike", "--from", "2018-01-01", "--to", "2018-12-31"));
    JsonNode hits = JSON.readTree(out);
    assertTrue(hits.size() > 0, "stemming finds 'bikes' for 'bike'");
    assertTrue(hits.get(0).get("snippet").asText().contains("["), "snippets mark the hit");
    assertEquals("2018-06-21", hits.get(0).get("date").asText());

    assertEquals(ExitCode.OK, run("decisions", "--db", db.toString(), "--json", "--action", "RV"));
    assertEquals(2, JSON.readTree(out).size());
    assertEquals(ExitCode.OK, run("decisions", "--db", db.toString(), "--json", "--text", "Prevent Action Plan"));
    assertEquals("181", JSON.readTree(out).get(0).get("itemNumber").asText());

    assertEquals(ExitCode.OK, run("actions", "--db", db.toString(), "--json", "--owner", "jb"));
    JsonNode actions = JSON.readTree(out);
    assertTrue(actions.size() >= 2, "JB owns the 183 and 186b actions: " + actions);

    assertEquals(ExitCode.OK, run("people", "show", "--db", db.toString(), "--json", "Kate Lymer"));
    JsonNode person = JSON.readTree(out).get(0);
    assertEquals(2, person.get("meetings").size());

    assertEquals(ExitCode.OK, run("show", "--db", db.toString(), "2018-06-21", "Strategic"));
    assertTrue(out.contains("RESOLVED that the matters arising report be noted"), out);
    assertTrue(out.contains("[Action: RV = Rob Vale]"), out);

    assertEquals(ExitCode.OK, run("stats", "--db", db.toString(), "--json"));
    assertEquals(MEETINGS, JSON.readTree(out).get("stats").get("meetings").asInt());
    assertEquals(REFUSED, JSON.readTree(out).get("refused").size());
  }

  @Test
  void peopleJsonIsAnArrayHoweverManyMatch() throws Exception {
    // "Prendergast" alone (an apology) and "Shellina Prendergast" (present) are two people
    String[][] cases = {{"Nobody At All", "0"}, {"Kate Lymer", "1"}, {"Prendergast", "2"}};
    for (String[] c : cases) {
      assertEquals(ExitCode.OK, run("people", "--db", db.toString(), "--json", c[0]), err);
      JsonNode people = JSON.readTree(out);
      assertTrue(people.isArray(), c[0] + ": " + out);
      assertEquals(Integer.parseInt(c[1]), people.size(), c[0] + ": " + out);
      people.forEach(p -> assertTrue(p.get("name").asText().contains(c[0].split(" ")[0]), p.toString()));
    }
  }

  /** Runs the command under a German default locale (decimal comma) and under Locale.ROOT. */
  private String[] underBothLocales(String... args) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      assertEquals(ExitCode.OK, run(args), err);
      String root = out;
      Locale.setDefault(Locale.GERMANY);
      assertEquals(ExitCode.OK, run(args), err);
      return new String[] {root, out};
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void figuresIgnoreTheDefaultLocale() {
    String[] stats = underBothLocales("stats", "--db", db.toString());
    assertEquals(stats[0], stats[1]);
    assertTrue(stats[1].matches("(?s)archive .*\\(schema \\d+, \\d+\\.\\d MiB, SQLite\\).*"), "a decimal point: " + stats[1]);
    String[] check = underBothLocales("check", "../samples/sbp-strategic-group-2018-06-21-minutes.pdf");
    assertEquals(check[0], check[1]);
    assertFalse(check[1].matches("(?s).*\\d,\\d.*"), check[1]);
    String[] people = underBothLocales("people", "--db", db.toString(), "Lymer");
    assertEquals(people[0], people[1]);
    String[] decisions = underBothLocales("decisions", "--db", db.toString(), "--action", "RV");
    assertEquals(decisions[0], decisions[1]);
    String id = decisions[1].lines().filter(l -> l.matches("^\\d+ .*")).findFirst().orElseThrow().split(" ")[0];
    String[] decision = underBothLocales("decision", "show", "--db", db.toString(), id);
    assertEquals(decision[0], decision[1]);
    assertTrue(decision[1].startsWith("Decision " + id + ":"), decision[1]);
  }

  @Test
  void aQueryFts5CannotReadIsAUsageErrorThatSaysHowToQuote() {
    List<String[]> commands = List.of(new String[] {"search", "\"unbalanced"}, new String[] {"search", "AND"},
        new String[] {"search", "--reports", "a:b"}, new String[] {"search", "--json", "knife OR"},
        new String[] {"decisions", "--text", "\"unbalanced"}, new String[] {"decisions", "--text", "AND"},
        new String[] {"decisions", "--text", "a:b"});
    for (String[] command : commands) {
      List<String> args = new ArrayList<>(List.of(command));
      args.addAll(List.of("--db", db.toString()));
      String what = String.join(" ", command);
      assertEquals(ExitCode.USAGE, run(args.toArray(String[]::new)), what + ": " + err);
      assertEquals("", out, what);
      assertEquals(1, err.strip().lines().count(), err);
      assertTrue(err.contains("cannot read the search query " + command[command.length - 1]), err);
      assertTrue(err.contains("put them in double quotes, \"like this\", and double a quote"), err);
    }
    run("search", "--db", db.toString(), "\"unbalanced");
    assertTrue(err.contains("unterminated string"), err);
    run("decisions", "--db", db.toString(), "--text", "a:b");
    assertTrue(err.contains("no such column: a"), err);
    // quoted as the message says, the same words are read
    assertEquals(ExitCode.OK, run("search", "--db", db.toString(), "\"\"\"unbalanced\""), err);
  }

  @Test
  void searchOfReportsHonoursBodyAndDates() throws Exception {
    // the pack holds the minutes of the strategic group's meeting of 2017-12-19, and its reports
    assertEquals(ExitCode.OK, run("search", "--db", db.toString(), "--json", "--reports", "knife"), err);
    int all = JSON.readTree(out).size();
    assertTrue(all > 0, out);
    assertEquals(all, reports("--body", "strategic", "--from", "2017-12-19", "--to", "2017-12-19"));
    assertEquals(all, reports("--to", "2017-12-31"));
    assertEquals(0, reports("--from", "2017-12-20"));
    assertEquals(0, reports("--to", "2017-12-18"));
    assertEquals(0, reports("--body", "no such body"));
  }

  private int reports(String... filter) throws Exception {
    List<String> args = new ArrayList<>(List.of("search", "--db", db.toString(), "--json", "--reports", "knife"));
    args.addAll(List.of(filter));
    assertEquals(ExitCode.OK, run(args.toArray(String[]::new)), err);
    return JSON.readTree(out).size();
  }

  @Test
  void aQueryWithNoHitsIsFine() {
    assertEquals(ExitCode.OK, run("search", "--db", db.toString(), "zebra crossing of antelopes"));
    assertEquals("", out);
  }

  @Test
  void anUnusableArchiveIsOneClearLine(@TempDir Path work) throws Exception {
    assertEquals(ExitCode.ENVIRONMENT, run("ingest", "--no-ocr", "--db", work.resolve("no/such/folder/a.db").toString(), SAMPLES.toString()));
    assertEquals(1, err.strip().lines().count(), err);
    assertTrue(err.contains("does not exist"), err);

    Path readOnly = work.resolve("ro");
    Files.createDirectories(readOnly);
    assertTrue(readOnly.toFile().setWritable(false));
    try {
      int code = run("ingest", "--no-ocr", "--db", readOnly.resolve("a.db").toString(), SAMPLES.toString());
      if (!"root".equals(System.getProperty("user.name"))) {
        assertEquals(ExitCode.ENVIRONMENT, code);
        assertTrue(err.contains("cannot write"), err);
      }
    } finally {
      readOnly.toFile().setWritable(true);
    }

    assertEquals(ExitCode.ENVIRONMENT, run("meetings", "--db", work.resolve("missing.db").toString()));
    assertTrue(err.contains("no archive"), err);
  }

  @Test
  void anArchiveFromANewerMinutebookIsLeftAlone(@TempDir Path work) throws Exception {
    Path newer = work.resolve("newer.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 999");
    }
    assertEquals(ExitCode.ENVIRONMENT, run("ingest", "--no-ocr", "--db", newer.toString(), SAMPLES.resolve("sbp-board-2023-12-06-agenda-and-minutes.html").toString()));
    assertTrue(err.contains("newer"), err);
    assertEquals(999, count(newer, "PRAGMA user_version"));
  }

  @Test
  void refusedFilesAreRecordedAndTheRestGoesIn() {
    assertEquals(REFUSED, count("SELECT count(*) FROM documents WHERE status = 'REFUSED'"));
    assertEquals(1, count("SELECT count(*) FROM documents WHERE kind = 'AGENDA'"));
    assertEquals(DOCUMENTS, count("SELECT count(*) FROM documents WHERE status <> 'REFUSED'"));
    assertFalse(count("SELECT count(*) FROM items") == 0);
  }

  private static List<JsonNode> lines(String text) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  private static int count(String sql) {
    return count(db, sql);
  }

  static int count(Path archive, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + archive); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }
}
