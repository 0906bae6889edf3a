package org.minutebook.ingest.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.link.FollowUpMatcher.Candidate;
import org.minutebook.ingest.link.FollowUpMatcher.Match;
import org.minutebook.model.FollowUp;

class FollowUpMatcherTest {
  private final FollowUpMatcher matcher = new FollowUpMatcher();
  private static final List<Candidate> DECISIONS = List.of(
      new Candidate(1, "42", "LIBRARY HOURS", "RESOLVED that the library open on Sundays from March."),
      new Candidate(2, "43a", "PLAYGROUNDS", "RESOLVED that Sam Person report on the playground fencing."),
      new Candidate(3, "43b", "PARKING", "RESOLVED that Lee Nobody review the parking charges at the station."));

  private static FollowUp row(String minute, String title, String resolution) {
    return new FollowUp("Riverside Board", minute, LocalDate.of(2021, 2, 3), title, resolution, "Done.", null, null);
  }

  @Test
  void theMinuteNumberAndTextAgree() {
    Optional<Match> m = matcher.match(row("42", "Library Hours", "It was resolved that the library would open on Sundays."), DECISIONS);
    assertEquals(1, m.orElseThrow().decisionId());
    assertNull(m.get().note());
  }

  @Test
  void aWrongMinuteNumberIsOverruledByTitleAndTextAndNoted() {
    Optional<Match> m = matcher.match(row("43a", "Parking",
        "It was resolved that Lee Nobody review the parking charges at the station."), DECISIONS);
    assertEquals(3, m.orElseThrow().decisionId());
    assertTrue(m.get().note().contains("43a") && m.get().note().contains("43b"), m.get().note());
  }

  @Test
  void aNumberedItemThatAgreesOnlyInPassingIsOverruledByOneThatAgreesInFull() {
    List<Candidate> decisions = List.of(
        new Candidate(1, "7", "STATION PARKING", "RESOLVED that the station car park charges be noted."),
        new Candidate(2, "8", "STATION PARKING REVIEW", "RESOLVED that Lee Nobody review the station car park charges by June."));
    Optional<Match> m = matcher.match(row("7", "Station Parking Review",
        "It was resolved that Lee Nobody review the station car park charges by June."), decisions);
    assertEquals(2, m.orElseThrow().decisionId());
    assertTrue(m.get().note() != null);
  }

  @Test
  void aRowNothingAgreesWithStaysUnlinked() {
    assertTrue(matcher.match(row("44", "Allotments", "It was resolved that the allotment rents be frozen."), DECISIONS).isEmpty());
  }
}
