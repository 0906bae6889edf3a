package org.minutebook.spark;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The documents a backfill reads, expanded on the driver from what the command line names, through
 * Hadoop's {@link FileSystem} (local files, HDFS, S3 through s3a, whatever the cluster has):
 *
 * <ul>
 *   <li>a folder: every document under it, recursively, by name order within each folder listing
 *       (names starting with {@code .} or {@code _}, such as {@code _SUCCESS}, are skipped);
 *   <li>a file named as a document ({@code .pdf .html .htm .xhtml .php}): that document;
 *   <li>any other file: a listing, one path or URI a line (blank lines and {@code #} comments
 *       skipped; a relative path is taken from the listing's folder); its lines are not looked up
 *       here, so a listing of a million S3 keys costs no million requests on the driver: a line
 *       naming nothing is refused when its task reads it.
 * </ul>
 *
 * Each document appears once, in the order first named, as a fully qualified URI.
 */
final class Inputs {
  /** The extensions of documents, as {@code ingest} takes them from folders. */
  private static final Set<String> EXTENSIONS = Set.of("pdf", "html", "htm", "xhtml", "php");

  private Inputs() {}

  /**
   * The documents the inputs name.
   *
   * @throws FileNotFoundException when an input does not exist (its message names it)
   * @throws IOException when a folder or listing cannot be read
   */
  static List<String> expand(List<String> inputs, Configuration conf) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (String given : inputs) {
      Path p = new Path(given);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus status;
      try {
        status = fs.getFileStatus(p);
      } catch (FileNotFoundException e) {
        throw new FileNotFoundException(given + ": no such file or folder");
      }
      Path qualified = status.getPath();
      if (status.isDirectory()) {
        walk(fs, qualified, out);
      } else if (isDocument(qualified.getName())) {
        out.add(qualified.toString());
      } else {
        readListing(fs, qualified, out);
      }
    }
    return new ArrayList<>(out);
  }

  private static void walk(FileSystem fs, Path folder, Set<String> out) throws IOException {
    List<String> found = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> files = fs.listFiles(folder, true);
    while (files.hasNext()) {
      LocatedFileStatus f = files.next();
      if (f.isFile() && isDocument(f.getPath().getName()) && !hidden(folder, f.getPath())) {
        found.add(f.getPath().toString());
      }
    }
    found.sort(null); // listing order differs between file systems; the job's order should not
    out.addAll(found);
  }

  private static void readListing(FileSystem fs, Path listing, Set<String> out) throws IOException {
    Path base = listing.getParent();
    try (FSDataInputStream in = fs.open(listing);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        Path p = new Path(entry);
        URI u = p.toUri();
        Path resolved = u.getScheme() != null || p.isAbsolute() ? p : new Path(base, p);
        out.add(resolved.makeQualified(resolved.getFileSystem(fs.getConf()).getUri(), base).toString());
      }
    }
  }

  /** Whether a name is a document's, by its extension (any case). */
  static boolean isDocument(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return !n.startsWith(".") && dot > 0 && EXTENSIONS.contains(n.substring(dot + 1));
  }

  /** A file in a hidden folder (or hidden itself) below the walked one. */
  private static boolean hidden(Path top, Path file) {
    for (Path p = file; p != null && !p.equals(top); p = p.getParent()) {
      if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
