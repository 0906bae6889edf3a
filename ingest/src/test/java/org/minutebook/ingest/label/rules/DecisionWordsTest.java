package org.minutebook.ingest.label.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionWordsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "It was agreed that the clerk would write.                   | agreed",
    "RESOLVED that the report be noted.                          | RESOLVED",
    "Motion by Trustee Elton, seconded by Trustee Piacentini.    | Motion seconded",
    "Motion carried.                                             | Motion carried",
    "Notices of Motions were received.                           | Motions",
    "The proposal was Agreed unanimously.                        | Agreed",
    "The matter remains unresolved and the members disagreed.    | ''",
    "The report was noted.                                       | ''",
    "Cllr Doe was seconded to the working group (resolved: yes). | seconded resolved",
  })
  void findsTheWordsInAnyCaseAsWholeWords(String text, String words) {
    List<String> expected = words.isEmpty() ? List.of() : Arrays.asList(words.split(" "));
    assertEquals(expected, DecisionWords.in(text).stream().map(DecisionWords.Found::word).toList());
  }

  @ParameterizedTest
  @CsvSource({"'It was agreed.', 7, 13", "'Motion', 0, 6"})
  void givesWhereEachWordIs(String text, int start, int end) {
    DecisionWords.Found f = DecisionWords.in(text).get(0);
    assertEquals(start, f.start());
    assertEquals(end, f.end());
    assertEquals(f.word(), text.substring(start, end));
  }
}
