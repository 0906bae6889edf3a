package org.minutebook.ingest.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.store.LinkSession.LogRow;

class ActionLogThreadsTest {
  private static final LocalDate DEC = LocalDate.of(2022, 12, 8);
  private static final LocalDate JAN = LocalDate.of(2023, 1, 26);
  private static final LocalDate FEB = LocalDate.of(2023, 2, 23);

  private record Case(String name, List<LogRow> rows, Map<Long, Long> follows) {}

  private static LogRow row(long id, LocalDate date, String ref) {
    return new LogRow(id, date, ref, null);
  }

  @Test
  void aRowCarriesOnTheRowWithItsRefAtTheBodysNearestEarlierMeeting() {
    List<Case> cases = List.of(
        new Case("a chain over three meetings", List.of(row(1, DEC, "Dec22.02"), row(2, JAN, "Dec22.02"), row(3, FEB, "Dec22.02")),
            Map.of(2L, 1L, 3L, 2L)),
        new Case("a meeting that skips the row is passed over",
            List.of(row(1, DEC, "Dec22.02"), row(2, JAN, "Jan23.01"), row(3, FEB, "Dec22.02")), Map.of(3L, 1L)),
        new Case("case and spaces do not matter", List.of(row(1, JAN, "Feb 23.05"), row(2, FEB, "feb23.05")), Map.of(2L, 1L)),
        new Case("the same table twice in one meeting carries nothing on",
            List.of(row(1, FEB, "Dec22.02"), row(2, FEB, "Dec22.02")), Map.of()),
        new Case("of an earlier meeting's two tables, the later row is carried on",
            List.of(row(1, JAN, "Dec22.02"), row(2, JAN, "Dec22.02"), row(3, FEB, "Dec22.02")), Map.of(3L, 2L)),
        new Case("rows without a ref carry nothing on", List.of(row(1, JAN, null), row(2, FEB, null), row(3, FEB, " ")), Map.of()),
        new Case("another ref is another action", List.of(row(1, JAN, "Jan23.01"), row(2, FEB, "Jan23.02")), Map.of()));
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      Map<Long, Long> got = new ActionLogThreads().follows(c.rows());
      if (!got.equals(c.follows())) {
        failures.add(c.name() + ": expected " + c.follows() + ", got " + got);
      }
    }
    assertEquals(List.of(), failures);
  }
}
