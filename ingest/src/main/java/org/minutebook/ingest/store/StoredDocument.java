package org.minutebook.ingest.store;

import org.minutebook.model.IngestStatus;

/** What the archive holds about one document. */
public record StoredDocument(
    long id, String sha256, String path, String fileName, IngestStatus status, String refusalReason, String refusalDetail,
    String extractorVersion, int meetings) {}
