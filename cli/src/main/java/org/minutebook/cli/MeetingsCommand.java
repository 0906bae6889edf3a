package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.List;
import org.minutebook.cli.render.Records;
import org.minutebook.cli.render.Table;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.ArchiveQueries;
import org.minutebook.ingest.store.QueryResults.MeetingSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code minutebook meetings}: the meetings in the archive, in date order. */
@Command(name = "meetings", mixinStandardHelpOptions = true, description = {"List meetings in the archive, one per meeting however many files it was read from.",
        "MINUTES APPROVED gives the date of the later meeting that agreed its minutes as a correct record,",
        "\"not recorded\" when later meetings of the body are archived but none did, blank when none is."},
    footer = ExitCode.HELP)
final class MeetingsCommand extends ArchiveCommand {
  @Mixin FilterOptions filter;

  @Override
  int run(ArchiveQueries queries, PrintWriter out, PrintWriter err) throws ArchiveException {
    List<MeetingSummary> meetings = queries.meetings(filter.filter());
    if (output.json) {
      out.println(Records.json(meetings));
      return ExitCode.OK;
    }
    Table t = new Table(List.of("ID", "DATE", "BODY", "TIME", "ITEMS", "DECISIONS", "MINUTES APPROVED", "FILE"),
        0, 0, 50, 0, 0, 0, 0, 60);
    for (MeetingSummary m : meetings) {
      String time = m.start() == null ? "" : m.start() + (m.end() == null ? "" : "-" + m.end());
      String file = m.file() + (m.sources() > 1 ? " (+" + (m.sources() - 1) + " more)" : "");
      t.row(m.id(), m.date(), m.body(), time, m.items(), m.decisions(), approval(m), file);
    }
    t.print(out);
    return ExitCode.OK;
  }

  /** The approving meeting's date; "not recorded" when later meetings say nothing; blank when none is archived. */
  private static String approval(MeetingSummary m) {
    return m.minutesApproved() ? m.approvedOn() : m.laterMeetings() ? "not recorded" : "";
  }
}
