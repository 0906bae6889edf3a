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
    public int orientation(byte[] grey, int width, int height, int dpi) throws OcrException {
      return found().orientation(grey, width, height, dpi);
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

  /**
   * Page segmentation 4, "a single column of text of variable sizes": Tesseract finds the lines
   * and words, and minutebook's own layout stage finds the columns, from the words' boxes, as on a
   * text layer. The full layout analysis (3) drops a number standing alone in the margin ("4",
   * "5" before their headings) as noise. Measured on image-only copies: corpus minutes items F1
   * 0.935 with 3, 1.000 with 4; twelve held-out bodies' copies, items 0.807 against 0.873 and
   * attendance 0.845 against 0.907; decisions the same. A page scanned sideways gives no words
   * with 4, and is turned upright by orientation detection (ScanReader).
   */
  static final String SEGMENTATION = "4";

  @Override
  public List<Line> words(byte[] grey, int width, int height, int dpi) throws OcrException {
    return parse(run(grey, width, height, List.of("-l", language, "--psm", SEGMENTATION, "--dpi", String.valueOf(dpi), "tsv")));
  }

  /**
   * Tesseract's orientation detection ({@code --psm 0}, its "osd" model): "Rotate: 90" means the
   * page reads upright turned 90 degrees clockwise. 0 when it cannot tell (too few letters, a
   * blank page) or the model is missing.
   */
  @Override
  public int orientation(byte[] grey, int width, int height, int dpi) throws OcrException {
    String osd;
    try {
      osd = run(grey, width, height, List.of("--psm", "0", "--dpi", String.valueOf(dpi)));
    } catch (OcrException e) {
      return 0; // "Too few characters", or no osd model: exit 1
    }
    return orientation(osd);
  }

  /** The clockwise turn, from {@code --psm 0}'s report; 0 when it gives none. */
  static int orientation(String osd) {
    for (String line : osd.split("\n")) {
      if (line.startsWith("Rotate:")) {
        try {
          int degrees = Integer.parseInt(line.substring("Rotate:".length()).strip());
          return degrees == 90 || degrees == 180 || degrees == 270 ? degrees : 0;
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  /** Runs Tesseract on the image (on its standard input, as a PGM) with these arguments; its standard output. */
  private String run(byte[] grey, int width, int height, List<String> args) throws OcrException {
    List<String> commandLine = new ArrayList<>(List.of(command, "stdin", "stdout"));
    commandLine.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(commandLine);
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
      String out;
      try (InputStream stdout = p.getInputStream()) {
        out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
      }
      int exit = p.waitFor();
      if (exit != 0) {
        throw new OcrException(limit.isDone() ? "Tesseract took more than " + timeoutSeconds + " s on a page"
            : "Tesseract failed (exit " + exit + ")");
      }
      return out;
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
