package org.minutebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.minutebook.cli.render.Records;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.Ingestor.Outcome;
import org.minutebook.ingest.OrderedBatch;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.model.IngestStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code minutebook ingest PATH...}: reads files (folders recursively, quoted globs expanded) into
 * the archive, one transaction per document. Safe to re-run: unchanged files are skipped, changed
 * ones replace what they produced, refused ones are recorded and listed with their reasons.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {"Read minutes into the archive (files, folders recursively, globs).",
        "Re-running is safe: files already in the archive are skipped, changed files replace their old rows."},
    footer = ExitCode.HELP)
final class IngestCommand implements Callable<Integer> {
  /** Files taken from folders; a file named on the command line is always tried. */
  private static final Set<String> EXTENSIONS = Set.of("pdf", "html", "htm", "xhtml", "php");

  @Spec CommandSpec spec;
  @Mixin ArchiveOptions archive;
  @Mixin OutputOptions output;
  @Mixin OcrOptions ocr;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, folders (read recursively) or globs.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--reparse", description = "Also re-derive, from their stored bytes, the rows of documents read by an older"
      + " extractor or without the name and date models they needed, when this run has them.")
  boolean reparse;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Documents parsed at once, on that many threads"
      + " (default: the number of cores, here ${DEFAULT-VALUE}); one thread writes, in the order of the files.")
  int jobs = OrderedBatch.cores();

  @ParentCommand MinutebookCommand top;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (paths.isEmpty() && !reparse) {
      err.println("minutebook: ingest needs at least one PATH (or --reparse)");
      return ExitCode.USAGE;
    }
    if (jobs < 1) {
      err.println("minutebook: --jobs must be at least 1, not " + jobs);
      return ExitCode.USAGE;
    }
    List<Path> files = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (String p : paths) {
      expand(p, files, outcomes);
    }
    boolean terminal = top != null && top.terminal;
    try (Archive a = archive.open(err); Progress progress = Progress.on(err, terminal, "ingest", files.size())) {
      Ingestor ingestor = new Ingestor(a, ocr.models().withOcrListener(progress));
      if (reparse) {
        ingestor.reparse(jobs, o -> report(o, outcomes, progress));
      }
      ingestor.ingest(files, jobs, o -> {
        report(o, outcomes, progress);
        progress.step(o.file().getFileName() == null ? o.file().toString() : o.file().getFileName().toString());
      });
      if (files.size() >= ANALYZE_AFTER) {
        a.analyze(); // a backfill: the planner's statistics for what it added (PostgreSQL)
      }
    } catch (ArchiveException e) {
      err.println("minutebook: " + e.getMessage());
      return ExitCode.ENVIRONMENT;
    }
    summarise(outcomes, out, err);
    return outcomes.stream().anyMatch(Outcome::refused) ? ExitCode.REFUSED : ExitCode.OK;
  }

  /** A batch of at least this many files brings the planner's statistics up to date when it ends. */
  static final int ANALYZE_AFTER = 500;

  /** One line on stderr per file with something to say: refused, or read with warnings. */
  private static void report(Outcome o, List<Outcome> outcomes, Progress progress) {
    outcomes.add(o);
    if (o.refused()) {
      String detail = o.detail() == null ? "" : " (" + o.detail() + ")";
      String again = o.status() == IngestStatus.UNCHANGED ? " [refused before; unchanged]" : "";
      progress.println("minutebook: " + o.file() + ": refused: " + o.reason().description() + detail + again);
    } else if (!o.warnings().isEmpty()) {
      progress.println("minutebook: " + o.file() + ": " + (o.warnings().size() == 1 ? "warning: " : "warnings: ")
          + String.join("; ", o.warnings()));
    }
  }

  /** The summary: JSON on stdout with --json, else one line on stderr (the files were named there as they were read). */
  private void summarise(List<Outcome> outcomes, PrintWriter out, PrintWriter err) {
    Map<IngestStatus, Integer> counts = new EnumMap<>(IngestStatus.class);
    int meetings = 0;
    int replaced = 0;
    for (Outcome o : outcomes) {
      IngestStatus s = o.refused() ? IngestStatus.REFUSED : o.status();
      counts.merge(s, 1, Integer::sum);
      if (s == IngestStatus.INGESTED || s == IngestStatus.INGESTED_WITH_WARNINGS) {
        meetings += o.meetings();
        replaced += o.replaced() ? 1 : 0;
      }
    }
    if (output.json) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("files", outcomes.size());
      summary.put("meetingsAdded", meetings);
      summary.put("counts", counts);
      summary.put("outcomes", outcomes.stream().map(o -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", o.file().toString());
        m.put("status", (o.refused() ? IngestStatus.REFUSED : o.status()).name());
        m.put("meetings", o.meetings());
        m.put("reason", o.reason() == null ? null : o.reason().name());
        m.put("detail", o.detail());
        m.put("warnings", o.warnings());
        m.put("replaced", o.replaced());
        return m;
      }).toList());
      out.println(Records.json(summary));
      return;
    }
    int ingested = counts.getOrDefault(IngestStatus.INGESTED, 0) + counts.getOrDefault(IngestStatus.INGESTED_WITH_WARNINGS, 0);
    err.printf(Locale.ROOT, "%d files read: %d ingested (%d meetings added%s), %d unchanged, %d refused%n",
        outcomes.size(), ingested, meetings, replaced > 0 ? ", " + replaced + " replacing older versions" : "",
        counts.getOrDefault(IngestStatus.UNCHANGED, 0), counts.getOrDefault(IngestStatus.REFUSED, 0));
    err.flush();
  }

  /** A path as given: a file, a folder (walked), or a glob the shell left unexpanded. */
  private static void expand(String given, List<Path> files, List<Outcome> outcomes) {
    Path p = Path.of(given);
    if (Files.isDirectory(p)) {
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(Files::isRegularFile).filter(IngestCommand::readable).sorted().forEach(files::add);
      } catch (IOException e) {
        files.add(p);
      }
      return;
    }
    if (!Files.exists(p) && given.matches(".*[*?\\[{].*")) {
      int cut = given.replace('\\', '/').lastIndexOf('/', firstWildcard(given));
      Path base = cut < 0 ? Path.of(".") : Path.of(given.substring(0, cut + 1));
      String pattern = cut < 0 ? given : given.substring(cut + 1);
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      try (Stream<Path> walk = Files.walk(base)) {
        List<Path> hits = walk.filter(Files::isRegularFile).filter(f -> m.matches(base.relativize(f))).sorted().toList();
        if (!hits.isEmpty()) {
          files.addAll(hits);
          return;
        }
      } catch (IOException e) {
        // fall through: the path is reported as not found
      }
    }
    files.add(p);
  }

  private static int firstWildcard(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("*?[{".indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  private static boolean readable(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
  }
}
