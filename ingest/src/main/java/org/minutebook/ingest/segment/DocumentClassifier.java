package org.minutebook.ingest.segment;

import java.util.List;
import java.util.regex.Pattern;
import org.minutebook.ingest.label.LabelledLayout;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.model.DocumentKind;

/**
 * Says what a document that holds no minutes is, from how it names itself at its head: an agenda
 * ("AGENDA", "Meeting Agenda", "Agenda and reports"), a notice of a meeting ("Public notice of
 * special meeting", "Summons"), or a report ("Report No.", "Report to ...", "Purpose of report",
 * "Recommendations" with a report-like head); anything else is {@link DocumentKind#OTHER}.
 *
 * <p>Contract: a pure function of the {@link LabelledLayout}; never throws.
 */
public final class DocumentClassifier {
  /** How many rows at the head of a document name what it is. */
  private static final int HEAD = 25;
  private static final Pattern AGENDA = Pattern.compile(
      "(?i)^(agenda|agenda\\s+(and|&)\\s+(reports|papers|minutes)|(?:.*\\b)?meeting\\s+agenda\\b.*|.*\\bagenda(\\s*([-–—:,].*)?|\\s+(at|for|of)\\b.*)|summons(\\s+.*)?)$");
  private static final Pattern NOTICE = Pattern.compile("(?i)^((public\\s+)?notice\\s+of\\b.*|notice\\s+is\\s+(hereby\\s+)?given\\b.*)");
  private static final Pattern REPORT = Pattern.compile(
      "(?i)^(report\\s+(no\\.?|number|to|of|by|title|author)\\b.*|purpose\\s+of\\s+(the\\s+)?report\\b.*|.*\\breport\\s*$|executive\\s+summary\\b.*|summary\\s+of\\s+report\\b.*|.*\\bwhite\\s+paper\\b.*|.*\\breports\\s+pack\\b.*)");

  /** Whether a heading line names its document an agenda, or a notice or summons of a meeting. */
  public static boolean namesAgendaOrNotice(String heading) {
    return namesAgenda(heading) || NOTICE.matcher(heading).matches();
  }

  /** "AGENDA", "Board Meeting Agenda at 7 p.m.", "AGENDA – April 24", but not "Approval of the agenda". */
  private static boolean namesAgenda(String heading) {
    return AGENDA.matcher(heading).matches() && !heading.matches("(?i).*\\b(approv\\w*|adopt\\w*|item)\\b.*");
  }

  /**
   * "A meeting of the Riverside Board will be held at ...": how an agenda's front sheet opens
   * when it prints no "AGENDA" heading.
   */
  private static final Pattern CONVENING = Pattern.compile("(?i)^(a|an|the)\\s+(\\p{L}+\\s+)?meeting\\s+of\\b.*\\bwill\\s+be\\s+held\\b.*");

  public DocumentKind classify(LabelledLayout layout) {
    return classify(layout.rows());
  }

  /** What the document made of these rows is (a part of a pack, or a whole file). */
  public DocumentKind classify(List<LabelledRow> rows) {
    for (int i = 0; i < Math.min(HEAD, rows.size()); i++) {
      LabelledRow r = rows.get(i);
      String t = r.text().strip();
      if (t.length() > 100 || r.number() != null) {
        continue;
      }
      if (NOTICE.matcher(t).matches()) {
        return DocumentKind.NOTICE;
      }
      if (namesAgenda(t) || CONVENING.matcher(t).matches()) {
        return DocumentKind.AGENDA;
      }
      if (REPORT.matcher(t).matches()) {
        return DocumentKind.REPORT;
      }
    }
    return DocumentKind.OTHER;
  }
}
