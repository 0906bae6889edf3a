package org.minutebook.ingest.label.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.Tally;
import org.minutebook.model.VoteResult;

/**
 * The words of a motion put to a meeting, sentence by sentence: who moved it ("Motion by SH",
 * "made by Trustee Piacentini", "It was proposed by Cllr. J. Davies", "Mr Richardson proposed",
 * "Cynigiwyd gan y Cyng. J. Davies"), who seconded it ("seconded by", "2nd by", "SECOND:",
 * "eiliwyd gan"), and its outcome ("Motion passes.", "carried 5-0", "unanimously agreed", "Bills
 * stand approved", "withdrawn"). Names come back as printed, honorific and all, a capitalised run
 * that the caller trims: this rule knows no honorifics.
 */
public final class MotionClause {
  /** A run of capitalised words or initials: "Trustee Elton", "Cllr. J. Davies", "SH", "Crow-Brown". */
  /**
   * The words that are a sign of a motion wherever they stand in a line ("motion", "carried",
   * "seconded"), as a regex alternation: the self-check's {@link DecisionWords} looks for them.
   */
  static final String SIGN_WORDS = "motions?|carried|seconded";
  /** The words every match of {@link #SIGN_WORDS} contains, as a {@link Clue} needs them. */
  static final String SIGN_WORDS_NEED = "motion|carried|seconded";
  private static final String NAME = "(\\p{Lu}[\\p{L}'’\\-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’\\-]*\\.?){0,4})";
  /**
   * A name that can stand before its verb ("Mr Richardson proposed", "SH moved"): two words or
   * more, or initials; a lone capitalised word ("Any proposed amendment") is no one.
   */
  private static final String FULL_NAME = "((?:\\p{Lu}[\\p{L}'’\\-]*\\.?\\s+){1,3}\\p{Lu}[\\p{L}'’\\-]*|\\p{Lu}{2,4})";
  /** Who moved it, in the orders minutes print. */
  private static final List<Clue> MOVER = List.of(
      Clue.of("(?i:\\b(?:motion|proposal)\\s+(?:was\\s+)?(?:made\\s+)?by\\s*:?)\\s+" + NAME, "motion|proposal", "by"),
      Clue.of("(?i:\\b(?:made|moved|proposed|put\\s+forward)\\s+by)\\s+" + NAME, "made|moved|proposed|put", "by"),
      Clue.of("(?i:\\bcynigiwyd\\s+gan)\\s+(?i:y\\s+)?" + NAME, "cynigiwyd"),
      Clue.of("(?i:\\bby)\\s+" + NAME + "\\s*,?\\s*(?i:and\\s+)?(?i:seconded|second\\b|2nd\\b)", "by", "second|2nd"),
      Clue.of(FULL_NAME + "\\s+(?i:made\\s+(?:a|the)\\s+motion|proposed\\b|moved\\b)", "motion|proposed|moved"),
      Clue.of("^(?i:proposed|moved|proposer|mover)\\s*[:\\-–]?\\s*(?i:by\\s+)?" + NAME, "propose|move"),
      Clue.of("\\b(?i:prop\\.?:?|proposed\\s*[:\\-–]|proposer\\s*[:\\-–]?)\\s*" + NAME, "prop"));
  /** Who seconded it. */
  private static final List<Clue> SECONDER = List.of(
      Clue.of("(?i:\\b(?:seconded|second|2nd|seconder))\\s*[:\\-–]?\\s*(?i:by\\s+)?(?i:the\\s+)?" + NAME, "second|2nd"),
      Clue.of("(?i:\\beiliwyd\\s+gan)\\s+(?i:y\\s+)?" + NAME, "eiliwyd"),
      Clue.of(FULL_NAME + "\\s+(?i:seconded)\\b", "seconded"));
  /** A sentence that puts a motion even without a name: "Motion to approve ...", "A motion was made to ...", "UPON MOTION duly made". */
  private static final Clue PUTS = Clue.of(
      "(?i)(?:^|\\s)(?:a|an|another|upon)?\\s*motion\\s+(?:was\\s+)?(?:made\\s+|duly\\s+made\\s+)?(?:to|that|by)\\b|\\b(?:made|moved|proposed)\\s+and\\s+seconded\\b"
          + "|\\bwas\\s+made\\s+(?:to|that)\\b.*\\bseconded\\b", "motion|seconded");
  /** An amendment or a procedural motion (the question put, the meeting extended, standing orders suspended), not the substantive decision. */
  private static final Pattern AMENDMENT = Pattern.compile(
      "(?i)\\bseconded,?\\s+the\\s+(?:following\\s+)?amendment|\\bamendment\\s+(?:was\\s+)?(?:proposed|moved)|\\bproposed\\s+(?:an|the\\s+following)\\s+amendment"
          + "|\\bbe\\s+(?:now\\s+)?put\\s+to\\s+the\\s+vote|\\bquestion\\s+be\\s+now\\s+put"
          + "|\\bextend\\s+the\\s+meeting\\b|\\bsuspen(?:d|sion\\s+of)\\s+(?:the\\s+)?standing\\s+orders?\\b");
  /** A line that states the outcome as a field: "Result: APPROVED", "Outcome of Vote: LOST". */
  private static final String OUTCOME_LINE =
      "^(?:result|outcome(?:\\s+of\\s+(?:the\\s+)?vote)?)\\s*:\\s*(approved|adopted|carried|passed|failed|lost|withdrawn)\\b";
  private static final Pattern OUTCOME_FIELD = Pattern.compile("(?i)" + OUTCOME_LINE + "\\W*$");
  /** An outcome that ends the motion: "Motion passes.", "Carried 5-0", "Bills stand approved", "unanimously agreed". */
  private static final Pattern CLOSES = Pattern.compile(
      "(?i)(?:\\b(?:the\\s+)?(?:substantive\\s+|original\\s+)?(?:motion|amendment|proposal|resolution|recommendations?|it)(?:\\s+as\\s+amended)?\\s+"
          + "|^\\W{0,3}|[,;(]\\s*)(?:was\\s+|is\\s+|has\\s+been\\s+)?"
          + "(passes|passed|carried|approved|adopted|lost|fails|failed|fell|defeated|withdrawn|deferred|postponed|not\\s+carried)\\b"
          + "|\\b(?:stands?|are|is|were|was)\\s+(approved|adopted)\\b"
          + "|\\bunanimously\\s+(agreed|approved|carried|adopted|resolved)\\b"
          + "|\\b(?:roedd\\s+pawb\\s+(?:yn\\s+gytûn|o\\s+blaid)|(chytunwyd|cytunwyd)\\s+gan\\s+bawb)"
          + "|\\bthe\\s+(?:board|council|committee|commission)\\s+(?:unanimously\\s+)?(approved|adopted)\\b"
          + "|" + OUTCOME_LINE);
  /** A run-in label before the motion's words: "Town Funds bills – Motion to approve ...". */
  private static final Pattern RUN_IN = Pattern.compile("^.{1,60}?\\s[–—-]\\s+(?=(?i:motion|a\\s+motion|it\\s+was\\s+proposed))");
  /**
   * An outcome said by all voting, which need not end the motion: "All were in favor.", "All in
   * favour", "unanimously"; in Welsh "roedd pawb yn gytûn" (all agreed), "roedd pawb o blaid" (all
   * were for), "cytunwyd gan bawb" (agreed by all).
   */
  private static final Pattern ALL_IN_FAVOUR = Pattern.compile("(?i)\\ball\\s+(?:(?:were|present|presents|members)\\s+)*(?:in\\s+)?favou?r\\b|\\bunanimous(?:ly)?\\b"
      + "|\\bpawb\\s+(?:yn\\s+gytûn|o\\s+blaid)|\\bgan\\s+bawb\\b");
  /** Counts printed with an outcome: "carried 5-0", "(5-0-1)", "by 4 votes to 2". */
  private static final Pattern COUNTS = Pattern.compile(
      "(?i)(?:carried|passed|passes|lost|failed|defeated|approved|vote[ds]?)\\s*,?\\s*(?:by\\s+)?\\(?(\\d{1,3})\\s*(?:[-–:]|votes?\\s+to)\\s*(\\d{1,3})(?:\\s*[-–:]\\s*(\\d{1,3}))?\\)?");

