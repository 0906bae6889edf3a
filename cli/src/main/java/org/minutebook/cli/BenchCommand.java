package org.minutebook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.minutebook.ingest.BadInputException;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.Models;
import org.minutebook.ingest.OrderedBatch;
import org.minutebook.ingest.Pipeline;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.text.PlainTextBaseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code minutebook bench FILE...}: what a batch costs, measured as users run one: a single pass
 * over documents the measuring JVM has never read (distinct copies of the given PDFs), for plain
 * PDFBox extraction, the full parse, parse plus store into a fresh archive and, when {@code
 * pdftotext} is on the PATH, poppler, at 1..N jobs, each with its ratio to plain PDFBox at the
 * same jobs. Cold figures come from a fresh JVM per pass (class loading, JIT and model loading
 * included); warm ones from this JVM after a warm-up pass over the originals. The old figure,
 * the same files parsed again and again, is kept last and labelled as such: it favours anything
 * remembered between passes. Prints figures; asserts nothing.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {"Measure batch throughput: one pass over distinct documents, cold and warm, at 1..N jobs,",
        "for plain PDFBox, the full parse, parse + store and pdftotext, with ratios to plain PDFBox."},
    footer = ExitCode.HELP)
final class BenchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a pass runs over each document. */
  enum Method {
    PDFBOX("plain PDFBox"), PARSE("full parse"), STORE("parse + store"), POPPLER("pdftotext (poppler)");

    final String label;

    Method(String label) {
      this.label = label;
    }
  }

  /**
   * One pass's figures.
   *
   * @param nanos wall time of the pass
   * @param modelNanos time spent in the name and date models during it (loading and asking, all threads)
   * @param writerNanos time the writer spent storing and linking (parse + store only)
   */
  record Pass(Method method, int jobs, int documents, long pages, long nanos, long modelNanos, long writerNanos) {
    double pagesPerSecond() {
      return pages / (nanos / 1e9);
    }

    double documentsPerMinute() {
      return documents / (nanos / 1e9) * 60;
    }

    /** The models' share of the pass's thread time (wall time times jobs). */
    double modelShare() {
      return modelNanos / ((double) nanos * jobs);
    }
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF files or folders of them.")
  List<Path> inputs;

  @Option(names = "--copies", paramLabel = "K", defaultValue = "1",
      description = "Distinct copies of each file in a pass (bytes differ, text the same; default ${DEFAULT-VALUE}).")
  int copies;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", split = ",",
      description = "The job counts to measure (default 1 up to the number of cores), e.g. --jobs 1,2,4.")
  List<Integer> jobs;

  @Option(names = "--cold", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Measure the cold passes, a fresh JVM each (default); --no-cold skips them.")
  boolean cold;

  /** Scans are left out: OCR's speed is not comparable with a text layer's (bench-ocr measures it). */
  private static final String NOT_MEASURED = "bench measures text layers only";

  @Option(names = "--warm-up", paramLabel = "N", defaultValue = "40",
      description = "Most warm-up passes over the originals before the warm table; they stop early once the JIT"
          + " compiler took under a tenth of a pass (default ${DEFAULT-VALUE}).")
  int warmUps;

  @Option(names = "--re-parse-seconds", paramLabel = "S", defaultValue = "5",
      description = "Time per method of the warm re-parse line (the same files again and again; 0 leaves it out;"
          + " default ${DEFAULT-VALUE}).")
  double reparseSeconds;

  @Option(names = "--pass", hidden = true, description = "Internal: run one pass in this JVM and print its figures as JSON.")
  Method pass;

  @Option(names = "--list", hidden = true, description = "Internal: the files of --pass, one per line.")
  Path list;

  @Override
  public Integer call() throws IOException, ArchiveException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (copies < 1 || jobs != null && jobs.stream().anyMatch(j -> j < 1)) {
      err.println("minutebook: --copies and --jobs must be at least 1");
      return ExitCode.USAGE;
    }
    if (pass != null) {
      // a cold pass, in the fresh JVM the parent started
      List<Path> files = Files.readAllLines(list, StandardCharsets.UTF_8).stream().map(Path::of).toList();
      Models models = Models.onClassPath().withoutOcr(NOT_MEASURED);
      Pass p = run(pass, files, jobs == null ? 1 : jobs.get(0), 0, models);
      out.println(JSON.writeValueAsString(Map.of("documents", p.documents(), "nanos", p.nanos(), "modelNanos", p.modelNanos(),
          "writerNanos", p.writerNanos())));
      return ExitCode.OK;
    }
    List<Integer> jobCounts = jobs != null ? jobs : Stream.iterate(1, j -> j <= OrderedBatch.cores(), j -> j + 1).toList();
    List<Path> pdfs = pdfs(inputs);
    Models models = Models.onClassPath().withoutOcr(NOT_MEASURED);
    Pipeline pipeline = new Pipeline(models);

    // the warm-up: every original parsed once (files refused before extraction, scans and
    // encrypted ones, are not comparable and are left out) and counted by plain PDFBox
    List<Path> usable = new ArrayList<>();
    long pagesPerCopy = 0;
    for (Path p : pdfs) {
      try {
        pipeline.parse(p);
        pagesPerCopy += PlainTextBaseline.extract(Files.readAllBytes(p));
        usable.add(p);
      } catch (BadInputException e) {
        err.println("minutebook: " + p + ": skipped: refused before extraction (" + e.reason().description() + ")");
      }
    }
    if (usable.isEmpty()) {
      err.println("minutebook: no readable PDF to measure");
      return ExitCode.REFUSED;
    }
    boolean poppler = onPath("pdftotext");
    long pages = pagesPerCopy * copies;
    int documents = usable.size() * copies;
    out.printf(Locale.ROOT, "bench: %d PDFs x %d cop%s = %d distinct documents, %d pages a pass; %d cores%n",
        usable.size(), copies, copies == 1 ? "y" : "ies", documents, pages, OrderedBatch.cores());
    out.println("each figure: one pass over documents its JVM has not read before (fresh copies, a fresh archive);");
    out.println("names+dates: the name and date models' share of the pass's thread time (wall x jobs), loading included;");
    out.println("writer: the share of the pass's wall time the one writer spent storing and linking");

    Path work = Files.createTempDirectory("minutebook-bench");
    try {
      List<Method> inJava = List.of(Method.PDFBOX, Method.PARSE, Method.STORE);
      List<Pass> coldPasses = List.of();
      if (cold) {
        out.println();
        out.println("cold: a fresh JVM per pass (class loading, JIT and model loading included, JVM start not)");
        coldPasses = table(out, jobCounts, inJava, usable, "c", work, (m, files, j) -> coldPass(m, files, j, pages, work));
      }
      out.println();
      out.println(warmUp(usable, jobCounts.get(jobCounts.size() - 1), pagesPerCopy, models));
      List<Pass> warmPasses = table(out, jobCounts, poppler ? List.of(Method.values()) : inJava, usable, "w", work,
          (m, files, j) -> run(m, files, j, pages, models));
      if (!poppler) {
        out.println("  (pdftotext is not on the PATH: poppler not measured)");
      }
      out.println();
      scaling(out, "cold", coldPasses);
      scaling(out, "warm", warmPasses);
      if (reparseSeconds > 0) {
        reparse(out, usable, pipeline, pagesPerCopy, reparseSeconds);
      }
    } finally {
      try (Stream<Path> s = Files.walk(work)) {
        s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    return ExitCode.OK;
  }

  /**
   * Warms this JVM up as a long batch is once its compiler has settled: passes of plain PDFBox
   * and of parse + store over the originals, until the JIT compiler's time in a pass is under a
   * tenth of the pass's wall time, or --warm-up passes. A few passes are not enough: on the 71
   * readable realworld PDFs, C2 kept compiling methods for the first time (the ones a document
   * calls a handful of times cross its threshold only after hundreds of documents) for 2-4 s of
   * each of the first ten passes, taking a core from the jobs, and settled at 0.2-0.5 s a pass
   * only after 15-20 passes, about 1,200 documents: a fraction of a backfill of tens of
   * thousands. Returns the line that says what the warm table measures.
   */
  private String warmUp(List<Path> originals, int jobs, long pages, Models models) throws IOException, ArchiveException {
    var jit = ManagementFactory.getCompilationMXBean();
    boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
    double share = Double.NaN;
    int passes = 0;
    while (passes < Math.max(1, warmUps) && !(share < 0.1)) {
      long compiled = timed ? jit.getTotalCompilationTime() : 0;
      long start = System.nanoTime();
      run(Method.PDFBOX, originals, jobs, pages, models);
      run(Method.STORE, originals, jobs, pages, models);
      passes++;
      share = timed ? (jit.getTotalCompilationTime() - compiled) * 1e6 / (System.nanoTime() - start) : Double.NaN;
    }
    String jitShare = Double.isNaN(share) ? "" : String.format(Locale.ROOT, "; JIT compiling %.0f%% of the last", 100 * share);
    return String.format(Locale.ROOT, "warm: this JVM, after %d warm-up pass%s over the originals at %d jobs (models loaded%s)",
        passes, passes == 1 ? "" : "es", jobs, jitShare);
  }

  /** Runs one pass of a method over files at a job count. */
  @FunctionalInterface
  private interface Runner {
    Pass run(Method method, List<Path> files, int jobs) throws IOException, ArchiveException, InterruptedException;
  }

  /**
   * One table: each method at each job count, a pass over fresh copies (named by tag) each, with
   * its ratio to plain PDFBox at the same jobs.
   */
  private List<Pass> table(PrintWriter out, List<Integer> jobCounts, List<Method> methods, List<Path> usable, String tag,
      Path work, Runner runner) throws IOException, ArchiveException, InterruptedException {
    header(out);
    List<Pass> passes = new ArrayList<>();
    for (int j : jobCounts) {
      Pass base = null;
      for (Method m : methods) {
        List<Path> files = copies(usable, copies, tag + passes.size(), work);
        Pass p = runner.run(m, files, j);
        delete(files);
        base = m == Method.PDFBOX ? p : base;
        passes.add(p);
        row(out, p, base);
      }
    }
    return passes;
  }

  /** One pass of a method over files on jobs threads, in this JVM. */
  private static Pass run(Method method, List<Path> files, int jobs, long pages, Models models)
      throws IOException, ArchiveException {
    long modelsBefore = modelNanos(models);
    long[] writerNanos = {0};
    long start = System.nanoTime();
    switch (method) {
      case PDFBOX -> OrderedBatch.run(files, jobs, f -> {
        try {
          return PlainTextBaseline.extract(Files.readAllBytes(f));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, pagesRead -> {});
      case PARSE -> {
        ThreadLocal<Pipeline> pipelines = Pipeline.perThread(models);
        OrderedBatch.run(files, jobs, f -> {
          try {
            return pipelines.get().parse(f);
          } catch (BadInputException e) {
            return null;
          }
        }, parsed -> {});
      }
      case STORE -> {
        Path db = Files.createTempFile(files.get(0).getParent(), "bench", ".db");
        Files.delete(db);
        try (Archive archive = Archive.open(db, null)) {
          // what Ingestor.ingest(files, jobs, sink) does, with the writer's time counted
          Ingestor ingestor = new Ingestor(archive, models);
          OrderedBatch.run(files, jobs, ingestor::prepare, prepared -> {
            long t = System.nanoTime();
            ingestor.commit(prepared);
            writerNanos[0] += System.nanoTime() - t;
          });
        } finally {
          for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
          }
        }
      }
      case POPPLER -> OrderedBatch.run(files, jobs, BenchCommand::pdftotext, code -> {});
      default -> throw new IllegalStateException(method.name());
    }
    long nanos = System.nanoTime() - start;
    return new Pass(method, jobs, files.size(), pages, nanos, modelNanos(models) - modelsBefore, writerNanos[0]);
  }

  /** One pass in a fresh JVM with this JVM's options and class path. */
  private Pass coldPass(Method method, List<Path> files, int jobs, long pages, Path work) throws IOException, InterruptedException {
    Path listing = work.resolve("list-" + method + "-" + jobs + ".txt");
    Files.write(listing, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench", "--pass", method.name(),
        "--jobs", String.valueOf(jobs), "--list", listing.toString(), "ignored"));
    Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (child.waitFor() != 0 || output.isEmpty()) {
      throw new IOException("the cold pass of " + method.label + " at " + jobs + " jobs failed (exit " + child.exitValue() + ")");
    }
    JsonNode figures = JSON.readTree(output.substring(output.lastIndexOf('\n') + 1));
    return new Pass(method, jobs, figures.get("documents").asInt(), pages, figures.get("nanos").asLong(),
        figures.get("modelNanos").asLong(), figures.get("writerNanos").asLong());
  }

  /** The warm re-parse line: the old measure, the same files parsed again and again. */
  private static void reparse(PrintWriter out, List<Path> files, Pipeline pipeline, long pagesPerRun, double seconds)
      throws IOException {
    List<byte[]> bytes = new ArrayList<>();
    for (Path f : files) {
      bytes.add(Files.readAllBytes(f));
    }
    Round plain = () -> {
      for (byte[] b : bytes) {
        PlainTextBaseline.extract(b);
      }
    };
    Round full = () -> {
      for (Path f : files) {
        try {
          pipeline.parse(f);
        } catch (BadInputException e) {
          // measured like the others: it went through every stage it could
        }
      }
    };
    repeat(plain, seconds / 3);
    repeat(full, seconds / 3);
    double plainRate = pagesPerRun * repeat(plain, seconds);
    double fullRate = pagesPerRun * repeat(full, seconds);
    out.printf(Locale.ROOT, "warm re-parse (the same %d files again and again for %.0f s, one job; favours whatever is"
        + " remembered between passes): plain PDFBox %.1f pages/s, full parse %.1f pages/s (%.0f%% of plain)%n",
        files.size(), seconds, plainRate, fullRate, 100 * fullRate / plainRate);
  }

  /** Rounds per second of round, repeated for about the given time (at least once). */
  private static double repeat(Round round, double seconds) throws IOException {
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    int n = 0;
    do {
      round.run();
      n++;
    } while (System.nanoTime() < end);
    return n / ((System.nanoTime() - start) / 1e9);
  }

  @FunctionalInterface
  private interface Round {
    void run() throws IOException;
  }

  private static void header(PrintWriter out) {
    out.printf(Locale.ROOT, "  %-4s  %-20s  %9s  %9s  %9s  %12s  %7s%n", "jobs", "method", "pages/s", "docs/min", "vs PDFBox",
        "names+dates", "writer");
  }

  private static void row(PrintWriter out, Pass p, Pass base) {
    String ratio = p.method() == Method.PDFBOX || base == null ? "" : String.format(Locale.ROOT, "%.0f%%",
        100 * p.pagesPerSecond() / base.pagesPerSecond());
    String share = p.method() == Method.PARSE || p.method() == Method.STORE
        ? String.format(Locale.ROOT, "%.1f%%", 100 * p.modelShare()) : "";
    String writer = p.method() == Method.STORE ? String.format(Locale.ROOT, "%.0f%%", 100.0 * p.writerNanos() / p.nanos()) : "";
    out.printf(Locale.ROOT, "  %-4d  %-20s  %9.1f  %9.0f  %9s  %12s  %7s%n", p.jobs(), p.method().label, p.pagesPerSecond(),
        p.documentsPerMinute(), ratio, share, writer);
    out.flush();
  }

  /** How documents/minute grows with jobs, for each method measured at more than one job count. */
  private static void scaling(PrintWriter out, String temperature, List<Pass> passes) {
    Map<Method, Pass> single = new LinkedHashMap<>();
    passes.stream().filter(p -> p.jobs() == 1).forEach(p -> single.put(p.method(), p));
    for (Pass p : passes) {
      Pass one = single.get(p.method());
      if (p.jobs() > 1 && one != null) {
        out.printf(Locale.ROOT, "%s, %s: %d jobs give %.2fx the documents/minute of 1 job%n", temperature, p.method().label,
            p.jobs(), p.documentsPerMinute() / one.documentsPerMinute());
      }
    }
  }

  /** K distinct copies of each file (a comment after the end of the PDF), copy by copy, in dir. */
  static List<Path> copies(List<Path> files, int k, String tag, Path dir) throws IOException {
    Path into = Files.createDirectories(dir.resolve(tag));
    List<Path> out = new ArrayList<>();
    for (int c = 1; c <= k; c++) {
      for (int i = 0; i < files.size(); i++) {
        Path f = files.get(i);
        Path copy = into.resolve(c + "-" + i + "-" + f.getFileName());
        byte[] original = Files.readAllBytes(f);
        byte[] mark = ("\n%minutebook bench copy " + tag + "-" + c + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[original.length + mark.length];
        System.arraycopy(original, 0, bytes, 0, original.length);
        System.arraycopy(mark, 0, bytes, original.length, mark.length);
        Files.write(copy, bytes);
        out.add(copy);
      }
    }
    return out;
  }

  private static void delete(List<Path> files) throws IOException {
    for (Path f : files) {
      Files.deleteIfExists(f);
    }
  }

  private static int pdftotext(Path file) {
    try {
      Process p = new ProcessBuilder("pdftotext", "-q", file.toString(), "-").redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
      }
      return p.exitValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }

  private static List<Path> pdfs(List<Path> inputs) throws IOException {
    List<Path> pdfs = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().forEach(pdfs::add);
        }
      } else {
        pdfs.add(p);
      }
    }
    return pdfs;
  }

  /** Time spent in the name and date models so far (loading and asking). */
  private static long modelNanos(Models models) {
    Models.Usage usage = models.usage();
    return usage.loadNanos() + usage.askNanos();
  }
}
