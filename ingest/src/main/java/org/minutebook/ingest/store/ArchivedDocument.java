package org.minutebook.ingest.store;

import java.util.List;
import java.util.Objects;
import org.minutebook.model.DocumentPart;
import org.minutebook.model.FollowUp;
import org.minutebook.model.Meeting;

/**
 * A stored document read back in full, as {@link Archive#store} was given it: storing it in another
 * archive ({@link ArchivedDocuments#store}) writes the same rows, whatever the engine of either.
 *
 * <p>What the link stage made after the write is not part of it (primary files, follow-ups linked
 * to decisions, action-log rows carried on): the archive it is stored in makes those again. The one
 * exception is {@code bodyOwners}: an owner the link stage resolved at the body's other meetings
 * is read back with its person, and without this list the writer would take it for an owner its own
 * meeting resolved (which the link stage counts as evidence for other owners).
 *
 * @param meetings its meetings, in the order of the document
 * @param parts the documents inside the file, in order
 * @param followUps the rows of its matters-arising reports, in order
 * @param bodyOwners its owners resolved at the body's other meetings
 */
public record ArchivedDocument(DocumentRecord document, List<Meeting> meetings, List<DocumentPart> parts, List<FollowUp> followUps,
    List<BodyOwner> bodyOwners) {
  public ArchivedDocument {
    Objects.requireNonNull(document, "document");
    meetings = List.copyOf(meetings);
    parts = List.copyOf(parts);
    followUps = List.copyOf(followUps);
    bodyOwners = List.copyOf(bodyOwners);
  }

  /**
   * An owner resolved at the body's other meetings, by where it is in the document (the meeting's
   * and the item's place, 0-based) and what it says.
   */
  public record BodyOwner(int meeting, int item, String initials, String name, String evidence) {
    public BodyOwner {
      Objects.requireNonNull(initials, "initials");
    }
  }
}