  /** What the motion was to do: "to give $500.00 to ...", up to its mover ("... by Trustee Elton") or seconder. */
  private static final Pattern SUBJECT = Pattern.compile(
      "(?i)\\b((?:to|that)\\s.+?)(?=\\s+(?:was\\s+)?(?:made\\s+)?by\\s+(?-i:\\p{Lu})|,?\\s+(?:and\\s+)?(?:seconded|second\\b|2nd\\b)|\\s*[.;]?$)");
  /** The words of this rule a name never holds: "SECOND" after "MOTION BY: Mashack". */
  private static final Pattern KEYWORD = Pattern.compile("(?i)motion|moved|proposed|prop|seconded|second|2nd|result|carried|all|it|the");

  private MotionClause() {}

  /** What the motion was to do, from its sentence: "to approve the agenda", or empty. */
  public static Optional<String> subject(String sentence) {
    Matcher m = SUBJECT.matcher(sentence);
    return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** Whether a word is one of this rule's own ("Second", "Motion"), which ends a name printed before it. */
  public static boolean keyword(String word) {
    return KEYWORD.matcher(word).matches();
  }

  /** The mover as printed ("Trustee Elton", "SH"), or empty. */
  public static Optional<String> mover(String sentence) {
    return first(MOVER, sentence, Clue.lower(sentence));
  }

  /** The seconder as printed, or empty. */
  public static Optional<String> seconder(String sentence) {
    return first(SECONDER, sentence, Clue.lower(sentence));
  }

  /** Whether a sentence puts a motion: names a mover or seconder, or opens "Motion to ...", "A motion was made ...". */
  public static boolean puts(String sentence) {
    String lower = Clue.lower(sentence); // once for the three rules
    return first(MOVER, sentence, lower).isPresent() || first(SECONDER, sentence, lower).isPresent()
        || PUTS.possible(lower) && PUTS.pattern().matcher(sentence).find();
  }

  /**
   * Where in a sentence the motion's words start to be read as one: the first word of the
   * sentence after its list label ("b) Standing Orders – ..."), or of "Motion ..." after a run-in label.
   */
  public static int start(String sentence) {
    int from = Sentences.listLabel(sentence);
    Matcher m = RUN_IN.matcher(sentence).region(from, sentence.length());
    return m.find() ? m.end() : from;
  }

  /** Whether the motion is an amendment or a procedural motion ("that the question be now put"). */
  public static boolean amendment(String sentence) {
    return AMENDMENT.matcher(sentence).find();
  }

  /** The outcome a sentence states that ends the motion, or empty. */
  public static Optional<VoteResult> closes(String sentence) {
    Matcher m = CLOSES.matcher(sentence);
    if (!m.find()) {
      return ClosingLine.endings(sentence).find() ? Optional.of(VoteResult.CARRIED) : Optional.empty(); // "Meeting stands adjourned"
    }
    String word = "";
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        word = m.group(g).toLowerCase(Locale.ROOT);
        break;
      }
    }
    return Optional.of(result(word));
  }

  /**
   * The outcome a line states as a field and nothing else ("Outcome of Vote: LOST"), or empty: a
   * recorded vote may print it above its For heading.
   */
  public static Optional<VoteResult> outcomeField(String line) {
    Matcher m = OUTCOME_FIELD.matcher(line.strip());
    return m.matches() ? Optional.of(result(m.group(1).toLowerCase(Locale.ROOT))) : Optional.empty();
  }

  /** Whether a sentence says all voted in favour ("All were in favor.", "unanimously"). */
  public static boolean allInFavour(String sentence) {
    return ALL_IN_FAVOUR.matcher(sentence).find();
  }

  /** The counts printed with an outcome ("carried 5-0"), or empty. */
  public static Optional<Tally> counts(String sentence) {
    Matcher m = COUNTS.matcher(sentence);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new Tally(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), m.group(3) == null ? null : Integer.valueOf(m.group(3))));
  }

  private static VoteResult result(String word) {
    if (word.matches("lost|fails|failed|fell|defeated|not\\s+carried")) {
      return VoteResult.LOST;
    }
    if (word.equals("withdrawn")) {
      return VoteResult.WITHDRAWN;
    }
    return word.matches("deferred|postponed") ? VoteResult.DEFERRED : VoteResult.CARRIED;
  }

  private static Optional<String> first(List<Clue> clues, String sentence, String lower) {
    for (Clue clue : clues) {
      if (!clue.possible(lower)) {
        continue;
      }
      Matcher m = clue.pattern().matcher(sentence);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }
}
