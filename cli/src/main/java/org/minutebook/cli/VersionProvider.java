package org.minutebook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.minutebook.ingest.Pipeline;
import picocli.CommandLine;

/** The version from the build (a filtered resource), never a literal in code. */
final class VersionProvider implements CommandLine.IVersionProvider {
  static String version() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"minutebook " + version() + " (extractor " + Pipeline.EXTRACTOR_VERSION + ")"};
  }
}
