package org.minutebook.cli.render;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.minutebook.model.ActionRow;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionPart;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.Person;

/** A meeting as readable minutes: heading, attendance, then each item with its decisions and actions. */
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
    for (Item item : m.items()) {
      out.println();
      String head = (item.number() == null ? "" : item.number() + "  ") + (item.title() == null ? "" : item.title());
      out.println(head + (item.page() == null ? "" : "   (p. " + item.page() + ")"));
      if (!item.references().isEmpty()) {
        out.println("    References: " + String.join(", ", item.references()));
      }
      for (Decision d : item.decisions()) {
        wrap(out, "    * ", d.text() + (d.actions().isEmpty() ? "" : "  [Action: " + String.join("/", d.actions()) + owners(d) + "]")
            + (d.deadline() == null || d.deadline().date() == null ? "" : "  [due " + d.deadline().date() + "]"));
        for (DecisionPart p : d.parts()) {
          if (!p.actions().isEmpty() && !p.actions().equals(d.actions())) {
            out.println("        (" + p.label() + ") action: " + String.join("/", p.actions()));
          }
        }
        if (d.vote() != null) {
          org.minutebook.model.Vote v = d.vote();
          String result = v.result() == null ? "" : v.result().name().toLowerCase(java.util.Locale.ROOT) + ": ";
          out.println("      Recorded vote, " + result + v.inFavour().size() + " for, " + v.against().size() + " against, "
              + v.abstain().size() + " abstained");
          voters(out, "For", v.inFavour());
          voters(out, "Against", v.against());
          voters(out, "Abstained", v.abstain());
        }
      }
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
