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
    Box box) {
  public Item {
    references = List.copyOf(references);
    text = text == null ? "" : text;
    decisions = List.copyOf(decisions);
    actionRows = List.copyOf(actionRows);
  }

  /** The same item with these decisions (a later stage's reading of them), in order. */
  public Item withDecisions(List<Decision> read) {
    return new Item(number, title, page, references, text, read, actionRows, agendaItem, box);
  }

  /** The same item with these Action-column rows (a later stage's reading of them), in order. */
  public Item withActionRows(List<ActionRow> read) {
    return new Item(number, title, page, references, text, decisions, read, agendaItem, box);
  }
}
