package org.minutebook.cli;

import java.time.LocalDate;
import org.minutebook.ingest.store.ArchiveQueries.Filter;
import picocli.CommandLine.Option;

/** {@code --body}, {@code --from}, {@code --to}: which meetings a query looks at. */
final class FilterOptions {
  @Option(names = "--body", paramLabel = "B", description = "Only meetings of a body whose name contains B (any case).")
  String body;

  @Option(names = "--from", paramLabel = "DATE", description = "Only meetings on or after DATE (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only meetings on or before DATE (YYYY-MM-DD).")
  LocalDate to;

  Filter filter() {
    return new Filter(body, from, to);
  }
}
