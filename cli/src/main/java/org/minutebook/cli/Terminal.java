package org.minutebook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether this process's stderr is a terminal (progress bars only go there). */
final class Terminal {
  private Terminal() {}

  /**
   * True when stderr is an interactive terminal. On Linux, /proc tells about stderr itself, so a
   * run whose stdout goes to a file ({@code parse > out.json}) still shows its progress; elsewhere
   * Java 17 only says whether stdin and stdout are ({@link System#console()}).
   */
  static boolean stderr() {
    Path fd = Path.of("/proc/self/fd/2");
    if (!Files.exists(fd)) {
      return System.console() != null;
    }
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
