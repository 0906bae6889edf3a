package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.minutebook.ingest.ocr.ScanReader;

/**
 * A batch's progress on the command's error writer, only when that is a terminal (it writes
 * carriage returns a log file should not get): a bar over the files when there are several, and
 * the pages OCR has read of a scan (beside the bar, or on a status line of their own for one
 * file), since a long scan takes minutes. Messages printed through {@link #println} first clear
 * the line, so a problem file's line is never glued to the bar.
 */
final class Progress implements AutoCloseable, ScanReader.Listener {
  /** Clears the terminal line the bar is on. */
  private static final String CLEAR = "\r\u001b[K";
  /** How much of a name the bar's message shows. */
  private static final int NAME = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final ProgressBar bar;
  /** Whether an OCR status line (no bar) is on the terminal, to clear before other output. */
  private boolean status;

  private Progress(PrintWriter err, boolean terminal, ProgressBar bar) {
    this.err = err;
    this.terminal = terminal;
    this.bar = bar;
  }

  /** A bar over total steps when err is a terminal and there is more than one step; else only messages (and OCR status). */
  static Progress on(PrintWriter err, boolean terminal, String task, int total) {
    if (!terminal || total < 2) {
      return new Progress(err, terminal, null);
    }
    DelegatingProgressBarConsumer consumer = new DelegatingProgressBarConsumer(line -> {
      synchronized (err) {
        err.print(CLEAR + line);
        err.flush();
      }
    }, 100);
    ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
        .setConsumer(consumer).setUpdateIntervalMillis(200).continuousUpdate().build(); // redrawn while a scan is read
    return new Progress(err, true, bar);
  }

  /** One message line (a problem file), above the bar. */
  void println(String message) {
    synchronized (err) {
      err.print(bar == null && !status ? "" : CLEAR);
      status = false;
      err.println(message);
      err.flush();
    }
  }

  /** One step done; extra names what is being read. */
  void step(String extra) {
    if (bar != null) {
      bar.setExtraMessage(shortened(extra));
      bar.step();
    }
  }

  /** OCR has read done of total pages of document: shown on a terminal only. */
  @Override
  public void pageRead(String document, int done, int total) {
    if (!terminal || total == 0) {
      return;
    }
    status(String.format(Locale.ROOT, "OCR %d/%d %s", done, total, shortened(document)));
  }

  /** What is being done now, beside the bar or on a status line of its own: shown on a terminal only. */
  void status(String message) {
    if (!terminal) {
      return;
    }
    if (bar != null) {
      bar.setExtraMessage(message);
      return;
    }
    synchronized (err) {
      err.print(CLEAR + "minutebook: " + message);
      err.flush();
      status = true;
    }
  }

  /** Clears the OCR status line, if one is shown, before output to stdout on the same terminal. */
  void clearStatus() {
    synchronized (err) {
      if (status) {
        err.print(CLEAR);
        err.flush();
        status = false;
      }
    }
  }

  private static String shortened(String name) {
    return name.length() > NAME ? name.substring(0, NAME - 1) + "…" : name;
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
    synchronized (err) {
      if (bar != null || status) {
        err.print(CLEAR);
        err.flush();
      }
      status = false;
    }
  }
}
