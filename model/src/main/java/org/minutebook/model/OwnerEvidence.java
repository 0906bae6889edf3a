package org.minutebook.model;

/**
 * The kind of evidence an Action entry's person rests on, or why it has none: what the archive's
 * steps decide on. The human-readable evidence of an {@link Owner} ("the only attendee with these
 * initials") says the same for a reader and is never read to decide anything.
 *
 * <p>Each kind is stored as its {@link #code()}, which never changes once released: a new kind gets
 * a new code, and renaming a constant keeps its code.
 */
public enum OwnerEvidence {
  /** Resolved on its own meeting's evidence: a person the item names, or the only attendee with the initials. */
  OWN_MEETING("meeting"),
  /** Resolved to the person the same initials were resolved to at the body's nearby meetings. */
  BODY_MEETINGS("body"),
  /** Unresolved: several people could be meant (the owner's candidates). */
  CANDIDATES("candidates"),
  /**
   * Unresolved, and its meeting offers no one: nobody named or attending has the initials (or the
   * entry is a word, which no meeting resolves). The body's other meetings may settle it.
   */
  NOTHING("none"),
  /** Stored without any evidence (an entry never put to the resolver). */
  UNRECORDED("unrecorded");

  private final String code;

  OwnerEvidence(String code) {
    this.code = code;
  }

  /** The stable code stored in the archive. */
  public String code() {
    return code;
  }

  /**
   * The kind with this code.
   *
   * @throws IllegalArgumentException when no kind has it (an archive written by a newer minutebook)
   */
  public static OwnerEvidence ofCode(String code) {
    for (OwnerEvidence e : values()) {
      if (e.code.equals(code)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown owner evidence code: " + code);
  }

  /**
   * The kind of an owner as its own meeting's resolution left it, read from what the resolution
   * decided (a name, candidates, or neither), never from the wording of its evidence. Never
   * {@link #BODY_MEETINGS}: only the archive-wide step across a body's meetings gives that.
   */
  public static OwnerEvidence of(Owner owner) {
    if (owner.name() != null) {
      return OWN_MEETING;
    }
    if (!owner.candidates().isEmpty()) {
      return CANDIDATES;
    }
    return owner.evidence() == null ? UNRECORDED : NOTHING;
  }
}
