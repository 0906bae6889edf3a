package org.minutebook.model;

/** What a document (or a part of a pack) is. */
public enum DocumentKind {
  MINUTES,
  AGENDA,
  /** A notice or summons of a meeting. */
  NOTICE,
  REPORT,
  OTHER
}
