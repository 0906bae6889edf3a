package org.minutebook.model;

import java.util.List;

/**
 * A numbered item (minute) of a meeting.
 *
 * @param number as printed: "16", "16a", "186b"; null where the minutes print none
 * @param title as printed, lines joined with one space; null where there is none
 * @param page the page where it starts, or null
 * @param references report numbers cited, e.g. "ABC19042"
 * @param text the item's full text, page furniture removed
 * @param decisions its formal decisions in order
 * @param actionRows every Action-column entry in the item, in order
 * @param agendaItem the agenda item number printed beside the minute number, or null
 * @param box where its heading was printed, or null
 * @param group the heading it stands under, for a lettered or numbered entry under an unnumbered
 *     heading ("NEW BUSINESS"), or null
 * @param votes every recorded division in the item, in order (a decision's own vote included)
 * @param actionLog the rows of action tables printed in the item, in order
 * @param ocrConfidence the mean confidence, 0 to 100, of the words OCR read its number and title
 *     from; null where they were read from a text layer or a web page
 */
public record Item(
    String number,
    String title,
    Integer page,
    List<String> references,
    String text,
    List<Decision> decisions,
    List<ActionRow> actionRows,
    String agendaItem,
    Box box,
    String group,
    List<Division> votes,
    List<ActionLogEntry> actionLog,
    Double ocrConfidence) {
  public Item {
    references = List.copyOf(references);
    text = text == null ? "" : text;
    decisions = List.copyOf(decisions);
    actionRows = List.copyOf(actionRows);
    votes = votes == null ? List.of() : List.copyOf(votes);
    actionLog = actionLog == null ? List.of() : List.copyOf(actionLog);
    OcrConfidence.check(ocrConfidence);
  }

  /** An item read from a text layer or a web page. */
  public Item(String number, String title, Integer page, List<String> references, String text, List<Decision> decisions,
      List<ActionRow> actionRows, String agendaItem, Box box, String group, List<Division> votes, List<ActionLogEntry> actionLog) {
    this(number, title, page, references, text, decisions, actionRows, agendaItem, box, group, votes, actionLog, null);
  }

  /** An item with no group, divisions or action log. */
  public Item(String number, String title, Integer page, List<String> references, String text, List<Decision> decisions,
      List<ActionRow> actionRows, String agendaItem, Box box) {
    this(number, title, page, references, text, decisions, actionRows, agendaItem, box, null, List.of(), List.of());
  }

  /** The same item with these decisions (a later stage's reading of them), in order. */
  public Item withDecisions(List<Decision> read) {
    return new Item(number, title, page, references, text, read, actionRows, agendaItem, box, group, votes, actionLog, ocrConfidence);
  }

  /** The same item with these Action-column rows (a later stage's reading of them), in order. */
  public Item withActionRows(List<ActionRow> read) {
    return new Item(number, title, page, references, text, decisions, read, agendaItem, box, group, votes, actionLog, ocrConfidence);
  }

  /** The same item under this heading. */
  public Item withGroup(String heading) {
    return new Item(number, title, page, references, text, decisions, actionRows, agendaItem, box, heading, votes, actionLog, ocrConfidence);
  }

  /** The same item with these recorded divisions, in order. */
  public Item withVotes(List<Division> read) {
    return new Item(number, title, page, references, text, decisions, actionRows, agendaItem, box, group, read, actionLog, ocrConfidence);
  }

  /** The same item with these action-log rows, in order. */
  public Item withActionLog(List<ActionLogEntry> read) {
    return new Item(number, title, page, references, text, decisions, actionRows, agendaItem, box, group, votes, read, ocrConfidence);
  }

  /** The same item with the confidence OCR had in its number and title (null: not read by OCR). */
  public Item withOcrConfidence(Double confidence) {
    return new Item(number, title, page, references, text, decisions, actionRows, agendaItem, box, group, votes, actionLog, confidence);
  }
}
