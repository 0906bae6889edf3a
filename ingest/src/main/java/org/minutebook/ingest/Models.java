package org.minutebook.ingest;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.minutebook.ingest.dates.SuTime;
import org.minutebook.ingest.dates.TimeNormaliser;
import org.minutebook.ingest.ocr.ScanReader;
import org.minutebook.ingest.ocr.Tesseract;
import org.minutebook.ingest.people.CoreNlpNames;
import org.minutebook.ingest.people.NameFinder;
import org.minutebook.model.ModelGap;

/**
 * The models a {@link Pipeline} asks, when a document needs them: the name recogniser (Action
 * initials to people), SUTime (the next meeting's date in words) and OCR (pages without a usable
 * text layer). Each loads once, on its first question, and keeps its own failure state and costs;
 * make one {@code Models} per run and give it to every pipeline of the run (OCR's pool of
 * processes is then shared by all of them).
 *
 * @param names the name recogniser, or {@link NameFinder#NONE}
 * @param times the date normaliser, or {@link TimeNormaliser#NONE}
 * @param scans the reader of scanned pages; one whose engine is not available reads none
 */
public record Models(NameFinder names, TimeNormaliser times, ScanReader scans) {
  /**
   * What the models have cost a run so far, the recogniser's and the normaliser's together.
   *
   * @param loadNanos time spent loading them (0 while neither is loaded)
   * @param askNanos time spent in their answers, summed over the threads asking (a wait for
   *     another thread's loading, or for SUTime's one question at a time, is not counted)
   * @param questions how many sentences and phrases they were asked about
   */
  public record Usage(long loadNanos, long askNanos, int questions) {}

  /** No models: owners resolved on attendance alone, dates in words kept as words. */
  public static final Models NONE = new Models(NameFinder.NONE, TimeNormaliser.NONE);

  public Models {
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(times, "times");
    Objects.requireNonNull(scans, "scans");
  }

  /** These language models, and no OCR. */
  public Models(NameFinder names, TimeNormaliser times) {
    this(names, times, ScanReader.none("OCR is not set up in this run"));
  }

  /**
   * The models found on the class path (the models jar beside the runnable jar) and Tesseract on
   * the PATH, not loaded yet; one that is missing is the NONE one.
   */
  public static Models onClassPath() {
    return new Models(CoreNlpNames.onClassPath(), SuTime.onClassPath(), new ScanReader(Tesseract.onPath()));
  }

  /** The same language models, with scans refused for this reason instead of read ({@code --no-ocr}). */
  public Models withoutOcr(String reason) {
    return new Models(names, times, ScanReader.none(reason));
  }

  /** The same models, OCR telling listener of each page it reads (a progress display). */
  public Models withOcrListener(ScanReader.Listener listener) {
    return new Models(names, times, scans.listening(listener));
  }

  /** The same OCR with no language models: for reading that must be quick ({@code check}). */
  public Models scansOnly() {
    return new Models(NameFinder.NONE, TimeNormaliser.NONE, scans);
  }

  /** What the models have cost so far: their loading and their answers. */
  public Usage usage() {
    NameFinder.Usage n = names.usage();
    TimeNormaliser.Usage t = times.usage();
    return new Usage(n.loadNanos() + t.loadNanos(), n.askNanos() + t.askNanos(), n.sentences() + t.phrases());
  }

  /**
   * The gaps these models can fill now: {@link ModelGap#NAMES} while the recogniser can answer,
   * {@link ModelGap#DATES} while SUTime can (neither once it is known to have failed).
   */
  public Set<ModelGap> fillable() {
    Set<ModelGap> out = EnumSet.noneOf(ModelGap.class);
    if (names.available()) {
      out.add(ModelGap.NAMES);
    }
    if (times.available()) {
      out.add(ModelGap.DATES);
    }
    return out;
  }
}
