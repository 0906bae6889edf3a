package org.minutebook.ingest.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minutebook.ingest.store.LinkSession.ResolvedOwner;
import org.minutebook.model.OwnerEvidence;

/**
 * Decides the person of an Action entry its own meeting left with no one: the person the same
 * initials were resolved to at the body's other meetings within {@value #NEARBY_DAYS} days, when
 * all of them agree on one (names compared without case). Only resolutions made on a meeting's
 * own evidence ({@link OwnerEvidence#OWN_MEETING}) count, so one resolution across meetings never
 * feeds another. Of the agreeing meetings, the nearest (then the earliest) is named as the
 * evidence.
 *
 * <p>Contract: a pure function; never throws.
 */
public final class OwnersAcrossMeetings {
  /** How far apart two meetings may be for one to settle the other's initials. */
  public static final int NEARBY_DAYS = 366;

  /** The person, the meeting that settles it, and the evidence in words. */
  public record Resolution(String name, LocalDate meeting, String evidence) {}

  /** The first date whose resolutions may count for an entry of a meeting on this date. */
  public LocalDate from(LocalDate date) {
    return date.minusDays(NEARBY_DAYS);
  }

  /** The last date whose resolutions may count for an entry of a meeting on this date. */
  public LocalDate to(LocalDate date) {
    return date.plusDays(NEARBY_DAYS);
  }

  /**
   * The person for an entry of a meeting on this date, given the same initials' resolutions at
   * the body's other meetings; empty when none counts or they disagree.
   */
  public Optional<Resolution> resolve(LocalDate date, List<ResolvedOwner> elsewhere) {
    List<ResolvedOwner> counting = elsewhere.stream()
        .filter(o -> o.kind() == OwnerEvidence.OWN_MEETING && o.name() != null)
        .filter(o -> Math.abs(ChronoUnit.DAYS.between(date, o.date())) <= NEARBY_DAYS)
        .sorted(Comparator.comparingLong((ResolvedOwner o) -> Math.abs(ChronoUnit.DAYS.between(date, o.date())))
            .thenComparing(ResolvedOwner::date))
        .toList();
    long people = counting.stream().map(o -> o.name().toLowerCase(Locale.ROOT)).distinct().count();
    if (people != 1) {
      return Optional.empty();
    }
    ResolvedOwner nearest = counting.get(0);
    return Optional.of(new Resolution(nearest.name(), nearest.date(), evidence(nearest.date())));
  }

  /** The evidence in words for a resolution at the body's meeting of that date. */
  static String evidence(LocalDate meeting) {
    return "resolved at the body's meeting of " + meeting;
  }
}
