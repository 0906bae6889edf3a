package org.minutebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.minutebook.cli.render.Records;
import org.minutebook.ingest.ArchiveCopy;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries.Filter;

/**
 * What {@code export --into} and {@code import} share: refusing to copy an archive into itself,
 * opening the destination (created when missing), the copy, and its summary (a line on stderr;
 * with {@code --json}, also the figures on stdout).
 */
final class CopyRun {
  private CopyRun() {}

  /**
   * Copies from the open archive into the archive at location to (a file, or a server's URL);
   * returns the exit code. Archives are named as {@link Archive#location} names them, without a
   * password.
   */
  static int copy(Archive from, String to, Filter filter, boolean json, PrintWriter out, PrintWriter err) {
    if (!Archive.isServer(to) && from.path() != null && sameFile(from.path(), Path.of(to))) {
      return itself(to, err); // before opening it: a file is created when missing
    }
    ArchiveCopy.Result r;
    String into;
    try (Archive destination = Archive.open(to, ArchiveOptions.waiting(err))) {
      into = destination.location();
      if (from.path() == null && destination.path() == null && database(from).equals(database(destination))) {
        return itself(into, err);
      }
      r = ArchiveCopy.copy(from, destination, filter, ArchiveCopy.QUIET);
    } catch (ArchiveException e) {
      err.println("minutebook: " + e.getMessage());
      return ExitCode.ENVIRONMENT;
    }
    String leftOut = r.provenanceLeftOut() == 0 ? ""
        : String.format(Locale.ROOT, "; %d records of where documents came from left out (their sites are not followed there)",
            r.provenanceLeftOut());
    err.printf(Locale.ROOT, "%s -> %s: %d documents copied (%d meetings), %d already there%s%n", from.location(), into, r.copied(),
        r.meetings(), r.alreadyThere(), leftOut);
    if (json) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("from", from.location());
      summary.put("to", into);
      summary.put("copied", r.copied());
      summary.put("alreadyThere", r.alreadyThere());
      summary.put("meetings", r.meetings());
      summary.put("provenance", r.provenance());
      summary.put("provenanceLeftOut", r.provenanceLeftOut());
      out.println(Records.json(summary));
    }
    return ExitCode.OK;
  }

  private static int itself(String archive, PrintWriter err) {
    err.println("minutebook: " + archive + " is the archive being copied from; name another");
    return ExitCode.USAGE;
  }

  /** Whether two paths name one file (by any path to it); two paths to no file yet, when they are the same path. */
  private static boolean sameFile(Path a, Path b) {
    Path pa = a.toAbsolutePath().normalize();
    Path pb = b.toAbsolutePath().normalize();
    try {
      return Files.exists(pa) && Files.exists(pb) ? Files.isSameFile(pa, pb) : pa.equals(pb);
    } catch (IOException e) {
      return pa.equals(pb);
    }
  }

  /** A server archive's host, port and database: its location without the user (two users may share one). */
  private static String database(Archive a) {
    return a.location().replaceFirst("^postgresql://[^@/]*@", "postgresql://");
  }
}
