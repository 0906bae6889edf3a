package org.minutebook.ingest.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The recorded modern.gov answers under src/test/resources/moderngov/, by their path there. */
final class Fixtures {
  private Fixtures() {}

  static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/moderngov/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture moderngov/" + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
