package org.minutebook.ingest.dates;

import java.time.LocalDate;
import java.util.Optional;

/** Turns a time expression into a TIMEX value ("2031-01", "XXXX-11-14", "2031-09-02") relative to a date. */
public interface TimeNormaliser {
  /** The value of the first date the phrase gives, read against the reference date, if any. */
  Optional<String> normalise(String phrase, LocalDate reference);

  /**
   * Whether this normaliser can answer: false for the one without models, and for one whose models
   * failed (to load or to run); a normaliser that fails while answering is unavailable afterwards.
   */
  default boolean available() {
    return true;
  }

  /** What this normaliser has cost so far. */
  default Usage usage() {
    return Usage.NONE;
  }

  /**
   * What a normaliser has cost.
   *
   * @param loadNanos time spent loading its models (0 while not loaded)
   * @param askNanos time spent normalising phrases
   * @param phrases how many phrases it was asked about
   */
  record Usage(long loadNanos, long askNanos, int phrases) {
    /** Nothing yet. */
    public static final Usage NONE = new Usage(0, 0, 0);
  }

  /** A normaliser that reads nothing. */
  TimeNormaliser NONE = new TimeNormaliser() {
    @Override
    public Optional<String> normalise(String phrase, LocalDate reference) {
      return Optional.empty();
    }

    @Override
    public boolean available() {
      return false;
    }
  };
}
