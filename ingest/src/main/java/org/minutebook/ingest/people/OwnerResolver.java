package org.minutebook.ingest.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.ActionLogEntry;
import org.minutebook.model.ActionRow;
import org.minutebook.model.Attendance;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionPart;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.Owner;
import org.minutebook.model.Person;

/**
 * Resolves each decision's Action entries ("RV", "LS/JB"), and the owners of action logs, to
 * people, keeping the evidence, and never guessing. In order:
 *
 * <ol>
 *   <li>the item's own text: people it names whose initials are the entry's ("JB" in an item that
 *       asks Jo Bloggs to act). Names are proposed by a pattern and confirmed by the {@link
 *       NameFinder}, which is asked only about the sentences that hold such a proposal; an
 *       attendee named in the item ("Mr Bloggs" for the present Jo Bloggs) counts too. One person:
 *       resolved. Several: unresolved, with them as candidates;
 *   <li>else the meeting's attendance: exactly one attendee with those initials;
 *   <li>else unresolved. A name the item proposes that nothing confirms (no recogniser, not an
 *       attendee) blocks step 2: it is listed as a candidate beside the attendees.
 * </ol>
 *
 * <p>The same initials resolved at other meetings of the body are a later, archive-wide step.
 *
 * <p>Contract: a pure function of the meeting and the finder's answers; never throws. A question
 * the finder could not answer (no models, or they failed) is reported with the result, so that
 * the meeting can be read again when they can.
 */
public final class OwnerResolver {
  /**
   * A meeting with its Action entries resolved.
   *
   * @param meeting the meeting, each decision's and Action row's entries with their owners
   * @param unanswered whether a name needed the recogniser and it could not answer (absent, or failed)
   */
  public record Resolution(Meeting meeting, boolean unanswered) {}

