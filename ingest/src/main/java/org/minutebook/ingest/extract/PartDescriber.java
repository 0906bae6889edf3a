package org.minutebook.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.rules.MinutesHeading;
import org.minutebook.ingest.label.rules.ReportField;
import org.minutebook.ingest.segment.DocumentClassifier;
import org.minutebook.ingest.segment.PackSplitter;
import org.minutebook.model.DocumentKind;
import org.minutebook.model.DocumentPart;

/**
 * Describes one document of a file: its title, first line, report number and text.
 *
 * <p>A report's title is its "Title:" or "Subject:" field; without one, the heading at its head,
 * less the name of the organisation it opens with ("Riverside Partnership Annual Update" gives
 * "Annual Update"). Minutes are titled by their minutes heading; an agenda or notice by the line
 * that names it, if any.
 *
 * <p>Contract: a pure function of the rows; never throws.
 */
public final class PartDescriber {
  private static final int HEAD = 12;
  /** A heading that opens with an organisation's name: "Riverside Community Safety Partnership Annual Update". */
  private static final Pattern ORGANISATION = Pattern.compile(
      "^(\\S+(?:\\s+\\S+)*?\\s+(?:Partnership|Council|Authority|Trust|Borough|Board|Committee|Forum|Service|Services))\\s+(\\p{Lu}\\S*(?:\\s+\\S+)+)$");
  /** A title run on after the sentence that ends the line above it: "... full strength. Annual Update". */
  private static final Pattern GLUED_TITLE = Pattern.compile(".*[.!?]\\s+(\\p{Lu}[\\p{L}’' &-]*(?:\\s+[\\p{L}’' &-]+){1,10})$");

  /**
   * @param rows all rows of the file
   * @param start the document's first row
   * @param end one past its last row
   * @param kind what it is
   * @param heading the row that names minutes ("Minutes of the meeting held ..."), or -1
   * @param paged whether the file has pages
   */
  public DocumentPart describe(List<LabelledRow> rows, int start, int end, DocumentKind kind, int heading, boolean paged) {
    List<LabelledRow> own = rows.subList(start, end);
    String firstLine = own.get(0).text().strip();
    String glued = glued(rows, start);
    if (glued != null) {
      firstLine = glued;
    }
    String title = switch (kind) {
      case MINUTES -> heading >= 0 && MinutesHeading.mentionsMinutes(rows.get(heading).text()) ? rows.get(heading).text().strip() : firstLine;
      case REPORT -> reportTitle(own, glued);
      default -> namingLine(own);
    };
    Integer first = paged ? own.get(0).page() : null;
    Integer last = paged ? own.get(own.size() - 1).page() : null;
    return new DocumentPart(kind, first, last, title, firstLine, reportNumber(own), text(own));
  }

  /** The first date printed with its year in the head of a document (an agenda's meeting date), or null. */
  public LocalDate dateOf(List<LabelledRow> own) {
    for (LabelledRow r : own.subList(0, Math.min(HEAD, own.size()))) {
      Optional<DateText.Found> f = DateText.find(r.text(), 0, null);
      if (f.isPresent() && f.get().yearPrinted() && f.get().date() != null) {
        return f.get().date();
      }
    }
    return null;
  }

  /** The title run on to the end of the line above the document's first row, on the same page. */
  private static String glued(List<LabelledRow> rows, int start) {
    if (start == 0 || rows.get(start - 1).page() != rows.get(start).page() || !ReportField.anyField(rows.get(start).text())) {
      return null;
    }
    Matcher m = GLUED_TITLE.matcher(rows.get(start - 1).text().strip());
    return m.matches() ? m.group(1).strip() : null;
  }

  private static String reportTitle(List<LabelledRow> own, String glued) {
    for (LabelledRow r : own.subList(0, Math.min(HEAD, own.size()))) {
      Optional<String> title = ReportField.title(r.text());
      if (title.isPresent()) {
        return title.get().strip();
      }
    }
    List<String> heading = new ArrayList<>();
    if (glued != null) {
      heading.add(glued);
    } else {
      for (LabelledRow r : own.subList(0, Math.min(4, own.size()))) {
        String t = r.text().strip();
        if (ReportField.anyField(t) || PackSplitter.isDateLine(t) || ReportField.number(t).isPresent()
            || !PackSplitter.headingLike(r)) {
          if (heading.isEmpty() && ReportField.number(t).isPresent()) {
            continue;
          }
          break;
        }
        heading.add(t);
      }
    }
    if (heading.isEmpty()) {
      return null;
    }
    String joined = String.join(" ", heading);
    Matcher org = ORGANISATION.matcher(joined);
    return org.matches() ? org.group(2) : heading.size() > 1 ? String.join(" ", heading.subList(1, heading.size())) : joined;
  }

  /** An agenda's or notice's line that names it ("AGENDA", "Notice of meeting"), or null. */
  private static String namingLine(List<LabelledRow> own) {
    for (LabelledRow r : own.subList(0, Math.min(HEAD, own.size()))) {
      String t = r.text().strip();
      if (t.length() <= 100 && r.number() == null && DocumentClassifier.namesAgendaOrNotice(t)) {
        return t;
      }
    }
    return null;
  }

  private static String reportNumber(List<LabelledRow> own) {
    StringBuilder head = new StringBuilder();
    for (LabelledRow r : own.subList(0, Math.min(HEAD, own.size()))) {
      head.append(r.text().strip()).append(' ');
    }
    return ReportField.number(head.toString()).map(n -> n.replace(" ", "")).orElse(null);
  }

  /** The rows' text, a blank line between paragraphs. */
  private static String text(List<LabelledRow> own) {
    StringBuilder sb = new StringBuilder();
    for (LabelledRow r : own) {
      if (!r.hasText()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(r.paragraphStart() ? "\n\n" : "\n");
      }
      sb.append(r.number() == null ? r.text().strip() : r.number() + " " + r.text().strip());
    }
    return sb.toString();
  }
}
