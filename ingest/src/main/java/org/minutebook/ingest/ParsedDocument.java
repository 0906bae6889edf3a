package org.minutebook.ingest;

import java.util.List;
import java.util.Objects;
import org.minutebook.model.DocumentKind;
import org.minutebook.model.Meeting;
import org.minutebook.model.Source;

/**
 * What the pipeline made of one file.
 *
 * @param source the file
 * @param kind what the document is
 * @param meetings the meetings whose minutes it holds, in order
 * @param warnings what the reader noticed but could work around, for users
 * @param extractorVersion the version of the extractor that produced this
 */
public record ParsedDocument(Source source, DocumentKind kind, List<Meeting> meetings, List<String> warnings, String extractorVersion) {
  public ParsedDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    meetings = List.copyOf(meetings);
    warnings = List.copyOf(warnings);
  }
}
