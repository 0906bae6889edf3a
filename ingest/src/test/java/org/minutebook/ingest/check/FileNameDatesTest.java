package org.minutebook.ingest.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNameDatesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "2023-02-23_SPC_minutes.pdf                                  | 2023-02-23",
    "2010_03_17.pdf                                              | 2010-03-17",
    "minutes-20230223.pdf                                        | 2023-02-23",
    "March_9,_2022_-_Meeting_Minutes.pdf                         | 2022-03-09",
    "August_12_2025_-_Special_-_Special_Meeting.pdf              | 2025-08-12",
    "December212023Specialbodminutes.pdf                         | 2023-12-21",
    "Printed minutes 13th-Mar-2025 10.00 County Council.pdf      | 2025-03-13",
    "Agenda_frontsheet_04th-Mar-2025_10.00_Cabinet.pdf           | 2025-03-04",
    "19 December 2024 - County Council minutes.pdf               | 2024-12-19",
    "Minutes of the meeting held on 9th January 2025.pdf         | 2025-01-09",
    "Minutes_March_2022.pdf                                      | 2022-03",
    "CPP Minutes 10.12.24.pdf                                    | 2024-12-10 2024-10-12",
    "SSA21_MeetingMinutes_1.29.18.pdf                            | 2018-01-29",
    "Special-Board-Meeting-Minutes-10-28-25.pdf                  | 2025-10-28",
    "19-03-13.pdf                                                | 2013-03-19 2019-03-13",
    "Data Governance Action Minutes 11112021.pdf                 | 2021-11-11",
    "playground_07032020.pdf                                     | 2020-03-07 2020-07-03",
    "191.pdf                                                     | ''",
    "mar23m.pdf                                                  | ''",
    "3-19_cy.pdf                                                 | ''",
    "Summary of minutes 10.00.pdf                                | ''",
    "test_minutes.pdf                                            | ''",
  })
  void readsTheDatesANameGives(String name, String dates) {
    List<String> expected = dates.isEmpty() ? List.of() : Arrays.asList(dates.split(" "));
    assertEquals(expected, FileNameDates.read(name).stream().map(FileNameDates.FileDate::iso).toList());
  }

  @Test
  void aMonthNamesEveryDayOfIt() {
    FileNameDates.FileDate march = FileNameDates.read("Minutes_March_2022.pdf").get(0);
    assertTrue(march.names(LocalDate.of(2022, 3, 31)));
    assertFalse(march.names(LocalDate.of(2022, 4, 1)));
  }

  @Test
  void aPackNamedForItsMeetingCarriesTheMinutesOfOneBefore() {
    FileNameDates.FileDate pack = FileNameDates.read("agenda-pack-2018-03-26.pdf").get(0);
    assertTrue(pack.follows(LocalDate.of(2017, 12, 19)));
    assertFalse(pack.follows(LocalDate.of(2018, 3, 27)), "minutes after the pack's meeting");
    assertFalse(pack.follows(LocalDate.of(2016, 12, 19)), "minutes of long before");
    assertFalse(pack.names(LocalDate.of(2017, 12, 19)));
  }
}
