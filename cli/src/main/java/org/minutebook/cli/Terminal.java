package org.minutebook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether this process's stderr is a terminal (progress bars only go there). */
final class Terminal {
  private Terminal() {}

  /**
   * True when stderr is an interactive terminal. Java 17 only says whether stdin and stdout are
   * ({@link System#console()}); on Linux, /proc tells about stderr itself.
   */
  static boolean stderr() {
    if (System.console() == null) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    if (!Files.exists(fd)) {
      return true;
    }
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
