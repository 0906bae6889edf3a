package org.minutebook.ingest.people;

import java.util.List;

/**
 * Finds the people named in a sentence (a named-entity recogniser). Asked only about sentences
 * that can decide an open question, because a good recogniser is slow.
 */
public interface NameFinder {
  /** The names of people in the sentence, as printed ("Kit Someone", "Nobody"). */
  List<String> people(String sentence);

  /** Whether this finder recognises names at all (the one without models does not). */
  default boolean available() {
    return true;
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
