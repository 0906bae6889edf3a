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
@Command(name = "meetings", mixinStandardHelpOptions = true, description = "List meetings in the archive.",
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
    Table t = new Table(List.of("ID", "DATE", "BODY", "TIME", "ITEMS", "DECISIONS", "FILE"), 0, 0, 50, 0, 0, 0, 60);
    for (MeetingSummary m : meetings) {
      String time = m.start() == null ? "" : m.start() + (m.end() == null ? "" : "-" + m.end());
      t.row(m.id(), m.date(), m.body(), time, m.items(), m.decisions(), m.file());
    }
    t.print(out);
    return ExitCode.OK;
  }
}
