package org.minutebook.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A batch's progress bar on the command's error writer, only when that is a terminal (it writes
 * carriage returns a log file should not get). Messages printed through {@link #println} first
 * clear the bar's line, so a problem file's line is never glued to the bar.
 */
final class Progress implements AutoCloseable {
  /** Clears the terminal line the bar is on. */
  private static final String CLEAR = "\r\u001b[K";

  private final PrintWriter err;
  private final ProgressBar bar;

  private Progress(PrintWriter err, ProgressBar bar) {
    this.err = err;
    this.bar = bar;
  }

  /** A bar over total steps when err is a terminal and there is more than one step; else only messages. */
  static Progress on(PrintWriter err, boolean terminal, String task, int total) {
    if (!terminal || total < 2) {
      return new Progress(err, null);
    }
    DelegatingProgressBarConsumer consumer = new DelegatingProgressBarConsumer(line -> {
      synchronized (err) {
        err.print(CLEAR + line);
        err.flush();
      }
    }, 100);
    ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
        .setConsumer(consumer).setUpdateIntervalMillis(200).build();
    return new Progress(err, bar);
  }

  /** One message line (a problem file), above the bar. */
  void println(String message) {
    synchronized (err) {
      err.print(bar == null ? "" : CLEAR);
      err.println(message);
      err.flush();
    }
  }

  /** One step done; extra names what is being read. */
  void step(String extra) {
    if (bar != null) {
      bar.setExtraMessage(extra.length() > 30 ? extra.substring(0, 29) + "…" : extra);
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      synchronized (err) {
        err.print(CLEAR);
        err.flush();
      }
    }
  }
}
