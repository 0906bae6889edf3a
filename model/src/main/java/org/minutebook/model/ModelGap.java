package org.minutebook.model;

/**
 * A language model that reading a document needed and could not use (not installed, or it failed
 * to load or run), so the document was read without it; a later run that has the model can read
 * the document again and do better.
 */
public enum ModelGap {
  /** The name recogniser: a name in an item that only it could confirm as a person's. */
  NAMES,
  /** SUTime: a date in words (the next meeting's) that only it could read. */
  DATES
}