  /** A capitalised name of two or three words, a middle initial allowed: "Jo Bloggs", "Ann B. Other". */
  private static final Pattern NAME = Pattern.compile(
      "\\b(\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?)\\s+(?:(\\p{Lu}[\\p{Ll}'’]+|\\p{Lu}\\.?)\\s+)?(\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?)\\b");
  /** Capitalised words that open no one's name: "The Group", "This Board". */
  private static final Pattern NOT_A_FIRST_NAME = Pattern.compile(
      "(?i)the|this|that|these|those|a|an|any|all|each|every|its|his|her|their|our|no|some|both|new|old|north|south|east|west");
  /** Capitalised words that end no one's name but a place's or a body's: "Clock House", "Youth Board". */
  private static final Pattern NOT_A_SURNAME = Pattern.compile(
      "(?i)group|board|council|committee|house|team|service|services|partnership|office|centre|center|update|report|forum|street"
          + "|road|park|hall|square|lane|way|school|college|trust|fund|plan|strategy|police|station|project|programme|panel");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=\\p{Lu})");

  private final NameFinder finder;

  public OwnerResolver(NameFinder finder) {
    this.finder = finder;
  }

  /** The meeting with its entries resolved, and whether the recogniser left a question unanswered. */
  public Resolution resolve(Meeting m) {
    // the recogniser's answers for this meeting's sentences (empty: none could be had): one sentence may decide several entries
    Map<String, Optional<List<String>>> asked = new HashMap<>();
    List<Person> attendees = attendees(m.attendance());
    List<Item> items = new ArrayList<>();
    boolean changed = false;
    for (Item item : m.items()) {
      if (item.actionRows().isEmpty() && item.actionLog().isEmpty()
          && item.decisions().stream().allMatch(d -> d.actions().isEmpty() && d.parts().stream().allMatch(p -> p.actions().isEmpty()))) {
        items.add(item);
        continue;
      }
      List<Decision> decisions = new ArrayList<>();
      for (Decision d : item.decisions()) {
        decisions.add(withOwners(d, owners(entries(d), item, attendees, asked)));
      }
      // a row beside a decision shares its owners; a row beside narrative is resolved on the item's evidence
      List<ActionRow> rows = new ArrayList<>();
      for (ActionRow row : item.actionRows()) {
        List<Owner> known = row.decision() != null && row.decision() < decisions.size() ? decisions.get(row.decision()).owners() : List.of();
        List<Owner> owners = new ArrayList<>();
        for (String entry : row.actions()) {
          Owner same = known.stream().filter(o -> o.initials().equals(entry)).findFirst().orElse(null);
          owners.add(same != null ? same : owners(List.of(entry), item, attendees, asked).get(0));
        }
        rows.add(row.withOwners(owners));
      }
      // an action log's owners are resolved like Action-column entries, on the item's evidence
      List<ActionLogEntry> log = new ArrayList<>();
      for (ActionLogEntry entry : item.actionLog()) {
        log.add(entry.withPeople(owners(entry.owners(), item, attendees, asked)));
      }
      items.add(item.withDecisions(decisions).withActionRows(rows).withActionLog(log));
      changed = true;
    }
    boolean unanswered = asked.values().stream().anyMatch(Optional::isEmpty);
    return new Resolution(changed ? m.withItems(items) : m, unanswered);
  }

  private static Decision withOwners(Decision d, List<Owner> owners) {
    return d.withOwners(owners);
  }

  /** A decision's entries, each once: its own, then its parts'. */
  private static List<String> entries(Decision d) {
    Set<String> out = new LinkedHashSet<>();
    for (String cell : d.actions()) {
      out.addAll(Initials.split(cell));
    }
    for (DecisionPart p : d.parts()) {
      for (String cell : p.actions()) {
        out.addAll(Initials.split(cell));
      }
    }
    return List.copyOf(out);
  }

  private List<Owner> owners(List<String> entries, Item item, List<Person> attendees, Map<String, Optional<List<String>>> asked) {
    List<Owner> out = new ArrayList<>();
    String text = (item.title() == null ? "" : item.title() + ". ") + item.text();
    for (String entry : entries) {
      out.add(owner(entry, text, item, attendees, asked));
    }
    return out;
  }

  private Owner owner(String entry, String text, Item item, List<Person> attendees, Map<String, Optional<List<String>>> asked) {
    if (!Initials.areInitials(entry)) {
      return new Owner(entry, null, "not initials but a word (a group, a role, a note)", List.of());
    }
    String where = item.number() == null ? "the item" : "item " + item.number();
    // 1. people the item names with these initials
    Map<String, String> named = new LinkedHashMap<>(); // name -> how it was confirmed
    List<String> unconfirmed = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(text)) {
      List<String> proposed = proposals(sentence, entry);
      proposed.removeIf(n -> !personLike(n));
      if (proposed.isEmpty()) {
        continue;
      }
      // the recogniser is asked only when a proposed name is not an attendee: only then can it decide
      for (String name : proposed) {
        Person attendee = attendee(attendees, name);
        Optional<List<String>> recognised = attendee == null ? asked.computeIfAbsent(window(sentence, name), this::ask) : Optional.empty();
        if (attendee != null) {
          named.putIfAbsent(attendee.name(), "named in " + where + " and attending");
        } else if (recognised.isPresent() && recognisedAs(recognised.get(), name)) {
          named.putIfAbsent(name, "named in " + where + " (recognised as a person)");
        } else if (recognised.isEmpty() && !unconfirmed.contains(name)) {
          unconfirmed.add(name);
        }
      }
    }
    for (Person p : attendees) {
      if (Initials.match(entry, p.name()) && mentionsSurname(text, p.name())) {
        named.putIfAbsent(p.name(), "named in " + where + " and attending");
      }
    }
    if (named.size() == 1 && unconfirmed.isEmpty()) {
      Map.Entry<String, String> only = named.entrySet().iterator().next();
      return new Owner(entry, only.getKey(), only.getValue(), List.of());
    }
    if (named.size() > 1) {
      return new Owner(entry, null, "several people with these initials are named in " + where, List.copyOf(named.keySet()));
    }
    // 2. the meeting's attendees with these initials
    List<String> matching = new ArrayList<>();
    for (Person p : attendees) {
      if (Initials.match(entry, p.name()) && !matching.contains(p.name())) {
        matching.add(p.name());
      }
    }
    if (!unconfirmed.isEmpty() || !named.isEmpty()) {
      Set<String> candidates = new LinkedHashSet<>(named.keySet());
      candidates.addAll(unconfirmed);
      candidates.addAll(matching);
      return new Owner(entry, null, where + " names someone with these initials that no recogniser confirmed", List.copyOf(candidates));
    }
    if (matching.size() == 1) {
      return new Owner(entry, matching.get(0), "the only attendee with these initials", List.of());
    }
    if (matching.size() > 1) {
      return new Owner(entry, null, "several attendees have these initials", matching);
    }
    return new Owner(entry, null, "no attendee or name in " + where + " has these initials", List.of());
  }

  /** The finder's answer about a sentence, or empty when it cannot answer (no models, or they failed on this or an earlier question). */
  private Optional<List<String>> ask(String sentence) {
    if (!finder.available()) {
      return Optional.empty();
    }
    List<String> found = finder.people(sentence);
    return finder.available() ? Optional.of(found) : Optional.empty();
  }

  /** How much of a sentence either side of a name the recogniser sees: enough context, a fraction of the cost. */
  private static final int CONTEXT = 60;

  /** The words around a name in its sentence. */
  static String window(String sentence, String name) {
    int at = sentence.indexOf(name);
    if (at < 0 || sentence.length() <= 2 * CONTEXT + name.length()) {
      return sentence;
    }
    int from = Math.max(0, at - CONTEXT);
    int to = Math.min(sentence.length(), at + name.length() + CONTEXT);
    while (from > 0 && !Character.isWhitespace(sentence.charAt(from - 1))) {
      from--;
    }
    while (to < sentence.length() && !Character.isWhitespace(sentence.charAt(to))) {
      to++;
    }
    return sentence.substring(from, to).strip();
  }

  /** Whether a proposed name can be a person's: not "The Group" nor "Clock House". */
  private static boolean personLike(String name) {
    String[] words = name.split("\\s+");
    return !NOT_A_FIRST_NAME.matcher(words[0]).matches() && !NOT_A_SURNAME.matcher(words[words.length - 1]).matches();
  }

  /** Names in the sentence, by the pattern, whose initials are the entry's. */
  private static List<String> proposals(String sentence, String entry) {
    List<String> out = new ArrayList<>();
    Matcher m = NAME.matcher(sentence);
    int from = 0;
    while (from < sentence.length() && m.find(from)) {
      String name = PersonWords.stripHonorific(m.group().strip());
      if (Initials.match(entry, name) && !out.contains(name)) {
        out.add(name);
      }
      from = m.start(1) + m.group(1).length();
    }
    return out;
  }

  /** Whether the recogniser tagged the proposed name (or a longer name holding it) as a person. */
  private static boolean recognisedAs(List<String> recognised, String name) {
    for (String r : recognised) {
      if (r.contains(name) || name.contains(r) && r.contains(" ")) {
        return true;
      }
    }
    return false;
  }

  private static Person attendee(List<Person> attendees, String name) {
    String key = name.toLowerCase(Locale.ROOT);
    for (Person p : attendees) {
      if (p.name().toLowerCase(Locale.ROOT).equals(key)) {
        return p;
      }
    }
    return null;
  }

  /** Whether the text names the person by full name or by honorific and surname ("Ms Doe"). */
  private static boolean mentionsSurname(String text, String name) {
    String[] parts = name.strip().split("\\s+");
    String surname = Pattern.quote(parts[parts.length - 1]);
    return Pattern.compile("\\b" + Pattern.quote(name) + "\\b|\\b" + PersonWords.HONORIFIC + "\\s+" + surname + "\\b")
        .matcher(text).find();
  }

  /** Everyone recorded at the meeting, apologies last (they may still be given actions). */
  private static List<Person> attendees(Attendance a) {
    List<Person> out = new ArrayList<>();
    out.addAll(a.present());
    out.addAll(a.alsoPresent());
    out.addAll(a.substitutes());
    out.addAll(a.virtual());
    out.addAll(a.apologies());
    return out;
  }
}
