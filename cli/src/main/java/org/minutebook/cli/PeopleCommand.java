package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minutebook.cli.render.Records;
import org.minutebook.cli.render.Table;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.QueryResults.PersonMeeting;
import org.minutebook.ingest.store.QueryResults.PersonSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minutebook people [NAME]}: attendance, apologies and actions per person. */
@Command(name = "people", mixinStandardHelpOptions = true,
    description = {"List people with their attendance, apologies and roles.",
        "With a NAME matching one person, also the meetings they are recorded at."},
    footer = ExitCode.HELP)
final class PeopleCommand extends ArchiveCommand {
  @Parameters(arity = "0..1", paramLabel = "NAME", description = "Only people whose name contains NAME (any case).")
  String name;

  @Option(names = "--limit", defaultValue = "500", description = "At most this many (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  int run(ArchiveQueries queries, PrintWriter out, PrintWriter err) throws ArchiveException {
    List<PersonSummary> people = queries.people(name, limit);
    List<PersonMeeting> meetings = people.size() == 1 ? queries.personMeetings(people.get(0).name()) : List.of();
    if (output.json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("people", people);
      result.put("meetings", meetings);
      out.println(Records.json(name == null || people.size() != 1 ? people : result));
      return ExitCode.OK;
    }
    Table t = new Table(List.of("NAME", "PRESENT", "APOLOGIES", "SUBSTITUTE", "VIRTUAL", "ACTIONS*", "FIRST", "LAST", "ROLES"),
        30, 0, 0, 0, 0, 0, 0, 0, 80);
    for (PersonSummary p : people) {
      t.row(p.name(), p.present(), p.apologies(), p.substitute(), p.virtual(), p.actionsByInitials(), p.firstSeen(), p.lastSeen(),
          String.join("; ", p.roles()));
    }
    t.print(out);
    out.println("* Action entries with the person's initials at meetings they attended (initials are not yet resolved).");
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
}
