package org.minutebook.ingest;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.minutebook.ingest.dates.SuTime;
import org.minutebook.ingest.dates.TimeNormaliser;
import org.minutebook.ingest.people.CoreNlpNames;
import org.minutebook.ingest.people.NameFinder;
import org.minutebook.model.ModelGap;

/**
 * The language models a {@link Pipeline} asks, when a document needs them: the name recogniser
 * (Action initials to people) and SUTime (the next meeting's date in words). Each loads once, on its first
 * question, and keeps its own failure state and costs; make one {@code Models} per run and give
 * it to every pipeline of the run.
 *
 * @param names the name recogniser, or {@link NameFinder#NONE}
 * @param times the date normaliser, or {@link TimeNormaliser#NONE}
 */
public record Models(NameFinder names, TimeNormaliser times) {
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
  }

  /**
   * The models found on the class path (the models jar beside the runnable jar), not loaded yet;
   * one that is missing is the NONE one.
   */
  public static Models onClassPath() {
    return new Models(CoreNlpNames.onClassPath(), SuTime.onClassPath());
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
