package org.minutebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.minutebook.ingest.BadInputException;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.Models;
import org.minutebook.ingest.ParsedDocument;
import org.minutebook.ingest.Pipeline;
import org.minutebook.ingest.link.Linker;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import org.minutebook.ingest.store.DocumentRecord;
import org.minutebook.ingest.store.QueryResults;
import org.minutebook.ingest.store.QuerySyntaxException;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code minutebook bench-archive}: grows an archive to many meetings, made from the sample
 * minutes with shifted dates and bodies, and prints ingest throughput and query latency (median
 * and p95) for search and decisions. Prints figures; asserts nothing.
 */
@Command(
    name = "bench-archive",
    mixinStandardHelpOptions = true,
    description = "Measure archive ingest throughput and query latency on a grown archive.",
    footer = ExitCode.HELP)
final class BenchArchiveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Minutes to grow the archive from (default: samples/).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--meetings", defaultValue = "10000", description = "Meetings to grow the archive to (default ${DEFAULT-VALUE}).")
  int meetings;

  @Option(names = "--items", defaultValue = "0", description = "Grow on until the archive has at least this many items"
      + " as well (default ${DEFAULT-VALUE}); 1000000 takes some 74,000 meetings.")
  int itemsWanted;

  @Option(names = "--db", paramLabel = "FILE|URL", description = "Archive to grow: a SQLite file or a PostgreSQL URL"
      + " (default: a new temporary file, removed after).")
  String db;

  @Option(names = "--queries", defaultValue = "200", description = "Timed runs per query kind (default ${DEFAULT-VALUE}).")
  int runs;

  private static final String[] WORDS = {"update", "police", "budget", "school", "crime", "funding", "report", "strategy",
      "meeting", "youth", "safety", "housing", "library", "council", "training", "knife crime", "noted", "exercise",
      "minutes", "partnership", "fire", "plan", "review", "community", "finance"};

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = files();
    Pipeline pipeline = new Pipeline(Models.onClassPath().withoutOcr("bench-archive grows its archive from text samples"));
    List<Meeting> templates = new ArrayList<>();
    for (Path f : files) {
      try {
        ParsedDocument d = pipeline.parse(f);
        templates.addAll(d.meetings());
      } catch (BadInputException e) {
        err.println("minutebook: " + f + ": skipped: " + e.getMessage());
      }
    }
    if (templates.isEmpty()) {
      err.println("minutebook: no minutes to grow the archive from");
      return ExitCode.REFUSED;
    }
    boolean temporary = db == null;
    Path archivePath = temporary ? Files.createTempFile("minutebook-bench", ".db") : null;
    if (temporary) {
      Files.delete(archivePath);
    }
    String location = temporary ? archivePath.toString() : db;
    try (Archive archive = Archive.open(location, p -> err.println("minutebook: waiting for another writer"))) {
      // end to end: real files parsed and stored, one transaction each
      long t0 = System.nanoTime();
      Ingestor ingestor = new Ingestor(archive, pipeline);
      int ingested = 0;
      for (Path f : files) {
        IngestStatus status = ingestor.ingest(f).status();
        ingested += status == IngestStatus.INGESTED || status == IngestStatus.INGESTED_WITH_WARNINGS ? 1 : 0;
      }
      double fileSeconds = (System.nanoTime() - t0) / 1e9;
      // growth: parsed meetings stored again under new identities, one document each, and linked
      Linker linker = new Linker(archive);
      QueryResults.Stats before = new ArchiveQueries(archive).stats();
      int existing = before.meetings();
      int items = before.items();
      heap(out, "heap after GC at " + existing + " meetings");
      long t1 = System.nanoTime();
      int added = 0;
      // numbered on from the meetings there are, so that growing an archive again makes new documents
      for (int i = existing; existing + added < meetings || items < itemsWanted; i++) {
        Meeting m = variant(templates.get(i % templates.size()), i);
        DocumentRecord record = new DocumentRecord(m.source().sha256(), "bench/" + m.source().file(), m.source().file(), "PDF",
            m.source().pages(), "MINUTES", IngestStatus.INGESTED, null, null, List.of(), Pipeline.EXTRACTOR_VERSION, null);
        if (archive.store(record, List.of(m), List.of()) >= 0) {
          added++;
          items += m.items().size();
        }
        linker.run(); // as the Ingestor does after each write
        if (Integer.bitCount(added) == 1 && added >= 1024) {
          heap(out, "heap after GC at " + (existing + added) + " meetings");
        }
      }
      double growSeconds = (System.nanoTime() - t1) / 1e9;
      archive.analyze(); // as a backfill ends (ingest does so after a large batch)
      ArchiveQueries queries = new ArchiveQueries(archive);
      int total = queries.stats().meetings();
      out.printf(Locale.ROOT, "archive: %d meetings, %d items, %d decisions (%.1f MiB, %s)%n", total, queries.stats().items(),
          queries.stats().decisions(), queries.stats().bytes() / 1048576.0, queries.engine());
      if (ingested > 0) {
        out.printf(Locale.ROOT, "ingest of files (parse + store): %d files in %.2f s = %.0f documents/minute%n", ingested,
            fileSeconds, ingested / fileSeconds * 60);
      }
      if (added > 0) {
        out.printf(Locale.ROOT, "store only (growth):             %d documents in %.1f s = %.0f documents/minute%n", added,
            growSeconds, added / growSeconds * 60);
      }
      // filters taken from the grown archive itself: a word of a body's name, and the commonest initials
      String bodyWord = commonestBodyWord(templates);
      List<String> initials = queries.actions(null, Filter.all(), 2000).stream().map(a -> a.initials())
          .collect(java.util.stream.Collectors.groupingBy(x -> x, java.util.stream.Collectors.counting())).entrySet().stream()
          .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(5).map(java.util.Map.Entry::getKey).toList();
      latency(out, "search (limit 20)", i -> queries.search(WORDS[i % WORDS.length], Filter.all(), 20).size());
      latency(out, "search with --body/--from", i -> queries.search(WORDS[i % WORDS.length],
          new Filter(bodyWord, templates.get(0).date().minusYears(3), null), 20).size());
      latency(out, "search with --body (one body)", i -> queries.search(WORDS[i % WORDS.length],
          new Filter(templates.get(i % templates.size()).body() + " " + (char) ('A' + i % 26) + (i % 7), null, null), 20).size());
      latency(out, "decisions --text (limit 100)", i -> queries.decisions(WORDS[i % WORDS.length], null, Filter.all(), 100).size());
      if (!initials.isEmpty()) {
        latency(out, "decisions --action (limit 100)", i -> queries.decisions(null, initials.get(i % initials.size()),
            Filter.all(), 100).size());
      }
      heap(out, "heap after GC after the queries");
    } catch (ArchiveException e) {
      err.println("minutebook: " + e.getMessage());
      return ExitCode.ENVIRONMENT;
    } catch (QuerySyntaxException e) {
      throw new IllegalStateException("a benchmark query is not valid FTS5", e);
    } finally {
      if (temporary) {
        Files.deleteIfExists(archivePath);
        Files.deleteIfExists(Path.of(archivePath + "-wal"));
        Files.deleteIfExists(Path.of(archivePath + "-shm"));
      }
    }
    return ExitCode.OK;
  }

  @FunctionalInterface
  private interface Query {
    int run(int i) throws ArchiveException, QuerySyntaxException;
  }

  private void latency(PrintWriter out, String name, Query q) throws ArchiveException, QuerySyntaxException {
    for (int i = 0; i < 20; i++) {
      q.run(i); // warm-up
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      q.run(i);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    java.util.Arrays.sort(ms);
    out.printf(Locale.ROOT, "%-32s median %6.2f ms   p95 %6.2f ms   max %6.2f ms   (%d runs)%n", name, ms[runs / 2],
        ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], runs);
  }

  /** Prints the heap in use after a collection: flat as the archive grows when nothing holds whole tables. */
  private static void heap(PrintWriter out, String when) {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    out.printf(Locale.ROOT, "%-40s %6.1f MiB used of %.0f MiB max%n", when + ":", (rt.totalMemory() - rt.freeMemory()) / 1048576.0,
        rt.maxMemory() / 1048576.0);
    out.flush();
  }

  /** The word (of four letters or more) most often in the templates' body names. */
  private static String commonestBodyWord(List<Meeting> templates) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (Meeting m : templates) {
      for (String w : m.body().split("\\s+")) {
        if (w.length() >= 4) {
          counts.merge(w, 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse("");
  }

  /**
   * A copy of a meeting under a new identity: another body of the same kind, weeks later. The
   * body's suffix names the round (a letter and the rest of the round's number), so no two rounds
   * give the same body and date: a suffix that cycled would make later copies second readings of
   * meetings already grown (not primary, so not searched), an archive unlike any a user builds.
   */
  private static Meeting variant(Meeting m, int i) {
    int round = i / 6 + 1;
    String body = m.body() + " " + (char) ('A' + round % 26) + (round / 26);
    Source s = new Source("bench-" + i + "-" + m.source().file(), String.format(Locale.ROOT, "bench%059d", i),
        m.source().pages(), m.source().firstPage(), m.source().lastPage());
    List<Item> items = m.items();
    return new Meeting(s, body, m.date().minusWeeks(round % 520), m.start(), m.end(), m.venue(),
        m.nextMeeting() == null ? null : m.nextMeeting().minusWeeks(round % 520), m.attendance(), items);
  }

  private List<Path> files() throws IOException {
    List<Path> given = inputs.isEmpty() ? List.of(Path.of("samples")) : inputs;
    List<Path> out = new ArrayList<>();
    for (Path p : given) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> list = Files.list(p)) {
          list.filter(f -> f.toString().endsWith(".pdf") || f.toString().endsWith(".html")).sorted().forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
