package org.minutebook.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each word list has one home (issue 11): a word of a concept spelled in a pattern anywhere in the
 * main code but its home file is a second copy, which will drift from the first. The table names
 * each concept, its home and probe words that betray a copy; add a row to give another concept a
 * home.
 *
 * <p>What counts is a string literal (comments and Javadoc are not read) that is a probe word alone
 * ({@code "Cllr"}, as a list of words spells it) or that reads as a pattern ({@code |}, a regex escape,
 * {@code (?}) and holds a probe as a whole word, in any case. Prose, such as a help text quoting
 * "Cllr Doe", is left alone.
 */
class OneHomeTest {
  /**
   * A concept, the one file that may spell its words, and words that betray a copy elsewhere, in
   * any case unless exactCase (a formal decision's RESOLVED is upper-case; "resolved" is narrative).
   */
  record Home(String concept, String file, List<String> probes, boolean exactCase) {
    Home(String concept, String file, List<String> probes) {
      this(concept, file, probes, false);
    }
  }

  private static final String PERSON_WORDS = "org/minutebook/ingest/people/PersonWords.java";
  private static final String CALENDAR_WORDS = "org/minutebook/ingest/dates/CalendarWords.java";
  private static final String RULES = "org/minutebook/ingest/label/rules/";

  static final List<Home> HOMES = List.of(
      new Home("honorific", PERSON_WORDS,
          List.of("Cllr", "Cllrs", "Councillor", "Mrs", "Messrs", "Prof", "Professor", "Revd", "Reverend", "Dame")),
      new Home("honour", PERSON_WORDS, List.of("OBE", "CBE", "MBE", "KBE", "DBE", "QPM", "FRS")),
      new Home("name particle", PERSON_WORDS, List.of("van", "von")),
      new Home("month", CALENDAR_WORDS, List.of("January", "February", "March", "April", "June", "July", "August",
          "September", "October", "November", "December", "Jan", "Feb", "Sept", "Ionawr", "Chwefror", "Rhagfyr")),
      new Home("weekday", CALENDAR_WORDS,
          List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Tues", "Thurs")),
      new Home("decision opening", RULES + "DecisionOpening.java", List.of("RESOLVED", "AGREED"), true),
      new Home("attendance label", RULES + "AttendanceLabel.java", List.of("presennol", "attendees")),
      new Home("closing line", RULES + "ClosingLine.java", List.of("adjourned", "concluded", "reconvened")),
      new Home("minutes heading", RULES + "MinutesHeading.java", List.of("cofnodion", "unconfirmed")),
      new Home("vote heading", RULES + "VoteHeading.java", List.of("ayes", "yeas", "nays")),
      new Home("motion", RULES + "MotionClause.java", List.of("seconded", "eiliwyd", "cynigiwyd")),
      new Home("report field", RULES + "ReportField.java", List.of("ward", "classification")));

  /**
   * Rules whose pattern is a shape rather than words: the fragment of a literal that spells it (as
   * written in the source, escapes doubled) may appear in its home alone.
   */
  static final List<Home> SHAPES = List.of(
      new Home("item number", RULES + "ItemNumber.java", List.of("\\\\d{1,4}[a-z]?", "\\\\d{1,3}/\\\\d{1,4}")),
      new Home("agenda reference", RULES + "AgendaReference.java", List.of("(?:agenda\\\\s+)?item\\\\s+(?:no")),
      new Home("next meeting", RULES + "NextMeeting.java", List.of("next\\\\s+")),
      new Home("finished sentence", RULES + "Sentences.java", List.of(".:;!?")));

  /** The main source trees the rule covers, from the ingest module's folder; cli's where it is there. */
  private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("../cli/src/main/java"));

  /** What makes a literal read as a pattern rather than prose. */
  private static final Pattern REGEX_ISH = Pattern.compile("\\||\\\\\\\\|\\(\\?");
  /** Escapes in a literal's source ({@code \\b}, {@code \\s}, {@code \n}): not letters of a word. */
  private static final Pattern ESCAPE = Pattern.compile("\\\\+[A-Za-z]");

  /** A literal that spells a probe of a concept outside its home. */
  record Copy(String file, int line, String concept, String probe, String literal) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + concept + " \"" + probe + "\" spelled in \"" + literal + "\"";
    }
  }

  /** Each home is there and spells some of its probes, so a renamed home or a stale probe list fails. */
  @Test
  void everyShapeIsSpelledInItsHome() throws IOException {
    for (Home h : SHAPES) {
      String home = Files.readString(ROOTS.get(0).resolve(h.file()), UTF_8).toLowerCase(Locale.ROOT);
      for (String fragment : h.probes()) {
        assertTrue(home.contains(fragment), h.concept() + ": its home does not spell " + fragment);
      }
    }
  }

  @Test
  void everyHomeIsThereAndSpellsItsProbes() throws IOException {
    for (Home h : HOMES) {
      Path home = ROOTS.get(0).resolve(h.file());
      assertTrue(Files.isRegularFile(home), h.concept() + ": no home " + h.file());
      List<Copy> own = copies("Elsewhere.java", Files.readString(home, UTF_8));
      assertTrue(own.stream().anyMatch(c -> c.concept().equals(h.concept())), h.concept() + ": its home spells none of " + h.probes());
    }
  }

  @Test
  void everyConceptIsSpelledOnlyInItsHome() throws IOException {
    List<Copy> copies = new ArrayList<>();
    for (Path root : ROOTS) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String relative = root.relativize(file).toString().replace('\\', '/');
          copies.addAll(copies(relative, Files.readString(file, UTF_8)));
        }
      }
    }
    assertTrue(copies.isEmpty(), "spelled outside their home:\n" + String.join("\n", copies.stream().map(Copy::toString).toList()));
  }

  /** The copies in one source file, which is named by its path below the source root. */
  static List<Copy> copies(String file, String source) {
    List<Copy> out = new ArrayList<>();
    for (Literal lit : literals(source)) {
      for (Home h : SHAPES) {
        for (String fragment : h.probes()) {
          if (!h.file().equals(file) && lit.text().toLowerCase(Locale.ROOT).contains(fragment)) {
            out.add(new Copy(file, lit.line(), h.concept(), fragment, lit.text()));
          }
        }
      }
      for (Home h : HOMES) {
        if (h.file().equals(file)) {
          continue;
        }
        for (String probe : h.probes()) {
          if (spells(lit.text(), probe, h.exactCase())) {
            out.add(new Copy(file, lit.line(), h.concept(), probe, lit.text()));
          }
        }
      }
    }
    return out;
  }

  private static boolean spells(String literal, String probe, boolean exactCase) {
    String p = exactCase ? probe : probe.toLowerCase(Locale.ROOT);
    String t = exactCase ? literal.strip() : literal.strip().toLowerCase(Locale.ROOT);
    if (t.equals(p) || t.equals(p + ".")) {
      return true;
    }
    if (!REGEX_ISH.matcher(literal).find()) {
      return false;
    }
    return Pattern.compile("(?<!\\p{L})" + Pattern.quote(p) + "(?!\\p{L})").matcher(ESCAPE.matcher(t).replaceAll(" ")).find();
  }

  /** A string literal as written in the source (escapes kept), and the line it starts on. */
  record Literal(String text, int line) {}

  /** The string literals and text blocks of Java source, outside comments and character literals. */
  static List<Literal> literals(String s) {
    List<Literal> out = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (s.startsWith("//", i)) {
        i = s.indexOf('\n', i) < 0 ? s.length() : s.indexOf('\n', i);
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
        line += count(s, i, end);
        i = end;
      } else if (s.startsWith("\"\"\"", i)) {
        int end = s.indexOf("\"\"\"", i + 3);
        end = end < 0 ? s.length() : end;
        out.add(new Literal(s.substring(i + 3, end), line));
        line += count(s, i, end);
        i = Math.min(s.length(), end + 3);
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        if (c == '"') {
          out.add(new Literal(s.substring(i + 1, Math.min(j, s.length())), line));
        }
        i = j + 1;
      } else {
        line += c == '\n' ? 1 : 0;
        i++;
      }
    }
    return out;
  }

  private static int count(String s, int from, int to) {
    return (int) s.substring(from, to).chars().filter(ch -> ch == '\n').count();
  }

  static Stream<Arguments> scannerCases() {
    return Stream.of(
        Arguments.of("a pattern", "Pattern p = Pattern.compile(\"(?:Mr|Mrs|Cllr)\\\\.?\");", List.of("Cllr", "Mrs")),
        Arguments.of("a word of a list", "List<String> l = List.of(\"jan\", \"Feb.\");", List.of("Feb", "Jan")),
        Arguments.of("a case-insensitive pattern", "String s = \"(?i)\\\\bjanuary\\\\b\";", List.of("January")),
        Arguments.of("a text block", "String s = \"\"\"\n  OBE|CBE\n  \"\"\";", List.of("CBE", "OBE")),
        Arguments.of("prose", "out.println(\"Short forms (\\\"Cllr Doe\\\") count\");", List.of()),
        Arguments.of("a comment", "// (?:Cllr|Mrs)\n/* \"Monday|Tuesday\" */ int x;", List.of()),
        Arguments.of("Javadoc", "/** {@code \"OBE|CBE\"} */ int x;", List.of()),
        Arguments.of("a longer word", "String s = \"councillors\\\\s+present|vanity\";", List.of()),
        Arguments.of("a character literal", "char q = '\"'; String s = \"Cllr|x\";", List.of("Cllr")),
        Arguments.of("an item number's shape", "String s = \"^min\\\\s+(\\\\d{1,4}[a-z]?)\";", List.of("\\\\d{1,4}[a-z]?")),
        Arguments.of("a decision opening", "String s = \"^(It was\\\\s+)?(RESOLVED|AGREED)\\\\b\";", List.of("AGREED", "RESOLVED")),
        Arguments.of("narrative words in a decision's case", "String s = \"(?i)(carried|agreed|approved)\";", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scannerCases")
  void theScannerFindsCopiesInLiteralsOnly(String what, String source, List<String> expected) {
    List<String> found = copies("Elsewhere.java", source).stream().map(Copy::probe).sorted().toList();
    assertEquals(expected, found);
  }
}
