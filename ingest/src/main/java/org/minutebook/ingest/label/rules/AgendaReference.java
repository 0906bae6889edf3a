package org.minutebook.ingest.label.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agenda item a minute answers to, printed in brackets: "(Item 3)", "(Agenda item 4)",
 * "[Item No. 5a]", "(Item 3.1)".
 *
 * @param number the agenda item's number as printed ("3", "5a", "3.1")
 * @param start where the reference starts in the text it was found in
 * @param end where it ends
 */
public record AgendaReference(String number, int start, int end) {
  private static final Pattern REFERENCE = Pattern.compile(
      "(?i)[(\\[]\\s*(?:agenda\\s+)?item\\s+(?:no\\.?\\s*)?(\\d{1,3}[a-z]?(?:\\.\\d+)?)\\s*[)\\]]");

  /** The first reference in text, wherever it is. */
  public static Optional<AgendaReference> find(String text) {
    Matcher m = REFERENCE.matcher(text);
    return m.find() ? Optional.of(new AgendaReference(m.group(1), m.start(), m.end())) : Optional.empty();
  }

  /** The reference a line holds and nothing else ("(Item 3)" on a line of its own). */
  public static Optional<AgendaReference> line(String text) {
    Matcher m = REFERENCE.matcher(text.strip());
    return m.matches() ? Optional.of(new AgendaReference(m.group(1), 0, text.strip().length())) : Optional.empty();
  }
}
