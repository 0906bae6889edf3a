package org.minutebook.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.minutebook.cli.render.Records;
import org.minutebook.ingest.Ingestor;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.QuerySyntaxException;
import org.minutebook.ingest.store.SyncState;
import org.minutebook.ingest.sync.FetchSettings;
import org.minutebook.ingest.sync.Fetcher;
import org.minutebook.ingest.sync.ModernGovSite;
import org.minutebook.ingest.sync.SiteSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code minutebook sync}: keeps the archive current from councils' modern.gov sites (see {@link
 * SiteSync}). The sites are kept in the archive, so that the cron line is {@code minutebook sync}.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
    description = {"Fetch what councils' modern.gov sites published and read it into the archive: their committees'",
        "meetings (GetMeeting) that are new or changed since the last run, the documents they link (printed minutes,",
        "agenda packs, reports, decisions), and minutes the site gives only as HTML. Safe to re-run and to kill: an",
        "unchanged document is neither downloaded again (conditional requests) nor read again (content hash), and a",
        "run cut short is finished by the next. A site or URL that fails is one line on stderr; the rest goes on.",
        "With no SITE, every site followed (--add); a SITE named is followed from then on. One summary line on stderr.",
        "  minutebook sync --add democracy.example.gov.uk --committee Cabinet --since 2020-01-01",
        "  minutebook sync --report      # cron: fetch, then say what is new for each saved search (watch)"},
    footer = {"%nExit codes:%n"
        + "  0  nothing wrong%n"
        + "  1  some documents were refused or some URLs failed (each named on stderr)%n"
        + "  2  usage error (a site address that is not one, no site to sync)%n"
        + "  3  archive problem (locked, newer schema, cannot be written)%n"
        + "  4  internal error (stack trace with --stacktrace)%n"})
