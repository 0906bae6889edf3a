package org.minutebook.ingest.people;

import java.util.List;

/**
 * Finds the people named in a sentence (a named-entity recogniser). Asked only about sentences
 * that can decide an open question, because a good recogniser is slow.
 */
public interface NameFinder {
  /** The names of people in the sentence, as printed ("Kit Someone", "Nobody"); empty when it cannot answer. */
  List<String> people(String sentence);

  /**
   * Whether this finder can answer: false for the one without models, and for one whose models
   * failed (to load or to run); a finder that fails while answering is unavailable afterwards.
   */
  default boolean available() {
    return true;
  }

  /** What this finder has cost so far. */
  default Usage usage() {
    return Usage.NONE;
  }

  /**
   * What a recogniser has cost.
   *
   * @param loadNanos time spent loading its models (0 while not loaded)
   * @param askNanos time spent recognising names
   * @param sentences how many sentences it was asked about
   */
  record Usage(long loadNanos, long askNanos, int sentences) {
    /** Nothing yet. */
    public static final Usage NONE = new Usage(0, 0, 0);
  }

  /** A finder that recognises nothing: resolution then relies on attendance alone. */
  NameFinder NONE = new NameFinder() {
    @Override
    public List<String> people(String sentence) {
      return List.of();
    }

    @Override
    public boolean available() {
      return false;
    }
  };
}
