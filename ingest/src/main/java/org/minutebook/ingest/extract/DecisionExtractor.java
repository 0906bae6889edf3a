package org.minutebook.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.rules.ActionLabel;
import org.minutebook.ingest.label.rules.DecisionOpening;
import org.minutebook.ingest.label.rules.ItemNumber;
import org.minutebook.ingest.label.rules.Sentences;
import org.minutebook.ingest.label.rules.VoteHeading;
import org.minutebook.ingest.people.PersonWords;
import org.minutebook.model.DecisionKind;

/**
 * Finds the formal decisions among an item's paragraphs.
 *
 * <p>A decision is a clause opening with upper-case RESOLVED or AGREED ("RESOLVED that",
 * "RESOLVED:", "RESOLVED - That", "It was AGREED"); lower-case narrative ("it was agreed that Mr X
 * would ...") is not one. It runs to the end of its paragraph, and on into the following
 * paragraphs while they are its parts ("1-", "(1)", "(a)", "1.") and it has introduced them
 * ("RESOLVED that:") or begun their sequence itself ("RESOLVED that 1- ...;" then "2- ..." after a
 * page break). Parts printed line after line inside one paragraph are cut at their labels, in
 * sequence only. A clause opening a numbered paragraph whose number hangs left of its text
 * ("5)   RESOLVED that:") runs on through every paragraph set in under the number, parts or not,
 * to the next paragraph at the number's edge. Its text starts at its first word, without a
 * paragraph number before it.
 */
final class DecisionExtractor {
  /** A part label at the start of a paragraph: "1-", "1.", "(1)", "(a)", "a)", "(iv)". */
  static final Pattern PART = Pattern.compile(
      "^(?:\\((\\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\\)|(\\d{1,2})\\s*[-–.)]|([a-z])[.)])\\s*(\\S.*)$", Pattern.DOTALL);
  private static final Pattern INTRODUCES = Pattern.compile("(?s).*(:|\\bthat|\\bto|\\bthat:|[-–—])\\s*$");

  /** A decision as found: its kind, the paragraphs of its opening and of each part. */
  record Found(DecisionKind kind, String text, List<LabelledRow> rows, List<FoundPart> parts) {}

  /** A part as found. */
  record FoundPart(String label, String text, List<LabelledRow> rows) {}

  private DecisionExtractor() {}