final class SyncCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveOptions archive;
  @Mixin OutputOptions output;
  @Mixin OcrOptions ocr;

  @Parameters(paramLabel = "SITE", arity = "0..*",
      description = "A modern.gov site: its host (democracy.example.gov.uk) or any address on it.")
  List<String> sites = new ArrayList<>();

  @Option(names = "--committee", paramLabel = "ID|NAME",
      description = "Only this committee (its id, or its title or a part of it); repeatable. Default: every committee.")
  List<String> committees = new ArrayList<>();

  @Option(names = "--since", paramLabel = "DATE", description = "Only meetings on or after this day (YYYY-MM-DD). Default: a year back.")
  String since;

  @Option(names = "--add", description = "Add the SITEs (with --committee and --since) to those a plain 'sync' follows, and stop.")
  boolean add;

  @Option(names = "--remove", description = "Stop following the SITEs (what was read from them stays in the archive).")
  boolean remove;

  @Option(names = "--list", description = "List the sites followed.")
  boolean list;

  @Option(names = "--report", description = "After the sync, print what is new for each saved search, as 'watch' does"
      + " (with --json, its JSON; the sync's summary stays on stderr).")
  boolean report;

  @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "1",
      description = "Least time between two requests to one host (default ${DEFAULT-VALUE} s).")
  double interval;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Give up a request (after retries with backoff) that takes longer (default ${DEFAULT-VALUE} s).")
  double timeout;

  @Option(names = "--contact", paramLabel = "URL|EMAIL", defaultValue = "${env:MINUTEBOOK_CONTACT:-no contact given}",
      description = "Sent in the User-Agent, so a council can reach whoever runs the sync (default: $MINUTEBOOK_CONTACT).")
  String contact;

  @ParentCommand MinutebookCommand top;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate from;
    List<ModernGovSite> given = new ArrayList<>();
    try {
      from = since == null ? null : LocalDate.parse(since);
      for (String s : sites) {
        given.add(ModernGovSite.of(s));
      }
    } catch (DateTimeParseException e) {
      err.println("minutebook: --since needs a day as YYYY-MM-DD, not '" + since + "'");
      return ExitCode.USAGE;
    } catch (IllegalArgumentException e) {
      err.println("minutebook: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if ((add || remove) && given.isEmpty()) {
      err.println("minutebook: --add and --remove need a SITE");
      return ExitCode.USAGE;
    }
    if (interval < 0 || timeout <= 0) {
      err.println("minutebook: --interval must be at least 0 and --timeout more than 0");
      return ExitCode.USAGE;
    }
    try (Archive a = archive.open(err)) {
      SyncState state = a.sync();
      if (add || remove) {
        for (ModernGovSite s : given) {
          if (add) {
            SyncState.Site site = state.add(s.toString(), committees, from);
            err.println("minutebook: following " + site.url() + " (committees: "
                + (site.committees().isEmpty() ? "all" : String.join(", ", site.committees())) + "; since: "
                + (site.since() == null ? "a year back" : site.since()) + ")");
          } else if (!state.remove(s.toString())) {
            err.println("minutebook: " + s + " is not followed");
          }
        }
        return ExitCode.OK;
      }
      if (list) {
        list(state.sites(), out);
        return ExitCode.OK;
      }
      List<SyncState.Site> run = new ArrayList<>();
      if (given.isEmpty()) {
        run.addAll(state.sites());
        if (run.isEmpty()) {
          err.println("minutebook: no sites to sync (add one with: minutebook sync --add SITE)");
          return ExitCode.USAGE;
        }
      } else {
        for (ModernGovSite s : given) {
          SyncState.Site known = state.site(s.toString()).orElse(null);
          // a site named on the command line is remembered, as a cron user would add it, with what was asked
          run.add(known != null && committees.isEmpty() && from == null ? known : state.add(s.toString(), committees, from));
        }
      }
      return sync(a, state, run, out, err);
    } catch (ArchiveException e) {
      err.println("minutebook: " + e.getMessage());
      return ExitCode.ENVIRONMENT;
    } catch (QuerySyntaxException e) {
      err.println("minutebook: a saved search cannot be read: " + e.getMessage());
      return ExitCode.ENVIRONMENT;
    }
  }

  private int sync(Archive a, SyncState state, List<SyncState.Site> run, PrintWriter out, PrintWriter err)
      throws ArchiveException, QuerySyntaxException {
    FetchSettings settings = FetchSettings.defaults(VersionProvider.version(), contact)
        .withMinInterval(Duration.ofMillis(Math.round(interval * 1000)))
        .withRequestTimeout(Duration.ofMillis(Math.round(timeout * 1000)));
    Fetcher fetcher = new Fetcher(settings);
    boolean terminal = top != null && top.terminal;
    List<SiteSync.Report> reports = new ArrayList<>();
    LocalDate today = LocalDate.now(Clock.systemUTC());
    for (SyncState.Site site : run) {
      try (Progress progress = Progress.on(err, terminal, "sync " + ModernGovSite.of(site.url()).host(), 0)) {
        Ingestor ingestor = new Ingestor(a, ocr.models().withOcrListener(progress));
        SiteSync sync = new SiteSync(fetcher, ingestor, state, Clock.systemUTC());
        SiteSync.Report r = sync.run(site, site.committees(), SiteSync.range(site.since(), today), new SiteSync.Listener() {
          @Override
          public void meeting(int index, int total, org.minutebook.ingest.sync.MeetingSummary meeting) {
            progress.status("meeting " + index + "/" + total + " (" + meeting.date() + ")");
          }

          @Override
          public void document(SiteSync.DocumentResult d) {
            if (d.outcome() == SiteSync.Outcome.REFUSED) {
              progress.println("minutebook: " + d.url() + ": refused: " + d.detail());
            }
          }
        });
        for (String w : r.warnings()) {
          progress.println("minutebook: " + w);
        }
        for (SiteSync.Failure f : r.failures()) {
          progress.println("minutebook: " + r.site() + ": " + f.url() + ": " + f.reason());
        }
        reports.add(r);
      }
    }
    summarise(reports, fetcher.requestsMade(), out, err);
    if (report) {
      int reported = WatchCommand.report(a, out, output.json);
      if (reported == 0 && !output.json) {
        err.println("minutebook: nothing new for the saved searches");
      }
    }
    return reports.stream().anyMatch(SiteSync.Report::troubled) ? ExitCode.REFUSED : ExitCode.OK;
  }

  /** One line on stderr; with --json (and no --report) the whole account on stdout as well. */
  private void summarise(List<SiteSync.Report> reports, int requests, PrintWriter out, PrintWriter err) {
    int listed = 0;
    int fresh = 0;
    int changed = 0;
    int unchanged = 0;
    long stored = 0;
    long replaced = 0;
    long same = 0;
    long refused = 0;
    int failed = 0;
    for (SiteSync.Report r : reports) {
      listed += r.meetingsListed();
      fresh += r.meetingsNew();
      changed += r.meetingsChanged();
      unchanged += r.meetingsUnchanged();
      stored += r.count(SiteSync.Outcome.STORED);
      replaced += r.count(SiteSync.Outcome.REPLACED);
      same += r.count(SiteSync.Outcome.UNCHANGED);
      refused += r.count(SiteSync.Outcome.REFUSED);
      failed += r.failures().size();
    }
    err.printf(Locale.ROOT, "sync: %s, %d meetings listed (%d new, %d changed, %d unchanged); documents: %d stored, %d replaced,"
        + " %d unchanged, %d refused; %d failed; %d requests%n", WatchCommand.plural(reports.size(), "site"), listed, fresh, changed,
        unchanged, stored, replaced, same, refused, failed, requests);
    err.flush();
    if (output.json && !report) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("sites", reports);
      json.put("requests", requests);
      out.println(Records.json(json));
      out.flush();
    }
  }

  private void list(List<SyncState.Site> all, PrintWriter out) {
    if (output.json) {
      out.println(Records.json(all));
      return;
    }
    for (SyncState.Site s : all) {
      out.printf(Locale.ROOT, "%s  committees: %s  since: %s  last run: %s%n", s.url(),
          s.committees().isEmpty() ? "all" : String.join(", ", s.committees()), s.since() == null ? "a year back" : s.since(),
          s.lastRunAt() == null ? "never" : s.lastRunAt());
    }
  }
}
