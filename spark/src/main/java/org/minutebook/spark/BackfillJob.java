package org.minutebook.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.minutebook.ingest.link.Linker;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;

/**
 * A backfill on Apache Spark: {@code spark-submit --class org.minutebook.spark.BackfillJob JAR
 * --db LOCATION INPUT...}. The driver lists the documents ({@link Inputs}), the executors parse
 * and store them, each task one partition with an archive connection of its own ({@link
 * PartitionTask}), and the driver then runs the link stage once, for whatever the writes left
 * pending, and prints the summary on stderr. stdout is left to results (there are none: the
 * results are in the archive); --help prints the usage there.
 *
 * <p>Re-running is the recovery: a killed job, a lost executor or a retried task leaves every
 * document stored whole or not at all, and the next run stores only those missing.
 */
public final class BackfillJob {
  static final int OK = 0;
  static final int USAGE = 2;
  static final int ENVIRONMENT = 3;
  static final int FAILED = 4;

  private BackfillJob() {}

  public static void main(String[] args) {
    int code = run(System.out, System.err, args);
    if (code != OK) {
      System.exit(code);
    }
  }

  /** The job, its messages on err; returns the exit code. */
  static int run(PrintStream out, PrintStream err, String... args) {
    BackfillOptions options;
    try {
      options = BackfillOptions.parse(System.getenv(BackfillOptions.ENV), args);
    } catch (BackfillOptions.UsageException e) {
      err.println("minutebook backfill: " + e.getMessage());
      err.println(BackfillOptions.USAGE);
      return USAGE;
    }
    if (options == null) {
      out.println(BackfillOptions.USAGE);
      return OK;
    }
    // the executors see the driver's path as given: make a relative one absolute here
    String db = Archive.isServer(options.db()) ? options.db() : Path.of(options.db()).toAbsolutePath().normalize().toString();
    try (Archive archive = Archive.open(db, null)) {
      // created and migrated once, here, before several executors open it at once
    } catch (ArchiveException e) {
      err.println("minutebook backfill: " + e.getMessage());
      return ENVIRONMENT;
    }

    SparkConf conf = new SparkConf().setAppName("minutebook backfill");
    if (options.master() != null) {
      conf.setMaster(options.master());
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]"); // started with java, not spark-submit
    }
    long started = System.nanoTime();
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      long ready = System.nanoTime();
      Configuration hadoop = sc.hadoopConfiguration();
      List<String> documents;
      try {
        documents = Inputs.expand(options.inputs(), hadoop);
      } catch (FileNotFoundException e) {
        err.println("minutebook backfill: " + e.getMessage());
        return ENVIRONMENT;
      } catch (IOException e) {
        err.println("minutebook backfill: cannot list the inputs (" + e.getMessage() + ")");
        return ENVIRONMENT;
      }
      if (!sc.isLocal() && !Archive.isServer(db)) {
        err.println("minutebook backfill: warning: executors on several machines share the SQLite file " + db
            + " only through a shared file system, where SQLite's locking is not reliable; use a postgresql:// archive");
      }
      int partitions = options.partitions() > 0 ? options.partitions()
          : Math.max(1, Math.min(documents.size(), 4 * sc.defaultParallelism()));
      err.printf(Locale.ROOT, "minutebook backfill: %d documents in %d partitions into %s%n", documents.size(), partitions, db);
      err.flush();

      Broadcast<Map<String, String>> settings = sc.broadcast(settings(hadoop));
      Tally total = sc.parallelize(documents, partitions)
          .mapPartitions(new PartitionTask(db, settings, options.ocr()))
          .collect().stream().reduce(Tally.EMPTY, Tally::plus);
      long linkStarted = System.nanoTime();
      try (Archive archive = Archive.open(db, null)) {
        new Linker(archive).run(); // what the writes left pending, and what a killed task left
        archive.analyze(); // statistics (and on PostgreSQL visibility) for the queries that follow a backfill
      }
      long ended = System.nanoTime();
      total.refusals().forEach(err::println);
      double minutes = (ended - started) / 60e9;
      // elapsed from before Spark's start, which a short run on few documents feels most
      err.printf(Locale.ROOT, "backfill: %s; link stage %.1f s; %s elapsed (Spark's start %.1f s), %.1f documents/min%n",
          total.counts(), (ended - linkStarted) / 1e9, elapsed(ended - started), (ready - started) / 1e9,
          minutes > 0 ? total.documents() / minutes : 0.0);
      err.flush();
      return OK;
    } catch (ArchiveException e) {
      err.println("minutebook backfill: " + e.getMessage());
      return ENVIRONMENT;
    } catch (RuntimeException e) {
      // a task failed more often than spark.task.maxFailures allows (the archive unusable from an
      // executor, an executor lost again and again): what was stored stays, a re-run completes it
      err.println("minutebook backfill: the job failed: " + firstLine(e.getMessage()));
      return FAILED;
    }
  }

  /** The driver's Hadoop settings, for the executors' file systems. */
  private static Map<String, String> settings(Configuration hadoop) {
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, String> e : hadoop) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  private static String elapsed(long nanos) {
    long s = Math.round(nanos / 1e9);
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
