package org.minutebook.cli.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.minutebook.model.ActionLogEntry;
import org.minutebook.model.ActionRow;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionPart;
import org.minutebook.model.Division;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.Motion;
import org.minutebook.model.Movement;
import org.minutebook.model.Ocr;
import org.minutebook.model.Person;
import org.minutebook.model.Tally;
import org.minutebook.model.Vote;
import org.minutebook.model.VoteResult;

/**
 * A meeting as readable minutes: heading, attendance (absent members, and those who left or
 * arrived, included), then each item under its group heading with its decisions (how each was put,
 * and its vote), its other recorded votes, its actions and its action log.
 */
public final class MeetingText {
  private static final int WIDTH = 100;

  /** " = Ann Other, ?" for the people a decision's entries were resolved to, or nothing when none is. */
  private static String owners(Decision d) {
    if (d.owners().stream().allMatch(o -> o.name() == null)) {
      return "";
    }
    return " = " + String.join(", ", d.owners().stream().map(o -> o.name() == null ? "?" : o.name()).toList());
  }

  private MeetingText() {}

  public static void print(Meeting m, PrintWriter out) {
    out.println(m.body());
    StringBuilder when = new StringBuilder(m.date().toString());
    if (m.start() != null) {
      when.append("  ").append(m.start()).append(m.end() == null ? "" : "-" + m.end());
    }
    if (m.venue() != null) {
      when.append("  ").append(m.venue());
    }
    out.println(when);
    out.println("Source: " + m.source().file() + pages(m));
    if (m.approvedMinutes() != null) {
      List<String> dates = m.approvedMinutes().meetingDates().stream().map(Object::toString).toList();
      out.println("Approved the minutes of " + (dates.isEmpty() ? "the previous meeting" : String.join(" and ", dates))
          + (m.approvedMinutes().item() == null ? "" : " (item " + m.approvedMinutes().item() + ")"));
    }
    people(out, "Present", m.attendance().present());
    people(out, "Also present", m.attendance().alsoPresent());
    people(out, "Apologies", m.attendance().apologies());
    people(out, "Substitutes", m.attendance().substitutes());
    people(out, "Attended virtually", m.attendance().virtual());
    people(out, "Absent", m.attendance().absent());
    movements(out, "Left", m.attendance().left());
    movements(out, "Arrived", m.attendance().arrived());
    String group = null;
    for (Item item : m.items()) {
      out.println();
      if (item.group() != null && !item.group().equals(group)) {
        out.println(item.group());
      }
      group = item.group();
      String head = (item.number() == null ? "" : item.number() + "  ") + (item.title() == null ? "" : item.title());
      out.println(head + (item.page() == null ? "" : "   (p. " + item.page() + ")") + proofread(item.ocrConfidence()));
      if (!item.references().isEmpty()) {
        out.println("    References: " + String.join(", ", item.references()));
      }
      for (Decision d : item.decisions()) {
        wrap(out, "    * ", d.text() + (d.actions().isEmpty() ? "" : "  [Action: " + String.join("/", d.actions()) + owners(d) + "]")
            + (d.deadline() == null || d.deadline().date() == null ? "" : "  [due " + d.deadline().date() + "]")
            + proofread(d.ocrConfidence()));
        for (DecisionPart p : d.parts()) {
          if (!p.actions().isEmpty() && !p.actions().equals(d.actions())) {
            out.println("        (" + p.label() + ") action: " + String.join("/", p.actions()));
          }
        }
        if (d.motion() != null) {
          out.println("      " + motion(d.motion()));
        }
        if (d.vote() != null) {
          Vote v = d.vote();
          String result = v.result() == null ? "" : result(v.result()) + ": ";
          out.println("      Recorded vote, " + result + v.inFavour().size() + " for, " + v.against().size() + " against, "
              + v.abstain().size() + " abstained" + (v.absent().isEmpty() ? "" : ", " + v.absent().size() + " absent"));
          voters(out, v);
        }
      }
      divisions(out, item);
      actionLog(out, item.actionLog());
      for (ActionRow r : item.actionRows()) {
        if (r.decision() == null) {
          wrap(out, "    > ", String.join("/", r.actions()) + ": " + (r.beside() == null ? "" : r.beside()));
        }
      }
    }
    if (m.nextMeeting() != null) {
      out.println();
      out.println("Next meeting: " + m.nextMeeting());
    }
  }

  /** "  [OCR 72: proofread]" after a fact OCR was unsure of; "" after others. */
  public static String proofread(Double ocrConfidence) {
    return Ocr.low(ocrConfidence) ? String.format(Locale.ROOT, "  [OCR %.0f: proofread]", ocrConfidence) : "";
  }

  private static String pages(Meeting m) {
    if (m.source().firstPage() == null) {
      return "";
    }
    return ", pages " + m.source().firstPage() + "-" + m.source().lastPage();
  }

