package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.dates.TimeNormaliser;
import org.minutebook.ingest.people.NameFinder;

class ModelsTest {
  @Test
  void usageIsTheRecognisersAndTheNormalisersTogether() {
    NameFinder names = new NameFinder() {
      @Override
      public List<String> people(String sentence) {
        return List.of();
      }

      @Override
      public Usage usage() {
        return new Usage(3_000, 200, 4);
      }
    };
    TimeNormaliser times = new TimeNormaliser() {
      @Override
      public Optional<String> normalise(String phrase, LocalDate reference) {
        return Optional.empty();
      }

      @Override
      public Usage usage() {
        return new Usage(2_000, 50, 1);
      }
    };
    assertEquals(new Models.Usage(5_000, 250, 5), new Models(names, times).usage());
    assertEquals(new Models.Usage(0, 0, 0), Models.NONE.usage(), "no models cost nothing");
  }
}
