package org.minutebook.ingest.label.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a sentence ends, as layout (paragraph breaks) and extraction (paragraphs, clauses) both need it. */
public final class Sentences {
  /** A stop, then a closing quote or bracket: "... on 5 May.’", "(see minute 12.)". */
  private static final Pattern STOP_THEN_CLOSE = Pattern.compile(".*[.!?][’'\"”)]$");

  /**
   * A stop (a closing quote or bracket after it allowed), space, and what starts a sentence: a
   * capital, a digit or an opening quote; or, with no stop, space before a list label and a capital
   * ("... Prop KD 2nd CR b) Standing Orders ..."): an entry of a list starts a sentence.
   */
  private static final Pattern BREAK = Pattern.compile("(?<=[.!?])[’'\"”)]?\\s+(?=[\\p{Lu}\\d“‘\"(]|[ivx]{1,5}\\)|[a-z]\\))"
      + "|(?<=[^\\s.!?])\\s+(?=(?:\\(?[a-z]\\)|\\(?[ivx]{2,4}\\))\\s+\\p{Lu})");
  /** A list entry's label opening a sentence: "b) ", "(c) ", "ii) ", "c. ". */
  private static final Pattern LIST_LABEL = Pattern.compile("\\(?(?:[a-z]|[ivx]{2,4})\\)\\s+|[a-z]\\.(?:\\s+|$)");
  /** A word abbreviating "number" before one: "Agreement No. 1234", "Nos. 3 and 4". */
  private static final Pattern NUMBER_WORD = Pattern.compile("(?i)nos?|nr");
  private Sentences() {}

  /**
   * Where the sentences of a text start and end ({start, end} each, in order, the space between
   * them left out). A stop after a single capital ("J. Davies"), after a word the caller calls an
   * abbreviation ("Cllr. Davies", "Dr. Doe"), or after "No." before a number ends no sentence.
   */
  public static List<int[]> split(String text, Predicate<String> abbreviation) {
    List<int[]> out = new ArrayList<>();
    Matcher m = BREAK.matcher(text);
    int from = 0;
    while (m.find()) {
      String word = lastWord(text, from, m.start());
      boolean numbered = m.end() < text.length() && Character.isDigit(text.charAt(m.end()));
      if (word != null && (initial(word) || abbreviation.test(word) || numbered && NUMBER_WORD.matcher(word).matches())) {
        continue;
      }
      out.add(new int[] {from, m.start() + lead(m.group())});
      from = m.end();
    }
    if (from < text.length()) {
      out.add(new int[] {from, text.length()});
    }
    return out;
  }

  /**
   * The word a stop ends, as {@code (\\S+)[.!?]$} finds it in text[from, end): the run of
   * non-space characters before the stop at end - 1, or null when none is there. Found by
   * walking back from the stop, not by trying the pattern at every position of the sentence.
   */
  private static String lastWord(String text, int from, int end) {
    int stop = end - 1;
    if (stop <= from || ".!?".indexOf(text.charAt(stop)) < 0) {
      return null;
    }
    int start = stop;
    while (start > from && !asciiSpace(text.charAt(start - 1))) {
      start--;
    }
    return start < stop ? text.substring(start, stop) : null;
  }

  /** Regex {@code \\s}: ASCII white space only. */
  private static boolean asciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** A single upper-case letter ({@code \\p{Lu}}): an initial, "J. Smith". */
  private static boolean initial(String word) {
    int cp = word.codePointAt(0);
    return Character.charCount(cp) == word.length() && Character.getType(cp) == Character.UPPERCASE_LETTER;
  }

  /** The length of a break's closing quote or bracket, kept with the sentence it closes. */
  private static int lead(String match) {
    int n = 0;
    while (n < match.length() && !Character.isWhitespace(match.charAt(n))) {
      n++;
    }
    return n;
  }

  /** How long the list label opening a sentence is ("b) Standing Orders ..." gives 3), or 0 where none opens it. */
  public static int listLabel(String sentence) {
    Matcher m = LIST_LABEL.matcher(sentence);
    return m.lookingAt() ? m.end() : 0;
  }

  /** Whether a line ends its sentence: on a stop, colon, semicolon, or a stop inside a closing quote or bracket. Empty: no. */
  public static boolean finished(String text) {
    String t = text.strip();
    return !t.isEmpty() && (".:;!?".indexOf(t.charAt(t.length() - 1)) >= 0 || STOP_THEN_CLOSE.matcher(t).matches());
  }
}
