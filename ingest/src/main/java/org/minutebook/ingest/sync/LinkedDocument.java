package org.minutebook.ingest.sync;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * A document a meeting or an item links to, usually {@code mgConvert2PDF.aspx?ID=} (a PDF).
 *
 * @param title as the site gives it, entities decoded; null when it gives none
 * @param url absolute, host lower-cased (see {@link ModernGovSite#resolve})
 * @param kind a hint from the title and the site's flags, one of {@link #KINDS}: "minutes",
 *     "agenda", "pack" (a reports pack), "decision" (a decision notice or decision attachment) or
 *     "other" (reports, appendices, questions). A hint only: the minutes an agenda links under
 *     "Minutes" are usually the previous meeting's, put up for approval.
 */
public record LinkedDocument(String title, URI url, String kind) {
  /** The kinds a document may be given. */
  public static final Set<String> KINDS = Set.of("minutes", "agenda", "pack", "decision", "other");

  public LinkedDocument {
    Objects.requireNonNull(url, "url");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("not a document kind: " + kind);
    }
  }
}
