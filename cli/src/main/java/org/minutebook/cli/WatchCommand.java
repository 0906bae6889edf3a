package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minutebook.cli.render.Records;
import org.minutebook.cli.render.Table;
import org.minutebook.ingest.store.Archive;
import org.minutebook.ingest.store.ArchiveException;
import org.minutebook.ingest.store.QueryResults.ActionHit;
import org.minutebook.ingest.store.QueryResults.DecisionHit;
import org.minutebook.ingest.store.QueryResults.MeetingSummary;
import org.minutebook.ingest.store.QuerySyntaxException;
import org.minutebook.ingest.store.Watches;
import org.minutebook.ingest.store.Watches.News;
import org.minutebook.ingest.store.Watches.Watch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code minutebook watch}: saved searches that say what is new since the last run, exactly once
 * (see {@link Watches}). {@link #report} is the same report for another command (a sync) to give.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Say what is new for each saved search since the last run, then remember it, so that the next run says",
        "only what is newer: new meetings (of the body, with --body; else meetings with an item or a decision matching",
        "the query), new decisions matching, new Action entries matching (by the text beside them or their decision).",
        "A re-read document reports only what changed in it. Nothing new is fine (exit 0), and said on stderr.",
        "Save searches with watch add QUERY; see watch list, watch remove ID."},
    subcommands = {WatchCommand.Add.class, WatchCommand.ListWatches.class, WatchCommand.Remove.class},
    footer = ExitCode.HELP)
