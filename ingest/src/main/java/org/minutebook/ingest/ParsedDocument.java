package org.minutebook.ingest;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.minutebook.model.DocumentKind;
import org.minutebook.model.DocumentPart;
import org.minutebook.model.FollowUp;
import org.minutebook.model.Meeting;
import org.minutebook.model.ModelGap;
import org.minutebook.model.SelfCheck;
import org.minutebook.model.Source;

/**
 * What the pipeline made of one file.
 *
 * @param source the file
 * @param kind what the document is
 * @param meetings the meetings whose minutes it holds, in order
 * @param parts the documents it holds (a pack holds several), in order
 * @param followUps the rows of its matters-arising reports, in order
 * @param warnings what the reader noticed but could work around, for users
 * @param extractorVersion the version of the extractor that produced this
 * @param modelGaps the models reading it needed and could not use (empty when it lacked none), in enum order
 * @param check what the reading says about itself (the check stage's figures)
 */
public record ParsedDocument(Source source, DocumentKind kind, List<Meeting> meetings, List<DocumentPart> parts,
    List<FollowUp> followUps, List<String> warnings, String extractorVersion, Set<ModelGap> modelGaps, SelfCheck check) {
  public ParsedDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    meetings = List.copyOf(meetings);
    parts = List.copyOf(parts);
    followUps = List.copyOf(followUps);
    warnings = List.copyOf(warnings);
    modelGaps = modelGaps.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(modelGaps));
    Objects.requireNonNull(check, "check");
  }

  /** A document not checked yet (its check {@link SelfCheck#NONE}). */
  public ParsedDocument(Source source, DocumentKind kind, List<Meeting> meetings, List<DocumentPart> parts,
      List<FollowUp> followUps, List<String> warnings, String extractorVersion, Set<ModelGap> modelGaps) {
    this(source, kind, meetings, parts, followUps, warnings, extractorVersion, modelGaps, SelfCheck.NONE);
  }

  /** The same document with the check stage's figures. */
  public ParsedDocument withCheck(SelfCheck checked) {
    return new ParsedDocument(source, kind, meetings, parts, followUps, warnings, extractorVersion, modelGaps, checked);
  }
}
