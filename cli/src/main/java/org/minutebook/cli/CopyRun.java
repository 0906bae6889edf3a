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

  /** Copies from the open archive at fromName into the archive at location to; returns the exit code. */
  static int copy(Archive from, String fromName, String to, Filter filter, boolean json, PrintWriter out, PrintWriter err) {
    if (same(fromName, to)) {
      err.println("minutebook: " + to + " is the archive being copied from; name another");
      return ExitCode.USAGE;
    }
    ArchiveCopy.Result r;
    try (Archive into = Archive.open(to, ArchiveOptions.waiting(err))) {
      r = ArchiveCopy.copy(from, into, filter, ArchiveCopy.QUIET);
    } catch (ArchiveException e) {
      err.println("minutebook: " + e.getMessage());
      return ExitCode.ENVIRONMENT;
    }
    String leftOut = r.provenanceLeftOut() == 0 ? ""
        : String.format(Locale.ROOT, "; %d records of where documents came from left out (their sites are not followed there)",
            r.provenanceLeftOut());
    err.printf(Locale.ROOT, "%s -> %s: %d documents copied (%d meetings), %d already there%s%n", fromName, to, r.copied(),
        r.meetings(), r.alreadyThere(), leftOut);
    if (json) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("from", fromName);
      summary.put("to", to);
      summary.put("copied", r.copied());
      summary.put("alreadyThere", r.alreadyThere());
      summary.put("meetings", r.meetings());
      summary.put("provenance", r.provenance());
      summary.put("provenanceLeftOut", r.provenanceLeftOut());
      out.println(Records.json(summary));
    }
    return ExitCode.OK;
  }

  /** Whether two locations name one archive: the same server URL, or the same file (by any path to it). */
  static boolean same(String a, String b) {
    if (Archive.isServer(a) || Archive.isServer(b)) {
      return server(a).equals(server(b));
    }
    Path pa = Path.of(a).toAbsolutePath().normalize();
    Path pb = Path.of(b).toAbsolutePath().normalize();
    try {
      return Files.exists(pa) && Files.exists(pb) ? Files.isSameFile(pa, pb) : pa.equals(pb);
    } catch (IOException e) {
      return pa.equals(pb);
    }
  }

  /** A server URL in one spelling (postgresql://...), for comparing. */
  private static String server(String url) {
    String u = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
    return u.startsWith("postgres://") ? "postgresql://" + u.substring("postgres://".length()) : u;
  }
}