final class WatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveOptions archive;
  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    return ArchiveCommand.withArchive(spec, archive, (a, out, err) -> {
      if (!output.json && new Watches(a).list().isEmpty()) {
        err.println("minutebook: no saved searches (add one with: minutebook watch add QUERY)");
        return ExitCode.OK;
      }
      int reported = report(a, out, output.json);
      if (reported == 0 && !output.json) {
        err.println("minutebook: nothing new");
      }
      return ExitCode.OK;
    });
  }

  /** A watch's news as {@code --json} prints it: the records' shapes of {@code meetings}, {@code decisions}, {@code actions}. */
  record WatchJson(long id, String query, String body, List<MeetingSummary> meetings, List<DecisionHit> decisions,
      List<ActionHit> actions) {}

  /** The whole report as {@code --json} prints it. */
  record ReportJson(List<WatchJson> watches) {}

  /**
   * Prints what is new for every saved search on out (as text: one block per search with news;
   * as JSON: one object listing every search), and remembers it as reported once it is printed, in
   * the same transaction as it was read: a failure before that at worst prints it again next time.
   * For {@code sync --report} and the like: nothing is printed elsewhere.
   *
   * @return how many facts were reported (0: nothing new)
   * @throws QuerySyntaxException when a saved query can no longer be read (nothing is remembered)
   */
  static int report(Archive archive, PrintWriter out, boolean json) throws ArchiveException, QuerySyntaxException {
    List<News> news = new Watches(archive).report(n -> {
      if (json) {
        out.println(Records.json(new ReportJson(n.stream().map(WatchCommand::json).toList())));
      } else {
        text(n, out);
      }
      out.flush();
    });
    return news.stream().mapToInt(News::size).sum();
  }

  private static WatchJson json(News n) {
    Watch w = n.watch();
    return new WatchJson(w.id(), w.query(), w.body(), n.meetings(), n.decisions(), n.actions());
  }

  /** One block per search with something new: a heading, then a line per fact, full text (it is read in mail). */
  private static void text(List<News> news, PrintWriter out) {
    boolean first = true;
    for (News n : news) {
      if (n.isEmpty()) {
        continue;
      }
      if (!first) {
        out.println();
      }
      first = false;
      out.printf(Locale.ROOT, "%s: %s%n", describe(n.watch()), counts(n));
      for (MeetingSummary m : n.meetings()) {
        out.printf(Locale.ROOT, "  meeting   %s  %s  (%s)  [meeting %d]%n", m.date(), m.body(), m.file(), m.id());
      }
      for (DecisionHit d : n.decisions()) {
        out.printf(Locale.ROOT, "  decision  %s  %s  item %s  [decision %d]%n", d.date(), d.body(),
            d.itemNumber() == null ? "-" : d.itemNumber(), d.id());
        out.println("      " + d.text().replaceAll("\\s+", " ").strip());
      }
      for (ActionHit a : n.actions()) {
        String what = a.decision() != null ? a.decision() : a.beside() == null ? "" : a.beside();
        out.printf(Locale.ROOT, "  action    %s  %s  item %s  %s%s%n", a.date(), a.body(), a.itemNumber() == null ? "-" : a.itemNumber(),
            a.initials(), a.owner() == null ? "" : " (" + a.owner() + ")");
        out.println("      " + what.replaceAll("\\s+", " ").strip());
      }
    }
  }

  /** "watch 3 \"update\" (body Board)". */
  static String describe(Watch w) {
    return "watch " + w.id() + " \"" + w.query() + "\"" + (w.body() == null ? "" : " (body " + w.body() + ")");
  }

  /** "1 meeting, 2 decisions and 1 action new". */
  private static String counts(News n) {
    List<String> parts = new ArrayList<>();
    if (!n.meetings().isEmpty()) {
      parts.add(plural(n.meetings().size(), "meeting"));
    }
    if (!n.decisions().isEmpty()) {
      parts.add(plural(n.decisions().size(), "decision"));
    }
    if (!n.actions().isEmpty()) {
      parts.add(plural(n.actions().size(), "action"));
    }
    return join(parts) + " new";
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** "a", "a and b", "a, b and c". */
  static String join(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  /** {@code watch add QUERY}: saves a search, taking what already matches as seen. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Save a search: QUERY as search and decisions read it, of one body with --body. What already matches",
          "is taken as seen: watch reports only what is new from its next run. The same QUERY and --body again is a no-op."},
      footer = ExitCode.HELP)
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ArchiveOptions archive;
    @Mixin OutputOptions output;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for.")
    String query;

    @Option(names = "--body", paramLabel = "B", description = "Only meetings of a body whose name contains B (any case).")
    String body;

    @Override
    public Integer call() {
      return ArchiveCommand.withArchive(spec, archive, (a, out, err) -> {
        if (query.isBlank()) {
          err.println("minutebook: a watch needs a query");
          return ExitCode.USAGE;
        }
        Watches.Added added = new Watches(a).add(query, body);
        if (output.json) {
          out.println(Records.json(added));
        } else if (added.added()) {
          List<String> parts = new ArrayList<>();
          parts.add(plural(added.decisions(), "decision"));
          parts.add(plural(added.meetings(), "meeting"));
          parts.add(plural(added.actions(), "action"));
          out.printf(Locale.ROOT, "%s added: %s already match; new ones are reported from the next run%n",
              describe(added.watch()), join(parts));
        } else {
          out.printf(Locale.ROOT, "%s is already saved: nothing changed%n", describe(added.watch()));
        }
        return ExitCode.OK;
      });
    }
  }

  /** {@code watch list}: the saved searches. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the saved searches and when each last ran.",
      footer = ExitCode.HELP)
  static final class ListWatches implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ArchiveOptions archive;
    @Mixin OutputOptions output;

    @Override
    public Integer call() {
      return ArchiveCommand.withArchive(spec, archive, (a, out, err) -> {
        List<Watch> watches = new Watches(a).list();
        if (output.json) {
          out.println(Records.json(watches));
          return ExitCode.OK;
        }
        if (watches.isEmpty()) {
          err.println("minutebook: no saved searches (add one with: minutebook watch add QUERY)");
          return ExitCode.OK;
        }
        Table t = new Table(List.of("ID", "QUERY", "BODY", "ADDED", "LAST RUN"), 0, 60, 40, 0, 0);
        for (Watch w : watches) {
          t.row(w.id(), w.query(), w.body() == null ? "(any)" : w.body(), w.addedAt(), w.lastRunAt() == null ? "never" : w.lastRunAt());
        }
        t.print(out);
        return ExitCode.OK;
      });
    }
  }

  /** {@code watch remove ID}: forgets a saved search and what it reported. */
  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a saved search (ID from watch list).",
      footer = ExitCode.HELP)
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ArchiveOptions archive;

    @Parameters(index = "0", paramLabel = "ID", description = "The saved search's ID, as watch list gives it.")
    long id;

    @Override
    public Integer call() {
      return ArchiveCommand.withArchive(spec, archive, (a, out, err) -> {
        if (!new Watches(a).remove(id)) {
          err.println("minutebook: no saved search " + id + " (list them with: minutebook watch list)");
          return ExitCode.USAGE;
        }
        out.println("watch " + id + " removed");
        return ExitCode.OK;
      });
    }
  }
}
