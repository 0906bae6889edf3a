package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minutebook.ingest.SyntheticMinutes.ExpectedDecision;
import org.minutebook.ingest.SyntheticMinutes.ExpectedItem;
import org.minutebook.ingest.SyntheticMinutes.Generated;
import org.minutebook.model.ActionRow;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionPart;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.Person;

/**
 * Reads synthetic minutes in the "moderngov with Action column" shape, rendered with other fonts,
 * sizes, margins, column widths, drawing orders and page breaks than the bundled samples, and checks
 * the whole pipeline finds what was printed: the meeting's date and times, who attended, every
 * item's number and title, every decision's clause, parts and Action entries.
 *
 * <p>Each document is written under {@code target/layout-variants/} so a failure can be opened
 * and looked at; the same variant number always renders the same document.
 */
class LayoutVariantsTest {
  /** How many documents; {@code -Dlayout.variants=500} searches wider when hunting for bugs. */
  private static final int VARIANTS = Integer.getInteger("layout.variants", 40);
  private static final Path OUT = Path.of("target", "layout-variants");

  private final Pipeline pipeline = new Pipeline(Models.onClassPath());

  @TestFactory
  Stream<DynamicTest> everyVariantReadsAsPrinted() {
    return IntStream.range(0, VARIANTS).mapToObj(SyntheticMinutes::generate)
        .map(g -> DynamicTest.dynamicTest(g.name() + " " + g.description(), () -> check(g)));
  }

  private void check(Generated g) throws IOException, BadInputException {
    Files.createDirectories(OUT);
    Path file = OUT.resolve(g.name() + ".pdf");
    Files.write(file, g.pdf());
    ParsedDocument parsed = pipeline.parse(file);
    assertEquals(1, parsed.meetings().size(), g.name() + ": meetings found");
    List<String> problems = differences(g.expected(), parsed.meetings().get(0));
    assertTrue(problems.isEmpty(), g.name() + " (" + g.description() + "):\n  " + String.join("\n  ", problems));
  }

  /** Every way the meeting read differs from what was printed, one line each. */
  static List<String> differences(SyntheticMinutes.Expected e, Meeting m) {
    List<String> out = new ArrayList<>();
    same(out, "body", e.body(), m.body());
    same(out, "date", e.date(), m.date());
    same(out, "start", e.start(), m.start());
    same(out, "end", e.end(), m.end());
    same(out, "present", e.present(), names(m.attendance().present()));
    same(out, "alsoPresent", e.alsoPresent(), names(m.attendance().alsoPresent()));
    same(out, "apologies", e.apologies(), names(m.attendance().apologies()));
    List<String> expectedNumbers = e.items().stream().map(ExpectedItem::number).toList();
    List<String> numbers = m.items().stream().map(Item::number).toList();
    if (!expectedNumbers.equals(numbers)) {
      out.add("items: expected " + expectedNumbers + " but read " + numbers);
      return out;
    }
    for (int i = 0; i < numbers.size(); i++) {
      ExpectedItem want = e.items().get(i);
      Item got = m.items().get(i);
      String where = "item " + want.number();
      same(out, where + " title", collapse(want.title()), collapse(got.title()));
      same(out, where + " action rows", want.actionRows(), got.actionRows().stream().map(ActionRow::actions).toList());
      if (want.decisions().size() != got.decisions().size()) {
        out.add(where + " decisions: expected " + want.decisions().size() + " but read " + got.decisions().size() + " "
            + got.decisions().stream().map(Decision::text).toList());
        continue;
      }
      for (int d = 0; d < want.decisions().size(); d++) {
        ExpectedDecision wd = want.decisions().get(d);
        Decision gd = got.decisions().get(d);
        same(out, where + " decision text", collapse(wd.text()), collapse(gd.text()));
        same(out, where + " decision actions", wd.actions(), gd.actions());
        same(out, where + " decision parts", wd.labels(), gd.parts().stream().map(DecisionPart::label).toList());
        same(out, where + " part actions", wd.partActions(), gd.parts().stream().map(DecisionPart::actions).toList());
      }
    }
    return out;
  }

  private static void same(List<String> out, String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      out.add(what + ": expected <" + expected + "> but read <" + actual + ">");
    }
  }

  private static List<String> names(List<Person> people) {
    return people.stream().map(Person::name).toList();
  }

  private static String collapse(String s) {
    return s == null ? null : s.replaceAll("\\s+", " ").strip();
  }
}
