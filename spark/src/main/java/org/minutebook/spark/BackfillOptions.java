package org.minutebook.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The job's command line: {@code [--master URL] [--db LOCATION] [--partitions N] [--no-ocr] INPUT...}.
 *
 * @param inputs folders (read recursively), documents, or listing files (one path or URI a line),
 *     on any Hadoop file system
 * @param db the archive: a SQLite file's path or a PostgreSQL URL
 * @param partitions how many tasks the documents are split into, or 0 for the job's default
 * @param master the Spark master when the job is started without spark-submit, else null
 * @param ocr whether scanned pages are read by OCR (Tesseract on the executors)
 */
record BackfillOptions(List<String> inputs, String db, int partitions, String master, boolean ocr) {
  static final String ENV = "MINUTEBOOK_DB";

  static final String USAGE = String.join("\n",
      "usage: spark-submit --class org.minutebook.spark.BackfillJob minutebook-spark.jar [options] INPUT...",
      "  INPUT             a folder (read recursively), a document (.pdf .html .htm .xhtml .php), or a listing",
      "                    file: one path or URI a line, relative ones from the listing's folder; any Hadoop",
      "                    file system (file:, hdfs://, s3a://...)",
      "  --db LOCATION     the archive: a SQLite file or a postgresql:// URL (default: $" + ENV + ")",
      "  --partitions N    tasks the documents are split into (default: 4 per core of the cluster)",
      "  --master URL      the Spark master, when started with java instead of spark-submit (default: local[*])",
      "  --no-ocr          refuse scans (\"no text layer\") instead of reading them with Tesseract",
      "exit codes: 0 done (refused documents are recorded and listed, and do not fail the job),",
      "  2 usage, 3 archive or input problem, 4 the job failed");

  BackfillOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(db, "db");
  }

  /** A command line that cannot be run: the message says why. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Reads the command line; {@code env} is $MINUTEBOOK_DB (or null). Null for --help. */
  static BackfillOptions parse(String env, String... args) throws UsageException {
    List<String> inputs = new ArrayList<>();
    String db = env == null || env.isBlank() ? null : env;
    int partitions = 0;
    String master = null;
    boolean ocr = true;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> {
          return null;
        }
        case "--db" -> db = value(args, ++i, a);
        case "--master" -> master = value(args, ++i, a);
        case "--no-ocr" -> ocr = false;
        case "--partitions" -> {
          String v = value(args, ++i, a);
          try {
            partitions = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            partitions = -1;
          }
          if (partitions < 1) {
            throw new UsageException("--partitions takes a whole number of at least 1, not " + v);
          }
        }
        default -> {
          if (a.startsWith("--")) {
            throw new UsageException("unknown option " + a);
          }
          inputs.add(a);
        }
      }
    }
    if (inputs.isEmpty()) {
      throw new UsageException("at least one INPUT is needed (a folder, a document or a listing file)");
    }
    if (db == null) {
      throw new UsageException("--db is needed (or $" + ENV + "): the archive the executors write to");
    }
    return new BackfillOptions(inputs, db, partitions, master, ocr);
  }

  private static String value(String[] args, int i, String option) throws UsageException {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new UsageException(option + " needs a value");
    }
    return args[i].strip();
  }

  /** The options echoed for the job's log line. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d inputs, archive %s, partitions %s, OCR %s", inputs.size(), db,
        partitions == 0 ? "default" : Integer.toString(partitions), ocr ? "on" : "off");
  }
}
