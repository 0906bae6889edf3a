package org.minutebook.ingest.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words printed around a person's name, each spelled here and nowhere else: honorifics before
 * it ("Cllr", "Mrs", "Detective Superintendent"), honours after it ("OBE", "JP") and the particles
 * inside it ("van", "de"). A stage that reads names asks here, so that a word added here is known
 * to every stage at once.
 *
 * <p>An honorific is anything printed before a name that is not part of it, as {@link
 * org.minutebook.model.Person#honorific()} records it: courtesy titles ("Ms", "Sir"), offices
 * ("Councillor", "Mayor"), ranks ("Detective Superintendent") and styles ("the Rt Hon"). Only the
 * courtesy titles stand before a surname alone ("Cllr Doe"); they are {@link #HONORIFIC}.
 *
 * <p>The fragments are regular-expression source without capturing groups, for a stage to embed in
 * its own pattern; their words are in the case minutes print them (a pattern compiled with
 * {@code (?i)} reads them in any case), longest first so that no word hides a longer one.
 */
public final class PersonWords {
  /**
   * The courtesy titles, which may stand before a surname alone ("Ms Doe", "Lord Doe"). A trailing
   * dot marks a short form: it may be printed with a full stop that ends no sentence ("Dr. Doe").
   */
  private static final List<String> COURTESY = List.of(
      "Mr.", "Mrs.", "Ms.", "Miss", "Mx.", "Dr.", "Cllr.", "Councillor", "Prof.", "Professor",
      "Rev.", "Revd.", "Reverend", "Sir", "Dame", "Lord", "Lady");
  /** Courtesy titles before a list of several names: "Cllrs A and B", "Messrs C and D". */
  private static final List<String> PLURAL = List.of("Cllrs.", "Councillors", "Messrs.");
  /**
   * The other honorifics, as case-insensitive regular-expression source: styles, offices (Welsh
   * ones included), police ranks, religious and noble titles.
   */
  private static final List<String> OFFICES_AND_RANKS = List.of(
      "rt\\.?\\s+hon\\.?", "right\\s+honourable", "honou?rable", "hon\\.",
      "(?:county|borough|district|town|parish|city|community)\\s+councillor", "members?",
      "cynghorwyr", "cynghorydd(?:\\s+sir)?", "cyng\\.?", "alderman", "mayor", "deputy\\s+mayor",
      "detective\\s+chief\\s+superintendent", "detective\\s+superintendent", "detective\\s+chief\\s+inspector",
      "detective\\s+inspector", "detective\\s+sergeant", "detective\\s+constable", "detective",
      "chief\\s+superintendent", "superintendent", "chief\\s+inspector", "inspector", "sergeant", "constable",
      "chief\\s+constable", "police\\s+constable", "det\\.?\\s+supt\\.?", "det\\.?\\s+insp\\.?", "supt\\.?",
      "ch\\.?\\s+supt\\.?", "insp\\.?", "sgt\\.?", "pcso", "pc", "ds", "di", "dc", "dci", "dsu",
      "commissioner", "commander", "canon", "father", "baroness", "baron", "trustee", "supervisor", "clerk");
  /** Honours and letters printed after a name, not part of it: "Ann Other OBE", "Sam Person, JP". */
  private static final List<String> HONOURS = List.of(
      "OBE", "CBE", "MBE", "KBE", "DBE", "BEM", "QPM", "JP", "DL", "MP", "MEP", "MSP", "AM", "MS", "QC", "KC",
      "FRS", "PhD", "MA", "BA", "BSc", "MSc", "FCA", "ACA");
  /** Lower-case words inside a name: "Ann van Other", "Rhys ap Sion", "Sam o’ Person". */
  private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "la", "le", "du", "da", "di", "ap", "ab", "o’", "o'");

  /** One courtesy title, its full stop optional: {@code Cllr}, {@code Dr.}, {@code Councillor}. */
  public static final String HONORIFIC = alternation(words(COURTESY)) + "\\.?";
  /**
   * The short forms of the courtesy titles, plurals included ({@code Mrs}, {@code Cllrs}, {@code Revd}),
   * without their full stop: for a look-behind that keeps "Dr. Doe" in one sentence.
   */
  public static final String SHORT_FORM = alternation(shortForms());
  /** One honour: {@code OBE}, {@code JP}, {@code PhD}. */
  public static final String HONOUR = alternation(HONOURS);

  /** The honorifics at the front of a text, "the" and several in a row included; group 1 holds them. */
  static final Pattern LEADING = Pattern.compile("(?i)^((?:the\\s+)?(?:" + leadingAlternatives() + ")\\s+)+");
  private static final Pattern ONE_HONOUR = Pattern.compile(HONOUR);

  private PersonWords() {}

  /**
   * Whether a word alone is an honorific of any kind ("Cllr", "mrs.", "Inspector", "DS"); the case
   * and a full stop do not matter. A title of several words ("Detective Superintendent") is tested
   * with {@link #honorificOf(String)}.
   */
  public static boolean isHonorific(String word) {
    Boolean known = HONORIFIC_WORDS.get(word);
    if (known != null) {
      return known;
    }
    boolean honorific = LEADING.matcher(word.strip() + " ").matches();
    if (HONORIFIC_WORDS.size() >= REMEMBERED_WORDS) {
      HONORIFIC_WORDS.clear(); // bounded however long the batch: the common words come back at once
    }
    HONORIFIC_WORDS.put(word, honorific);
    return honorific;
  }

  /**
   * The answers of {@link #isHonorific} so far. Every sentence stop asks it of the word before
   * the stop, the same few thousand words over and over, and the pattern has some hundred
   * alternatives: asking it each time was 3% of the parse (profiled on realworld).
   */
  private static final java.util.Map<String, Boolean> HONORIFIC_WORDS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int REMEMBERED_WORDS = 8192;

  /** Whether a word is an honour ("OBE", "PhD"), in the case it is printed in. */
  public static boolean isHonour(String word) {
    return ONE_HONOUR.matcher(word).matches();
  }

  /** Whether a word is a lower-case particle of a name ("van", "de", "ap"); the case does not matter. */
  public static boolean isParticle(String word) {
    return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The honorifics at the front of a text, as printed ("Detective Superintendent"), or null. */
  public static String honorificOf(String text) {
    Matcher h = LEADING.matcher(text);
    return h.find() ? h.group(1).strip() : null;
  }

  /** The text without the honorifics at its front; a text that is only honorifics is returned whole. */
  public static String stripHonorific(String text) {
    String t = text.strip();
    Matcher h = LEADING.matcher(t);
    return h.find() && h.end() < t.length() ? t.substring(h.end()).strip() : t;
  }

  /** Every honorific as one case-insensitive alternation: offices and ranks, then courtesy titles. */
  private static String leadingAlternatives() {
    List<String> all = new ArrayList<>(OFFICES_AND_RANKS);
    for (String w : words(Stream.concat(COURTESY.stream(), PLURAL.stream()).toList())) {
      all.add(w + "\\.?");
    }
    return String.join("|", all);
  }

  private static List<String> shortForms() {
    return words(Stream.concat(COURTESY.stream(), PLURAL.stream()).filter(w -> w.endsWith(".")).toList());
  }

  /** The words of a list, without the dot that marks a short form. */
  private static List<String> words(List<String> printed) {
    return printed.stream().map(w -> w.endsWith(".") ? w.substring(0, w.length() - 1) : w).toList();
  }

  /** {@code (?:a|b|c)}, longest word first. */
  private static String alternation(List<String> words) {
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .collect(Collectors.joining("|", "(?:", ")"));
  }
}
