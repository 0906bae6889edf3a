package org.minutebook.ingest.store;

import java.util.Set;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.ModelGap;

/**
 * What the archive holds about one document.
 *
 * @param modelGaps the models its reading needed and could not use
 */
public record StoredDocument(
    long id, String sha256, String path, String fileName, IngestStatus status, String refusalReason, String refusalDetail,
    String extractorVersion, int meetings, Set<ModelGap> modelGaps) {
  public StoredDocument {
    modelGaps = Set.copyOf(modelGaps);
  }
}