  private static void people(PrintWriter out, String label, List<Person> people) {
    if (people.isEmpty()) {
      return;
    }
    String list = people.stream().map(p -> p.name() + (p.position() == null ? "" : " (" + p.position() + ")")
        + (p.standingInFor() == null ? "" : " for " + p.standingInFor())).collect(Collectors.joining(", "));
    wrap(out, label + ": ", list);
  }

  /** "Moved by Elton, seconded by Hodge: carried, 5 for, 0 against" from what is printed. */
  private static String motion(Motion put) {
    List<String> by = new ArrayList<>();
    if (put.mover() != null) {
      by.add("moved by " + put.mover());
    }
    if (put.seconder() != null) {
      by.add("seconded by " + put.seconder());
    }
    List<String> outcome = new ArrayList<>();
    if (put.result() != null) {
      outcome.add(result(put.result()));
    }
    if (put.tally() != null) {
      outcome.add(tally(put.tally()));
    }
    String text = String.join(", ", by) + (by.isEmpty() || outcome.isEmpty() ? "" : ": ") + String.join(", ", outcome);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The printed counts: "5 for, 0 against, 1 abstained", each only where printed. */
  private static String tally(Tally t) {
    List<String> counts = new ArrayList<>();
    if (t.inFavour() != null) {
      counts.add(t.inFavour() + " for");
    }
    if (t.against() != null) {
      counts.add(t.against() + " against");
    }
    if (t.abstain() != null) {
      counts.add(t.abstain() + " abstained");
    }
    return String.join(", ", counts);
  }

  private static String result(VoteResult r) {
    return r.name().toLowerCase(Locale.ROOT);
  }

  /** The item's recorded divisions, but for those its decisions show as their own vote. */
  private static void divisions(PrintWriter out, Item item) {
    List<Division> shown = item.votes().stream()
        .filter(v -> v.vote() == null || item.decisions().stream().noneMatch(d -> v.vote().equals(d.vote()))).toList();
    for (Division v : shown) {
      List<String> outcome = new ArrayList<>();
      if (v.result() != null) {
        outcome.add(result(v.result()));
      }
      if (v.tally() != null) {
        outcome.add(tally(v.tally()));
      }
      wrap(out, "    Vote: ", (v.motion() == null ? "(motion not printed)" : v.motion())
          + (outcome.isEmpty() ? "" : " (" + String.join(", ", outcome) + ")"));
      if (v.vote() != null) {
        voters(out, v.vote());
      }
    }
  }

  private static void actionLog(PrintWriter out, List<ActionLogEntry> log) {
    if (log.isEmpty()) {
      return;
    }
    out.println("    Action log:");
    for (ActionLogEntry e : log) {
      String owners = String.join("/", e.owners());
      if (e.people().stream().anyMatch(o -> o.name() != null)) {
        owners += " = " + String.join(", ", e.people().stream().map(o -> o.name() == null ? "?" : o.name()).toList());
      }
      wrap(out, "      " + (e.ref() == null ? "-" : e.ref()) + "  ", e.action() + (owners.isEmpty() ? "" : "  [" + owners + "]")
          + (e.due() == null ? "" : "  [due " + e.due() + "]") + (e.update().isEmpty() ? "" : "  Update: " + e.update()));
    }
  }

  private static void movements(PrintWriter out, String label, List<Movement> movements) {
    if (movements.isEmpty()) {
      return;
    }
    List<String> each = new ArrayList<>();
    for (Movement m : movements) {
      List<String> when = new ArrayList<>();
      if (m.time() != null) {
        when.add(m.time());
      }
      if (m.beforeItem() != null) {
        when.add("before item " + m.beforeItem());
      }
      each.add(m.name() + (when.isEmpty() ? "" : " (" + String.join(", ", when) + ")"));
    }
    wrap(out, label + ": ", String.join(", ", each));
  }

  private static void voters(PrintWriter out, Vote v) {
    voters(out, "For", v.inFavour());
    voters(out, "Against", v.against());
    voters(out, "Abstained", v.abstain());
    voters(out, "Absent", v.absent());
  }

  private static void voters(PrintWriter out, String label, List<String> names) {
    if (!names.isEmpty()) {
      wrap(out, "        " + label + ": ", String.join(", ", names));
    }
  }

  private static void wrap(PrintWriter out, String prefix, String text) {
    String indent = " ".repeat(prefix.length());
    StringBuilder line = new StringBuilder(prefix);
    for (String word : text.split("\\s+")) {
      if (line.length() + word.length() + 1 > WIDTH && line.length() > indent.length()) {
        out.println(line.toString().stripTrailing());
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length() && !line.toString().endsWith(" ")) {
        line.append(' ');
      }
      line.append(word);
    }
    out.println(line.toString().stripTrailing());
  }
}
