package org.minutebook.ingest.sync;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind hint of a linked document, from its title and the site's decision flag. modern.gov names
 * its own documents plainly ("Printed minutes", "Agenda frontsheet", "Public reports pack",
 * "Printed decisions", "Decision notice"); everything else a council attaches (reports, appendices,
 * questions) is "other".
 */
final class DocumentKinds {
  private static final Pattern PACK = Pattern.compile("\\bpacks?\\b");
  private static final Pattern MINUTES = Pattern.compile("\\bminutes?\\b");
  private static final Pattern DECISION = Pattern.compile("\\b(?:decisions?|decision notice)\\b");
  private static final Pattern AGENDA = Pattern.compile("\\b(?:agenda|frontsheet|front sheet|summons)\\b");

  private DocumentKinds() {}

  /** One of {@link LinkedDocument#KINDS}. */
  static String of(String title, boolean decisionAttachment) {
    if (decisionAttachment) {
      return "decision";
    }
    String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
    if (PACK.matcher(t).find()) {
      return "pack";
    }
    if (MINUTES.matcher(t).find()) {
      return "minutes";
    }
    if (DECISION.matcher(t).find()) {
      return "decision";
    }
    if (AGENDA.matcher(t).find()) {
      return "agenda";
    }
    return "other";
  }
}
