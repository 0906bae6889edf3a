package org.minutebook.model;

/** What became of one document offered to the archive. */
public enum IngestStatus {
  /** Read and stored (or stored anew, replacing what an earlier version of the file produced). */
  INGESTED,
  /** Stored, with warnings about what could not be read. */
  INGESTED_WITH_WARNINGS,
  /** Already in the archive, from the same bytes and the same extractor: nothing to do. */
  UNCHANGED,
  /** Not minutes minutebook can read; recorded in the archive with the reason. */
  REFUSED
}
