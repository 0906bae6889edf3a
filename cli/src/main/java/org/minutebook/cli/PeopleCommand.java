package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.List;
import org.minutebook.cli.render.Records;
import org.minutebook.cli.render.Table;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.QueryResults.Mention;
import org.minutebook.ingest.store.QueryResults.OwnedAction;
import org.minutebook.ingest.store.QueryResults.PersonMeeting;
import org.minutebook.ingest.store.QueryResults.PersonRecord;
import org.minutebook.ingest.store.QueryResults.PersonVote;
import org.minutebook.ingest.store.QueryResults.RoleSpan;
import org.minutebook.ingest.store.QueryResults.PersonSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minutebook people [NAME]}: attendance, apologies and actions per person. */
@Command(name = "people", mixinStandardHelpOptions = true,
    description = {"List people with their attendance, apologies, absences, roles and the Action entries resolved to them.",
        "With a NAME matching one person, also the meetings they are recorded at. See also: people show NAME.",
        "With --json, an array of people however many match (one person's meetings: people show NAME --json)."},
    subcommands = PeopleCommand.Show.class,
    footer = ExitCode.HELP)
final class PeopleCommand extends ArchiveCommand {
  @Parameters(arity = "0..1", paramLabel = "NAME", description = "Only people whose name contains NAME (any case).")
  String name;

  @Option(names = "--limit", defaultValue = "500", description = "At most this many (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  int run(ArchiveQueries queries, PrintWriter out, PrintWriter err) throws ArchiveException {
    List<PersonSummary> people = queries.people(name, limit);
    if (output.json) { // one shape however many match: a script reads one person's meetings from people show --json
      out.println(Records.json(people));
      return ExitCode.OK;
    }
    List<PersonMeeting> meetings = people.size() == 1 ? queries.personMeetings(people.get(0).name()) : List.of();
    Table t = new Table(List.of("NAME", "PRESENT", "APOLOGIES", "ABSENT", "SUBSTITUTE", "VIRTUAL", "ACTIONS*", "FIRST", "LAST", "ROLES"),
        30, 0, 0, 0, 0, 0, 0, 0, 0, 80);
    for (PersonSummary p : people) {
      t.row(p.name(), p.present(), p.apologies(), p.absent(), p.substitute(), p.virtual(), p.actions(), p.firstSeen(), p.lastSeen(),
          String.join("; ", p.roles()));
    }
    t.print(out);
    out.println("* Action entries resolved to the person (see people show NAME for them and the evidence).");
    if (!meetings.isEmpty()) {
      out.println();
      Table m = new Table(List.of("DATE", "BODY", "AS", "ROLE", "MEETING"), 0, 40, 0, 60, 0);
      for (PersonMeeting pm : meetings) {
        m.row(pm.date(), pm.body(), pm.position() != null ? pm.position() : pm.list(), pm.role(), pm.meetingId());
      }
      m.print(out);
    }
    return ExitCode.OK;
  }

  /** {@code minutebook people show NAME}: one person across the archive. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = {"One person across the archive: meetings attended, apologies sent, absences, roles over time, the Action",
          "entries resolved to them with their decisions, and their votes (for, against, abstain or absent) in every",
          "recorded division (an item's votes and decisions' votes). Short forms of the name (\"Cllr Doe\", \"K. Doe\")",
          "count where no one else at the same body shares them; the same name at unrelated bodies is shown as separate",
          "people."},
      footer = ExitCode.HELP)
  static final class Show extends ArchiveCommand {
    @Parameters(paramLabel = "NAME", description = "The person's full name, e.g. \"Ann Other\" (honorifics are ignored).")
    String name;

    @Override
    int run(ArchiveQueries queries, PrintWriter out, PrintWriter err) throws ArchiveException {
      List<PersonRecord> records = queries.person(name);
      if (records.isEmpty()) {
        err.println("minutebook: nobody called " + name + " is recorded (list people with: minutebook people [PART OF NAME])");
        return ExitCode.USAGE;
      }
      if (output.json) {
        out.println(Records.json(records));
        return ExitCode.OK;
      }
      if (records.size() > 1) {
        out.println(records.size() + " people called " + name + ", at bodies that share nothing:");
        out.println();
      }
      for (PersonRecord r : records) {
        out.println(r.name() + "  (" + String.join("; ", r.bodies()) + ")");
        if (!r.alsoPrintedAs().isEmpty()) {
          out.println("Also printed as: " + String.join(", ", r.alsoPrintedAs()));
        }
        out.println("Meetings attended: " + r.attended() + ", apologies sent: " + r.apologies()
            + (r.absent() == 0 ? "" : ", absent: " + r.absent()));
        out.println();
        Table m = new Table(List.of("DATE", "BODY", "AS", "ROLE", "MEETING"), 0, 40, 0, 60, 0);
        for (PersonMeeting pm : r.meetings()) {
          m.row(pm.date(), pm.body(), pm.position() != null ? pm.position() : pm.list(), pm.role() == null ? "" : pm.role(),
              pm.meetingId());
        }
        m.print(out);
        if (!r.roles().isEmpty()) {
          out.println();
          out.println("Roles:");
          for (RoleSpan role : r.roles()) {
            out.println("  " + role.from() + (role.to().equals(role.from()) ? "            " : " to " + role.to()) + "  " + role.role());
          }
        }
        if (!r.mentions().isEmpty()) {
          out.println();
          out.println("Named in:");
          for (Mention mention : r.mentions()) {
            out.println("  " + mention.date() + "  item " + (mention.itemNumber() == null ? "-" : mention.itemNumber())
                + (mention.itemTitle() == null ? "" : " " + mention.itemTitle()) + "  as " + String.join(", ", mention.printedAs()));
          }
        }
        out.println();
        if (r.actions().isEmpty()) {
          out.println("No Action entries resolved to " + r.name() + ".");
        } else {
          out.println("Actions (" + r.actions().size() + "):");
          Table a = new Table(List.of("DATE", "BODY", "ITEM", "AS", "DECISION", "EVIDENCE"), 0, 30, 0, 0, 90, 50);
          for (OwnedAction act : r.actions()) {
            a.row(act.date(), act.body(), act.itemNumber(), act.initials(), act.decision(), act.evidence());
          }
          a.print(out);
        }
        if (!r.votes().isEmpty()) {
          out.println();
          out.println("Votes (" + r.votes().size() + "):");
          Table v = new Table(List.of("DATE", "BODY", "ITEM", "VOTE", "RESULT", "ON", "AS"), 0, 30, 0, 0, 0, 90, 0);
          for (PersonVote pv : r.votes()) {
            v.row(pv.date(), pv.body(), pv.itemNumber() == null ? "-" : pv.itemNumber(), pv.vote(), pv.result() == null ? "" : pv.result(),
                pv.motion() == null ? "(motion not printed)" : pv.motion(), pv.printedAs());
          }
          v.print(out);
        }
        out.println();
      }
      return ExitCode.OK;
    }
  }
}
