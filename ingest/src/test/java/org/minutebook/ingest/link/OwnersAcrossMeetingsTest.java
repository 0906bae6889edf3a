package org.minutebook.ingest.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.link.OwnersAcrossMeetings.Resolution;
import org.minutebook.ingest.store.LinkSession.ResolvedOwner;
import org.minutebook.model.OwnerEvidence;

class OwnersAcrossMeetingsTest {
  private static final LocalDate MEETING = LocalDate.of(2021, 6, 3);
  private final OwnersAcrossMeetings owners = new OwnersAcrossMeetings();

  private static ResolvedOwner own(String name, LocalDate date) {
    return new ResolvedOwner(name, date, OwnerEvidence.OWN_MEETING);
  }

  @Test
  void theBodysMeetingsAgreeingOnOnePersonSettleItNamingTheNearest() {
    Resolution r = owners.resolve(MEETING, List.of(own("kit someone", MEETING.plusMonths(3)),
        own("Kit Someone", MEETING.minusMonths(1)))).orElseThrow();
    assertEquals("Kit Someone", r.name(), "names agree whatever their case; the nearest meeting's is taken");
    assertEquals(MEETING.minusMonths(1), r.meeting());
    assertEquals("resolved at the body's meeting of 2021-05-03", r.evidence());
  }

  @Test
  void twoPeopleForTheSameInitialsSettleNothing() {
    assertTrue(owners.resolve(MEETING, List.of(own("Kit Someone", MEETING.minusMonths(3)), own("Kay Smith", MEETING.plusMonths(1))))
        .isEmpty());
  }

  @Test
  void onlyResolutionsOnAMeetingsOwnEvidenceAndWithinAYearCount() {
    ResolvedOwner across = new ResolvedOwner("Kay Smith", MEETING.minusMonths(1), OwnerEvidence.BODY_MEETINGS);
    ResolvedOwner longAgo = own("Kay Smith", MEETING.minusDays(OwnersAcrossMeetings.NEARBY_DAYS + 1));
    assertTrue(owners.resolve(MEETING, List.of(across, longAgo)).isEmpty());
    assertEquals("Kit Someone", owners.resolve(MEETING, List.of(across, longAgo, own("Kit Someone",
        MEETING.minusDays(OwnersAcrossMeetings.NEARBY_DAYS)))).orElseThrow().name(), "a year to the day still counts");
  }

  @Test
  void theWindowAskedOfTheArchiveIsTheOneThatCounts() {
    assertEquals(MEETING.minusDays(366), owners.from(MEETING));
    assertEquals(MEETING.plusDays(366), owners.to(MEETING));
  }
}
