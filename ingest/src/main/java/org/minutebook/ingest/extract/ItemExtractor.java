package org.minutebook.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.rules.ActionLabel;
import org.minutebook.ingest.label.rules.AgendaReference;
import org.minutebook.ingest.segment.RawItem;
import org.minutebook.model.ActionRow;
import org.minutebook.model.Box;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionPart;
import org.minutebook.model.Item;
import org.minutebook.model.Vote;
import org.minutebook.model.VoteResult;

/**
 * Turns a segmented item into an {@link Item}: its title, text, report references, decisions and
 * the Action column.
 *
 * <p>Each Action-column entry is tied to the line printed beside it (or, when it stands on a line
 * of its own, to the nearest line of text above it in the item). An entry beside a decision or one
 * of its parts is that decision's action; every entry, beside a decision or not, is kept in the
 * item's action rows. A single entry printed at the end of a decision with parts applies to all of
 * its parts, and so does a single entry beside its opening words, before any part.
 */
public final class ItemExtractor {

  public Item extract(RawItem raw) {
    String title = title(raw.titleRows());
    String agendaItem = null;
    if (title != null) {
      AgendaReference ref = AgendaReference.find(title).orElse(null);
      if (ref != null) {
        agendaItem = ref.number();
        title = Paragraph.collapse(title.substring(0, ref.start()) + " " + title.substring(ref.end()));
        title = title.isEmpty() ? null : title;
      }
    }
    List<LabelledRow> body = raw.bodyRows();
    if (agendaItem == null && !body.isEmpty()) {
      AgendaReference ref = body.get(0).labels().reference();
      if (ref != null) {
        agendaItem = ref.number();
        body = body.subList(1, body.size());
      }
    }
    body = actionLabels(body);
    List<Paragraph> paragraphs = Paragraph.of(body);
    StringBuilder text = new StringBuilder();
    for (Paragraph p : paragraphs) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(p.text());
    }
    List<DecisionExtractor.Found> found = DecisionExtractor.find(paragraphs);
    Map<LabelledRow, Integer> decisionOf = new IdentityHashMap<>();
    Map<LabelledRow, int[]> partOf = new IdentityHashMap<>();
    for (int d = 0; d < found.size(); d++) {
      for (LabelledRow r : found.get(d).rows()) {
        decisionOf.put(r, d);
      }
      List<DecisionExtractor.FoundPart> parts = found.get(d).parts();
      for (int p = 0; p < parts.size(); p++) {
        for (LabelledRow r : parts.get(p).rows()) {
          // a line where one part ends and the next begins goes with the later part: an entry
          // printed beside the decision's last line must land on its last part
          partOf.put(r, new int[] {d, p});
        }
      }
    }
    List<ActionRow> actionRows = new ArrayList<>();
    List<List<String>> decisionActions = new ArrayList<>();
    List<List<List<String>>> partActions = new ArrayList<>();
    List<Integer> cellsPerDecision = new ArrayList<>();
    List<Integer> lastPartWithCell = new ArrayList<>();
    for (DecisionExtractor.Found f : found) {
      decisionActions.add(new ArrayList<>());
      List<List<String>> pa = new ArrayList<>();
      for (int p = 0; p < f.parts().size(); p++) {
        pa.add(new ArrayList<>());
      }
      partActions.add(pa);
      cellsPerDecision.add(0);
      lastPartWithCell.add(-1);
    }
    List<LabelledRow> all = new ArrayList<>(raw.titleRows());
    all.addAll(body);
    for (Cell cell : cells(all)) {
      LabelledRow beside = cell.row.hasText() ? cell.row : nearestTextAbove(all, cell.index);
      List<String> entries = split(cell.text);
      if (entries.isEmpty()) {
        continue;
      }
      Integer d = beside == null ? null : decisionOf.get(beside);
      actionRows.add(new ActionRow(entries, beside == null ? null : beside.text().strip(), cell.row.page(), cell.box, d));
      if (d != null) {
        addAll(decisionActions.get(d), entries);
        cellsPerDecision.set(d, cellsPerDecision.get(d) + 1);
        int[] part = partOf.get(beside);
        if (part != null) {
          addAll(partActions.get(d).get(part[1]), entries);
          lastPartWithCell.set(d, part[1]);
        }
      }
    }
    List<VoteExtractor.Found> recorded = VoteExtractor.find(paragraphs);
    Vote[] votes = votesOf(found, paragraphs, recorded);
    List<Decision> decisions = new ArrayList<>();
    for (int d = 0; d < found.size(); d++) {
      DecisionExtractor.Found f = found.get(d);
      List<DecisionPart> parts = new ArrayList<>();
      // one entry for the whole decision: beside its last part, or beside its opening words before
      // any part (a cell aligned to the top of the decision's row)
      int lastWithCell = lastPartWithCell.get(d);
      boolean shared = cellsPerDecision.get(d) == 1 && (lastWithCell == f.parts().size() - 1 || lastWithCell == -1);
      for (int p = 0; p < f.parts().size(); p++) {
        DecisionExtractor.FoundPart fp = f.parts().get(p);
        List<String> acts = shared ? decisionActions.get(d) : partActions.get(d).get(p);
        parts.add(new DecisionPart(fp.label(), Paragraph.collapse(fp.text()), acts));
      }
      LabelledRow first = f.rows().get(0);
      decisions.add(new Decision(f.kind(), f.text(), parts, decisionActions.get(d), List.of(), first.page(), votes[d],
          PrintedRows.box(f.rows())).withOcrConfidence(PrintedRows.ocrConfidence(f.rows())));
    }
    ItemMotions.Joined joined = ItemMotions.join(found, decisions, paragraphs, recorded, title);
    LabelledRow head = raw.titleRows().get(0);
    String references = (title == null ? "" : title) + "\n" + text;
    return new Item(raw.number(), title, head.page(), References.find(references), text.toString(), joined.decisions(),
        actionRows, agendaItem, head.box()).withVotes(joined.divisions())
        .withActionLog(ActionLogReader.read(raw.bodyRows())).withOcrConfidence(PrintedRows.ocrConfidence(raw.titleRows()));
  }

  /**
   * The recorded vote of each decision: a vote that was not lost belongs to the first decision
   * after it, before the next vote ("For (51) ... Motion carried." then "RESOLVED that ...").
   */
  private static Vote[] votesOf(List<DecisionExtractor.Found> found, List<Paragraph> paragraphs, List<VoteExtractor.Found> votes) {
    Vote[] out = new Vote[found.size()];
    if (found.isEmpty() || votes.isEmpty()) {
      return out;
    }
    Map<LabelledRow, Integer> paragraphOf = new IdentityHashMap<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (LabelledRow r : paragraphs.get(p).rows()) {
        paragraphOf.put(r, p);
      }
    }
    for (int v = 0; v < votes.size(); v++) {
      VoteExtractor.Found vote = votes.get(v);
      if (vote.vote().result() == VoteResult.LOST) {
        continue;
      }
      int limit = v + 1 < votes.size() ? votes.get(v + 1).first() : paragraphs.size();
      for (int d = 0; d < found.size(); d++) {
        Integer at = paragraphOf.get(found.get(d).rows().get(0));
        if (at != null && at > vote.last() && at < limit && out[d] == null) {
          out[d] = vote.vote();
          break;
        }
      }
    }
    return out;
  }

  private static String title(List<LabelledRow> rows) {
    String t = Paragraph.join(rows);
    return t.isBlank() ? null : t;
  }

  /** An entry of an action written on its own line: initials, a word, a name of up to three words. */
  private static final Pattern ENTRY = Pattern.compile("[A-Z][A-Za-z.]{0,11}( [A-Z][A-Za-z.]{0,11}){0,2}");

  /**
   * Minutes without an Action column write "ACTION: AB/CD" on a line of its own: such a line
   * becomes an Action cell beside the text above it, as if printed in the column.
   */
  private static List<LabelledRow> actionLabels(List<LabelledRow> rows) {
    List<LabelledRow> out = null;
    for (int i = 0; i < rows.size(); i++) {
      LabelledRow r = rows.get(i);
      String entries = r.labels().actionLine();
      if (entries != null && split(entries).stream().allMatch(e -> ENTRY.matcher(e).matches())) {
        if (out == null) {
          out = new ArrayList<>(rows.subList(0, i));
        }
        out.add(r.withCells(null, "", entries, false, null, r.box()));
      } else if (out != null) {
        out.add(r);
      }
    }
    return out == null ? rows : out;
  }

  /** An Action-column cell: entries on consecutive lines joined when the first ends with '/'. */
  private record Cell(LabelledRow row, int index, String text, Box box) {}

  private static List<Cell> cells(List<LabelledRow> rows) {
    List<Cell> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      LabelledRow r = rows.get(i);
      if (r.action() == null || ActionLabel.header(r.action().strip())
          || AttendanceExtractor.STATUS.matcher(r.action().strip()).matches() || r.action().strip().matches("(?i)status(\\s+arrived)?")) {
        continue; // a roll call's status column ("Present", "Absent"), read as attendance
      }
      String a = r.action().strip();
      if (!out.isEmpty()) {
        Cell last = out.get(out.size() - 1);
        if ((last.text.endsWith("/") || a.startsWith("/")) && i - last.index <= 2) {
          out.set(out.size() - 1, new Cell(last.row, last.index, last.text + a, last.box == null ? r.actionBox() : last.box.union(r.actionBox())));
          continue;
        }
      }
      out.add(new Cell(r, i, a, r.actionBox()));
    }
    return out;
  }

  private static LabelledRow nearestTextAbove(List<LabelledRow> rows, int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (rows.get(i).hasText()) {
        return rows.get(i);
      }
    }
    for (int i = index + 1; i < rows.size(); i++) {
      if (rows.get(i).hasText()) {
        return rows.get(i);
      }
    }
    return null;
  }

  /** "CD/EF" -> [CD, EF]; "AB, GH" -> [AB, GH]. */
  static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : cell.split("\\s*[/,&]\\s*|\\s+and\\s+")) {
      String p = part.strip().replaceAll("[.;:]+$", "");
      if (!p.isEmpty() && Character.isLetter(p.codePointAt(0))) { // a stray page number is no one
        out.add(p);
      }
    }
    return out;
  }

  private static void addAll(List<String> target, List<String> entries) {
    Set<String> seen = new LinkedHashSet<>(target);
    for (String e : entries) {
      if (seen.add(e)) {
        target.add(e);
      }
    }
  }
}