  static List<Found> find(List<Paragraph> paragraphs) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      DecisionOpening opened = DecisionOpening.at(p.text()).orElse(null);
      if (opened == null) {
        out.addAll(inner(p));
        continue;
      }
      if (opened.narrative(p.text())) {
        List<DecisionOpening> all = new ArrayList<>(List.of(opened));
        DecisionOpening.within(p.text()).stream().filter(o -> o.start() > opened.keyword()).forEach(all::add);
        out.addAll(inner(p, all));
        continue;
      }
      DecisionKind kind = opened.kind();
      String opening = opened.words(p.text()).strip();
      List<LabelledRow> rows = new ArrayList<>(p.rows());
      List<FoundPart> parts = new ArrayList<>();
      // parts printed inside the opening paragraph, even a lone first one: when a page break ends
      // the paragraph after part 1, parts 2, 3 ... arrive as paragraphs of their own
      List<FoundPart> inline = inlineParts(opening, p, 1);
      StringBuilder text = new StringBuilder(opening);
      boolean hangs = hangs(p, opening);
      int j = i + 1;
      while (j < paragraphs.size()) {
        Paragraph next = paragraphs.get(j);
        String t = next.text();
        if (DecisionOpening.opens(t) && !PART.matcher(t).matches() || ActionLabel.endsDecision(t)) {
          break;
        }
        Matcher part = PART.matcher(t);
        if (hangs && under(p, next) && VoteHeading.parse(t).isEmpty()) {
          if (part.matches()) {
            parts.addAll(partParagraph(label(part), part.group(4).strip(), next));
          }
          text.append(' ').append(t);
          rows.addAll(next.rows());
          j++;
          continue;
        }
        hangs = false;
        boolean introduced = parts.isEmpty() && INTRODUCES.matcher(text).matches();
        if (part.matches() && parts.isEmpty() && !inline.isEmpty()
            && next(inline.get(inline.size() - 1).label(), label(part))) {
          parts.addAll(inline);
        }
        if (part.matches() && (introduced || !parts.isEmpty())) {
          parts.addAll(partParagraph(label(part), part.group(4).strip(), next));
        } else if (introduced || Character.isLowerCase(t.codePointAt(0)) && !parts.isEmpty()) {
          if (!parts.isEmpty()) {
            FoundPart last = parts.remove(parts.size() - 1);
            List<LabelledRow> r = new ArrayList<>(last.rows());
            r.addAll(next.rows());
            parts.add(new FoundPart(last.label(), last.text() + " " + t, r));
          }
        } else {
          break;
        }
        text.append(' ').append(t);
        rows.addAll(next.rows());
        j++;
      }
      if (parts.isEmpty() && inline.size() >= 2) {
        parts.addAll(inline);
      }
      out.add(new Found(kind, Paragraph.collapse(text.toString()), rows, parts));
      i = j - 1;
    }
    return out;
  }

  /**
   * Whether a clause's body hangs under its paragraph number: the clause opens a numbered paragraph
   * whose number stands out left of its text ("5)   RESOLVED that:") and introduces what follows,
   * so the paragraphs set as far in as its text ("Members note ...", "This Council believes that:",
   * "a) ...", "1. ...") are its body, however many, until a paragraph starts at the number's edge
   * again (the next numbered paragraph, or narrative).
   */
  private static boolean hangs(Paragraph opening, String words) {
    LabelledRow head = opening.rows().get(0);
    return head.labels().leading() != null && head.box() != null && !head.words().isEmpty()
        && head.words().get(0).x0() < head.box().x() - HANG * head.fontSize() && INTRODUCES.matcher(words).matches();
  }

  /**
   * Whether a paragraph starts as far in as the text of the numbered paragraph before it: on the
   * same page, its first word (a part's label included) stands no further left; on a later page,
   * whose margin may differ, its text is indented as far and it is not the next numbered paragraph.
   */
  private static boolean under(Paragraph numbered, Paragraph next) {
    LabelledRow head = numbered.rows().get(0);
    LabelledRow first = next.rows().get(0);
    if (first.page() == head.page() && first.box() != null) {
      float left = first.words().isEmpty() ? first.box().x() : first.words().get(0).x0();
      return left >= head.box().x() - EDGE;
    }
    ItemNumber.Leading own = first.labels().leading();
    boolean following = own != null && own.number().major() == head.labels().leading().number().major() + 1;
    return first.indent() >= head.indent() - EDGE && !following;
  }

  /** How far, in ems, a paragraph number stands out left of its text at least for a body to hang under it. */
  private static final float HANG = 0.8f;
  /** How far, in points, a line may stand left of another and still start at the same edge. */
  private static final float EDGE = 2f;

  /**
   * A clause opening with upper-case RESOLVED or AGREED inside a paragraph: after a sentence ends
   * ("... be circulated. AGREED", "... for 2016. AGREED to pay ..."), or as "it was AGREED" within
   * one ("once the details were final it was AGREED to purchase."). It runs to the next such clause
   * or the paragraph's end.
   */
  private static List<Found> inner(Paragraph p) {
    return inner(p, DecisionOpening.within(p.text()));
  }

  /** The clauses at the given openings of a paragraph; one opening in lower case ("it was resolved to") ends with its sentence. */
  private static List<Found> inner(Paragraph p, List<DecisionOpening> at) {
    String text = p.text();
    List<Found> out = new ArrayList<>();
    for (int k = 0; k < at.size(); k++) {
      int from = at.get(k).start();
      int to = k + 1 < at.size() ? at.get(k + 1).start() : text.length();
      if (at.get(k).narrative(text)) {
        to = Math.min(to, sentenceEnd(text, from));
      }
      String clause = Paragraph.collapse(text.substring(from, to).strip());
      out.add(new Found(at.get(k).kind(), clause, p.rowsBetween(from, to), List.of()));
    }
    return out;
  }

  /** Where the sentence holding position from ends. */
  private static int sentenceEnd(String text, int from) {
    for (int[] s : Sentences.split(text, PersonWords::isHonorific)) {
      if (s[1] > from) {
        return s[1];
      }
    }
    return text.length();
  }

  private static String label(Matcher part) {
    for (int g = 1; g <= 3; g++) {
      if (part.group(g) != null) {
        return part.group(g);
      }
    }
    return "";
  }

  private static final Pattern INLINE = Pattern.compile("(?:^|\\s)(\\((?:\\d{1,2}|[a-z]|[A-Z]|[ivx]{1,4})\\)|\\d{1,2}-)\\s+");

  /**
   * Parts printed inside the opening paragraph: "RESOLVED that (a) ...; (b) ...", in sequence only,
   * at least {@code min} of them (else none).
   */
  private static List<FoundPart> inlineParts(String text, Paragraph paragraph, int min) {
    List<String> labels = new ArrayList<>();
    List<int[]> at = sequence(text, null, labels);
    return labels.isEmpty() || labels.size() < min ? List.of() : cut(text, paragraph, labels, at);
  }

  /**
   * A paragraph opening with a part label, split where the next parts of the sequence start inside
   * it: "(b) ...; (c) ..." printed line after line with no gap between them is one paragraph.
   */
  private static List<FoundPart> partParagraph(String label, String body, Paragraph paragraph) {
    List<String> labels = new ArrayList<>(List.of(label));
    List<int[]> at = new ArrayList<>();
    at.add(new int[] {0, 0});
    at.addAll(sequence(body, label, labels));
    return labels.size() == 1 ? List.of(new FoundPart(label, body, paragraph.rows())) : cut(body, paragraph, labels, at);
  }

  /**
   * Where part labels in sequence start in text ({label start, text start} each), their labels
   * added to labels: the first follows previous, or is a first label ("1", "a", "i") when previous
   * is null.
   */
  private static List<int[]> sequence(String text, String previous, List<String> labels) {
    Matcher m = INLINE.matcher(text);
    List<int[]> at = new ArrayList<>();
    String last = previous;
    while (m.find()) {
      String l = m.group(1).replaceAll("[()\\-]", "");
      boolean fits = last == null ? l.equals("1") || l.equalsIgnoreCase("a") || l.equalsIgnoreCase("i") : next(last, l);
      if (fits) {
        labels.add(l);
        at.add(new int[] {m.start(1), m.end()});
        last = l;
      }
    }
    return at;
  }

  /**
   * The parts of text cut at their labels. Each part keeps the rows its text was printed on, so an
   * Action entry beside a part's last line belongs to that part; text is a suffix of the paragraph's.
   */
  private static List<FoundPart> cut(String text, Paragraph paragraph, List<String> labels, List<int[]> at) {
    int shift = paragraph.text().length() - text.length();
    List<FoundPart> parts = new ArrayList<>();
    for (int k = 0; k < labels.size(); k++) {
      int from = at.get(k)[1];
      int to = k + 1 < labels.size() ? at.get(k + 1)[0] : text.length();
      parts.add(new FoundPart(labels.get(k), text.substring(from, to).strip().replaceAll("[;,]?\\s*(and|or)?$", "").strip(),
          paragraph.rowsBetween(at.get(k)[0] + shift, to + shift)));
    }
    return parts;
  }

  private static boolean next(String previous, String label) {
    if (previous.matches("\\d+") && label.matches("\\d+")) {
      return Integer.parseInt(label) == Integer.parseInt(previous) + 1;
    }
    if (previous.length() == 1 && label.length() == 1 && Character.isLetter(previous.charAt(0))) {
      return label.charAt(0) == previous.charAt(0) + 1;
    }
    return previous.matches("[ivx]+") && label.matches("[ivx]+") && label.length() <= 4;
  }
}
