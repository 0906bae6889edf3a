package org.minutebook.ingest.ocr;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Tesseract through its command line: the image goes in on standard input as a PGM, the words
 * come back as Tesseract's TSV (one row per block, paragraph, line and word, with boxes and
 * confidences). The command line rather than the C API through JNA: nothing native is loaded
 * into the JVM, so a crash or a hang on one page costs that page, not the batch, and a process
 * is killed cleanly at its time limit.
 *
 * <p>Each run is one Tesseract process with one thread ({@code OMP_THREAD_LIMIT=1}): OpenMP's
 * threads made a page 2.7 times slower in wall time here, and parallelism comes from reading
 * pages in parallel instead. Thread-safe.
 */
public final class Tesseract implements OcrEngine {
  /** How to install it, for the refusal of a scan where it is missing. */
  public static final String INSTALL = "on Debian or Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng";
  private static final ScheduledExecutorService KILLER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "minutebook-ocr-timeout");
    t.setDaemon(true);
    return t;
  });

  private final String command;
  private final String language;
  private final long timeoutSeconds;
  private final int parallelism;

  /** An engine running this command with this language's model, at most timeoutSeconds a page. */
  public Tesseract(String command, String language, long timeoutSeconds, int parallelism) {
    this.command = command;
    this.language = language;
    this.timeoutSeconds = timeoutSeconds;
    this.parallelism = parallelism;
  }

  /**
   * Tesseract with its English model when it is installed ({@code MINUTEBOOK_TESSERACT} names the
   * command, else {@code tesseract} on the PATH), else the engine that says how to install it.
   * Looked for on the first page that needs it, not before: a run of text PDFs never starts it.
   */
  public static OcrEngine onPath() {
    return new Probed();
  }

  /** The engine {@link #probe} finds, found once, when first asked. */
  private static final class Probed implements OcrEngine {
    private volatile OcrEngine found;

    private OcrEngine found() {
      OcrEngine e = found;
      if (e == null) {
        synchronized (this) {
          e = found;
          if (e == null) {
            e = probe();
            found = e;
          }
        }
      }
      return e;
    }

    @Override
    public boolean available() {
      return found().available();
    }

    @Override
    public String unavailable() {
      return found().unavailable();
    }

    @Override
    public List<Line> words(byte[] grey, int width, int height, int dpi) throws OcrException {
      return found().words(grey, width, height, dpi);
    }

    @Override
    public int parallelism() {
      return found().parallelism();
    }
  }

  private static OcrEngine probe() {
    String named = System.getenv("MINUTEBOOK_TESSERACT");
    String command = named != null && !named.isBlank() ? named : find("tesseract");
    if (command == null) {
      return OcrEngine.none("Tesseract is not installed (" + INSTALL + ")");
    }
    List<String> languages;
    try {
      languages = languages(command);
    } catch (IOException e) {
      return OcrEngine.none("Tesseract (" + command + ") does not run: " + e.getMessage());
    }
    if (!languages.contains("eng")) {
      return OcrEngine.none("Tesseract has no English model (on Debian or Ubuntu: apt-get install tesseract-ocr-eng)");
    }
    return new Tesseract(command, "eng", 300, Runtime.getRuntime().availableProcessors());
  }

  private static String find(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  private static List<String> languages(String command) throws IOException {
    Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IOException("--list-langs failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
    List<String> langs = new ArrayList<>();
    for (String line : out.split("\\R")) {
      if (!line.isBlank() && !line.startsWith("List of")) {
        langs.add(line.strip());
      }
    }
    return langs;
  }

  @Override
  public boolean available() {
    return true;
  }

  @Override
  public String unavailable() {
    return null;
  }

  @Override
  public int parallelism() {
    return parallelism;
  }

  @Override
  public List<Line> words(byte[] grey, int width, int height, int dpi) throws OcrException {
    ProcessBuilder pb = new ProcessBuilder(command, "stdin", "stdout", "-l", language, "--psm", "3", "--dpi",
        String.valueOf(dpi), "tsv");
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new OcrException("Tesseract did not start: " + e.getMessage(), e);
    }
    ScheduledFuture<?> limit = KILLER.schedule(p::destroyForcibly, timeoutSeconds, TimeUnit.SECONDS);
    try {
      try (OutputStream in = p.getOutputStream()) {
        in.write(("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
        in.write(grey);
      }
      String tsv;
      try (InputStream out = p.getInputStream()) {
        tsv = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      }
      int exit = p.waitFor();
      if (exit != 0) {
        throw new OcrException(limit.isDone() ? "Tesseract took more than " + timeoutSeconds + " s on a page"
            : "Tesseract failed (exit " + exit + ")");
      }
      return parse(tsv);
    } catch (IOException e) {
      throw new OcrException(limit.isDone() ? "Tesseract took more than " + timeoutSeconds + " s on a page"
          : "Tesseract failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OcrException("interrupted", e);
    } finally {
      limit.cancel(false);
      p.destroyForcibly();
    }
  }

  /**
   * Tesseract's TSV to lines of words: rows of level 4 open a line (its box), rows of level 5 are
   * its words; words without text are left out, as are lines left without words.
   */
  static List<Line> parse(String tsv) {
    List<Line> lines = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    int[] box = null;
    for (String row : tsv.split("\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !Character.isDigit(f[0].isEmpty() ? 'x' : f[0].charAt(0))) {
        continue; // the header, or a short row
      }
      int level = Integer.parseInt(f[0]);
      if (level == 4) {
        if (box != null && !words.isEmpty()) {
          lines.add(new Line(words, box[0], box[1], box[2], box[3]));
        }
        words = new ArrayList<>();
        box = new int[] {Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9])};
      } else if (level == 5 && box != null) {
        String text = f[11].strip();
        if (!text.isEmpty()) {
          float conf = Float.parseFloat(f[10].trim().replace(',', '.'));
          words.add(new Word(text, Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
              Integer.parseInt(f[9]), Math.max(0f, Math.min(100f, conf))));
        }
      }
    }
    if (box != null && !words.isEmpty()) {
      lines.add(new Line(words, box[0], box[1], box[2], box[3]));
    }
    return lines;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Tesseract(%s, %s)", command, language);
  }
}
