package org.minutebook.ingest.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberingTest {
  /** Numbers as printed, comma-separated ("-" an unnumbered item); the issues as kind:previous>number. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "3, 4, 6                            | GAP:4>6",
    "5, 5                               | REPEAT:5>5",
    "1, 2, 3, 4                         | ''",
    "41, 42, 43                         | ''",
    "1, 2, 3, 1, 2                      | ''",
    "1, 2, 3, 2                         | REPEAT:3>2",
    "7, 4, 5                            | BACKWARDS:7>4",
    "14/036, 14/037, 14/039             | GAP:14/037>14/039",
    "7, 7.1, 7.2, 7.4, 8                | GAP:7.2>7.4",
    "6, 6.1, 6.3, 7, 7.2                | GAP:6.1>6.3",
    "02.23.01, 02.23.02, 02.23.04       | GAP:02.23.02>02.23.04",
    "16, 16a, 16b, 17                   | ''",
    "16, 16a, 16c, 17                   | GAP:16a>16c",
    "186a, 186b, 187                    | ''",
    "1, -, 2, -, 3                      | ''",
    "1, 2, Part 4                      | ''",
    "2, 3, 5, 5, 6                      | GAP:3>5 REPEAT:5>5",
  })
  void comparesEachNumberWithinItsScheme(String numbers, String issues) {
    List<String> printed = new ArrayList<>();
    for (String n : numbers.split(",")) {
      printed.add(n.strip().equals("-") ? null : n.strip());
    }
    List<String> expected = issues.isEmpty() ? List.of() : Arrays.asList(issues.split(" "));
    assertEquals(expected, Numbering.issues(printed).stream().map(i -> i.kind() + ":" + i.previous() + ">" + i.number()).toList());
  }
}
