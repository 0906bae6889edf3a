package org.minutebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minutebook.ingest.BadInputException;
import org.minutebook.ingest.Models;
import org.minutebook.ingest.Pipeline;
import org.minutebook.ingest.people.NameFinder;
import org.minutebook.ingest.text.PlainTextBaseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code minutebook bench FILE...}: pages per second of plain PDFBox extraction and of the full
 * parse on the same PDFs, single-threaded, after a warm-up. Prints figures; asserts nothing.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure parse throughput (pages/s) against plain PDFBox text extraction.",
    footer = ExitCode.HELP)
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF files or folders of them.")
  List<Path> inputs;

  @Option(names = "--seconds", defaultValue = "5", description = "Measured time per method, split into alternating rounds (default ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--warmup", defaultValue = "3", description = "Warm-up time per method in seconds (default ${DEFAULT-VALUE}).")
  double warmup;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> pdfs = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (var s = Files.walk(p)) {
          s.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().forEach(pdfs::add);
        }
      } else {
        pdfs.add(p);
      }
    }
    // files refused as "not minutes" went through every stage and are measured too;
    // files refused earlier (scans, encrypted) are not comparable and are left out
    List<byte[]> bytes = new ArrayList<>();
    List<Path> usable = new ArrayList<>();
    long loadStart = System.nanoTime();
    Models models = Models.onClassPath();
    Pipeline pipeline = new Pipeline(models);
    Pipeline withoutNames = new Pipeline(Models.NONE);
    for (Path p : pdfs) {
      if (parses(pipeline, p)) {
        bytes.add(Files.readAllBytes(p));
        usable.add(p);
      } else {
        err.println("minutebook: " + p + ": skipped: refused before extraction");
      }
    }
    // the first pass loaded the name recogniser's models, if any document needed them: once per run
    NameFinder.Usage loaded = models.names().usage();
    double firstPass = (System.nanoTime() - loadStart) / 1e9;
    if (usable.isEmpty()) {
      err.println("minutebook: no readable PDF to measure");
      return ExitCode.REFUSED;
    }
    int totalPages = 0;
    for (byte[] b : bytes) {
      totalPages += PlainTextBaseline.extract(b);
    }
    final int pagesPerRun = totalPages;
    out.printf(Locale.ROOT, "files: %d, pages: %d, single thread, %.0f s warm-up, then %.0f s per method in alternating rounds (medians)%n",
        usable.size(), totalPages, warmup, seconds);
    Method plain = () -> {
      for (byte[] b : bytes) {
        PlainTextBaseline.extract(b);
      }
      return pagesPerRun;
    };
    Method full = () -> {
      for (Path p : usable) {
        parses(pipeline, p);
      }
      return pagesPerRun;
    };
    Method noNames = () -> {
      for (Path p : usable) {
        parses(withoutNames, p);
      }
      return pagesPerRun;
    };
    // the two methods alternate in short rounds so that machine noise hits both alike;
    // each figure is the median of its rounds
    measure(plain, warmup / 3);
    measure(full, warmup / 3);
    measure(noNames, warmup / 3);
    List<Double> plainRates = new ArrayList<>();
    List<Double> fullRates = new ArrayList<>();
    List<Double> noNamesRates = new ArrayList<>();
    int rounds = Math.max(3, (int) Math.round(seconds));
    for (int r = 0; r < rounds; r++) {
      plainRates.add(measure(plain, seconds / rounds));
      fullRates.add(measure(full, seconds / rounds));
      noNamesRates.add(measure(noNames, seconds / rounds));
    }
    double plainRate = median(plainRates);
    double fullRate = median(fullRates);
    double noNamesRate = median(noNamesRates);
    out.printf(Locale.ROOT, "plain PDFBox extraction: %8.1f pages/s%n", plainRate);
    out.printf(Locale.ROOT, "full parse:              %8.1f pages/s (%.0f%% of plain)%n", fullRate, 100 * fullRate / plainRate);
    out.printf(Locale.ROOT, "  without names, dates:  %8.1f pages/s (%.0f%% of plain)%n", noNamesRate, 100 * noNamesRate / plainRate);
    double share = Math.max(0, 1 / fullRate - 1 / noNamesRate) / (1 / fullRate);
    out.printf(Locale.ROOT, "name step: %.0f%% of the full parse's time once loaded; the parse itself (PDFBox) %.0f%%%n", 100 * share,
        100 * (1 / plainRate) / (1 / fullRate));
    if (loaded.loadNanos() > 0) {
      NameFinder.Usage after = models.names().usage();
      out.printf(Locale.ROOT, "recogniser: models loaded once in %.1f s (first pass over the files took %.1f s);"
          + " %d sentences asked about in all%n", loaded.loadNanos() / 1e9, firstPass, after.sentences());
    } else {
      out.printf(Locale.ROOT, "recogniser: not loaded (%s)%n", models.names().available()
          ? "no document needed it" : "its models are not beside the jar");
    }
    return ExitCode.OK;
  }

  /** Whether the file goes through the whole pipeline (a document that is not minutes does too). */
  private static boolean parses(Pipeline pipeline, Path file) {
    try {
      pipeline.parse(file);
      return true;
    } catch (BadInputException e) {
      return false;
    }
  }

  /** Pages per second of method, run repeatedly for about the given time (at least once). */
  private static double measure(Method method, double forSeconds) throws IOException {
    long start = System.nanoTime();
    long end = start + (long) (forSeconds * 1e9);
    long pages = 0;
    do {
      pages += method.run();
    } while (System.nanoTime() < end);
    return pages / ((System.nanoTime() - start) / 1e9);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  @FunctionalInterface
  private interface Method {
    int run() throws IOException;
  }
}
