package org.minutebook.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.minutebook.cli.render.MeetingJson;
import org.minutebook.cli.render.MeetingText;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.QueryResults.MeetingSource;
import org.minutebook.model.Meeting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code minutebook show MEETING}: one meeting's minutes as readable text (or JSON). */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = {"Show a meeting's minutes: items, decisions and actions.",
        "MEETING is an id (from 'meetings'), or a date followed by words of the body's name."},
    footer = ExitCode.HELP)
final class ShowCommand extends ArchiveCommand {
  @Parameters(arity = "1..*", paramLabel = "MEETING", description = "An id, or DATE [BODY words].")
  List<String> meeting;

  @Override
  int run(ArchiveQueries queries, PrintWriter out, PrintWriter err) throws ArchiveException {
    List<Long> ids;
    String first = meeting.get(0);
    if (first.matches("\\d+") && meeting.size() == 1) {
      ids = List.of(Long.parseLong(first));
    } else {
      LocalDate date;
      try {
        date = LocalDate.parse(first);
      } catch (DateTimeParseException e) {
        err.println("minutebook: MEETING must be an id or a date (YYYY-MM-DD) with optional body words: " + first);
        return ExitCode.USAGE;
      }
      String body = meeting.size() > 1 ? String.join(" ", meeting.subList(1, meeting.size())) : null;
      ids = queries.meetingIds(date, body);
      if (ids.size() > 1) {
        err.println("minutebook: " + ids.size() + " meetings on " + date + "; name the body or use an id:");
        queries.meetings(new ArchiveQueries.Filter(body, date, date))
            .forEach(m -> err.println("  " + m.id() + "  " + m.body()));
        return ExitCode.USAGE;
      }
    }
    Optional<Meeting> found = ids.isEmpty() ? Optional.empty() : queries.meeting(ids.get(0));
    if (found.isEmpty()) {
      err.println("minutebook: no such meeting: " + String.join(" ", meeting));
      return ExitCode.USAGE;
    }
    if (output.json) {
      out.println(MeetingJson.array(List.of(found.get())).replaceFirst("^\\[\\s*", "").replaceFirst("\\s*]\\s*$", ""));
    } else {
      MeetingText.print(found.get(), out);
      queries.approvedOn(ids.get(0)).ifPresent(on -> out.println("\nIts minutes were approved as a correct record on " + on + "."));
      List<MeetingSource> sources = queries.sources(ids.get(0));
      if (sources.size() > 1) {
        out.println();
        out.println("Read from " + sources.size() + " files (the first is shown):");
        for (MeetingSource s : sources) {
          out.println("  " + s.file() + (s.firstPage() == null ? "" : ", pages " + s.firstPage() + "-" + s.lastPage()));
        }
      }
    }
    return ExitCode.OK;
  }
}
