package org.minutebook.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.ingest.layout.Row;
import org.minutebook.ingest.people.PersonParser;
import org.minutebook.model.Attendance;
import org.minutebook.model.Item;
import org.minutebook.model.Person;

/**
 * Reads who attended: the lists in the front matter (Present, Also Present, In attendance,
 * Apologies), one person a line or many to a paragraph ("PRESENT: Mr T J Harper (Chairman), Mr P
 * Baker, ..."), and the sentences of the apologies item ("Apologies were received from A, B and
 * C", "D attended in her place", "E and F attended virtually").
 */
public final class AttendanceExtractor {
  private enum List_ { PRESENT, ALSO, APOLOGIES, VIRTUAL, IGNORED }

  private static final Pattern SECTION = Pattern.compile(
      "(?i)^(members\\s+present|present|councillors\\s+present|attendees|attendance|also\\s+present|also\\s+in\\s+attendance"
          + "|in\\s+attendance\\s+virtually|in\\s+attendance|officers\\s+present|officers\\s+in\\s+attendance|officers"
          + "|apologies(?:\\s+for\\s+absence)?|apologies\\s+received|absent|virtual(?:ly)?\\s+attendance|attending\\s+virtually"
          + "|present\\s+virtually)\\s*(?::|-|–|\\s*$)\\s*(.*)$");
  private static final Pattern APOLOGY = Pattern.compile("(?i)\\bapolog(?:y|ies)\\b[^.]*?\\bfrom\\s+(.+?)(?:\\.(?=\\s|$)|$)");
  private static final Pattern IN_PLACE = Pattern.compile("(?i)^(.+?)\\s+(?:attended|was\\s+present|acted|sat)\\s+in\\s+(?:her|his|their)\\s+place\\b.*");
  private static final Pattern FOR = Pattern.compile(
      "(?i)(?:^|[.;]\\s*)([A-Z][^.;]*?)\\s+(?:attended\\s+as\\s+(?:a\\s+)?(?:substitute|alternate|deputy)\\s+for|substituted\\s+for|attended\\s+in\\s+place\\s+of"
          + "|acted\\s+as\\s+(?:a\\s+)?(?:substitute|alternate)\\s+for|was\\s+(?:a\\s+)?substitute\\s+for)\\s+([A-Z][^.;,]*?)(?=[.;,]|\\s+and\\s|$)");
  private static final Pattern VIRTUAL = Pattern.compile(
      "(?:^|(?<=[.;]\\s))([A-Z][^.;]*?)\\s+(?:attended|joined|participated|was\\s+present|were\\s+present)\\s+(?:the\\s+meeting\\s+)?(?:virtually|remotely|online|by\\s+video|via\\s+\\w+)");
  /** "Mr R C Love, OBE": honours after a comma belong to the name before them. */
  private static final Pattern HONOURS_ONLY = Pattern.compile("(?:(?:OBE|CBE|MBE|KBE|DBE|BEM|QPM|JP|DL|MP|QC|KC)\\s*)+");
  private static final String NAME_START = "(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\\b|[A-Z][a-z]*\\s+[A-Z]";
  /**
   * Words that make a piece of an entry a role or a body rather than a person's name; words that
   * are also common surnames (Head, Master, Warden ...) are left out.
   */
  private static final Pattern ROLE_WORD = Pattern.compile(
      "(?i)\\b(clerk|officer|executive|director|manager|chief|teacher|secretary|treasurer|chair(man|person|woman)?"
          + "|leader|member|representative|co-?ordinator|advis[eo]r|consultant|inspector|commander|superintendent"
          + "|engineer|planner|solicitor|accountant|assistant|deputy|mayor|trustee|president|controller|administrator"
          + "|minister|surveyor|auditor|commissioner|portfolio|cabinet|council|services?|department|team|unit|board"
          + "|group|committee|partnership"
          + "|police|fire|ambulance|authority|trust|association|society|company|ltd|limited|plc|nhs|forum|panel)\\b");
  private static final Pattern SPLIT = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");

  /** Attendance from the front matter rows and the items (for the apologies item's sentences). */
  public Attendance extract(List<Row> front, List<Item> items) {
    Map<List_, List<Person>> lists = new LinkedHashMap<>();
    for (List_ l : List_.values()) {
      lists.put(l, new ArrayList<>());
    }
    List<Person> substitutes = new ArrayList<>();
    List_ current = null;
    List<String> entries = new ArrayList<>();
    // entries written out as a paragraph of several people rather than one person a line
    Set<Integer> running = new HashSet<>();
    StringBuilder prose = new StringBuilder();
    // a list run on after its heading ("Present: A, B, C ...") wraps like a sentence: every line of
    // its paragraph continues it, whatever the line break split ("Councillor" | "Priya Whitcombe")
    boolean flowing = false;
    float right = rightEdge(front);
    Row previous = null;
    for (Row row : front) {
      String t = row.text().strip();
      Matcher s = SECTION.matcher(t);
      if (s.matches() && (row.bold() || t.contains(":") || s.group(2).isEmpty())) {
        flush(current, entries, running, lists);
        current = kind(s.group(1));
        String inline = s.group(2).strip();
        flowing = inline.endsWith(",") || splitOutsideBrackets(inline, ",").size() > 1;
        if (!inline.isEmpty()) {
          entries.add(inline);
          if (flowing) {
            running.add(entries.size() - 1);
          }
        }
        continue;
      }
      if (current == null) {
        continue;
      }
      prose.append(t).append(' ');
      flowing &= !row.paragraphStart();
      boolean wrapped = !entries.isEmpty() && !row.paragraphStart() && previous != null && wrapped(previous, row, right)
          && splitOutsideBrackets(entries.get(entries.size() - 1), ",").size() > 1;
      previous = row;
      if (!entries.isEmpty() && (flowing || wrapped || continues(entries.get(entries.size() - 1), t, row))) {
        entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + t);
        if (flowing || wrapped) {
          running.add(entries.size() - 1);
        }
      } else {
        entries.add(t);
      }
    }
    flush(current, entries, running, lists);
    for (Item item : items) {
      String title = item.title() == null ? "" : item.title().toLowerCase(Locale.ROOT);
      if (title.matches(".*(apolog|attendance|present|substitut|membership).*") || item == items.get(0) && title.isEmpty()) {
        prose.append(item.text()).append(' ');
      }
    }
    sentences(Paragraph.collapse(prose.toString()), lists, substitutes);
    return new Attendance(
        dedupe(lists.get(List_.PRESENT)),
        dedupe(lists.get(List_.ALSO)),
        dedupe(lists.get(List_.APOLOGIES)),
        dedupe(substitutes),
        dedupe(lists.get(List_.VIRTUAL)));
  }

  private static List_ kind(String heading) {
    String h = heading.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (h.contains("virtual")) {
      return List_.VIRTUAL;
    }
    if (h.startsWith("apolog")) {
      return List_.APOLOGIES;
    }
    if (h.equals("absent")) {
      return List_.IGNORED;
    }
    if (h.startsWith("also") || h.contains("attendance") && !h.equals("attendance") || h.startsWith("officers")) {
      return List_.ALSO;
    }
    return List_.PRESENT;
  }

  /** The right edge of the front matter's lines: where a wrapped line ends. */
  private static float rightEdge(List<Row> rows) {
    float right = Float.NaN;
    for (Row r : rows) {
      if (r.box() != null) {
        float x1 = r.box().x() + r.box().width();
        right = Float.isNaN(right) ? x1 : Math.max(right, x1);
      }
    }
    return right;
  }

  /**
   * Whether previous ran to the right edge so that row's first word could not follow it there: a
   * list of several people written out as a paragraph ("..., Councillor" | "Anouk Brightwell, ...")
   * wraps wherever a line fills, between honorific and name or first name and surname.
   */
  private static boolean wrapped(Row previous, Row row, float right) {
    // a line closing a bracket finished its entry: in a written-out list the comma would follow it
    if (Float.isNaN(right) || previous.box() == null || row.box() == null || previous.page() != row.page()
        || previous.text().strip().endsWith(")")) {
      return false;
    }
    String text = row.text().strip();
    int space = text.indexOf(' ');
    float perChar = row.box().width() / Math.max(1, text.length());
    float room = right - (previous.box().x() + previous.box().width());
    return room < ((space < 0 ? text.length() : space) + 1) * perChar * 1.6f + row.fontSize();
  }

  /** A wrapped entry: the next line opens with a bracket or lower case, or the entry is unfinished. */
  private static boolean continues(String entry, String next, Row row) {
    if (row.paragraphStart() && !next.startsWith("(")) {
      return false;
    }
    int open = 0;
    for (char c : entry.toCharArray()) {
      open += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return open > 0 || next.startsWith("(") || Character.isLowerCase(next.codePointAt(0)) || entry.endsWith(",")
        || entry.endsWith("-") || entry.endsWith(" and") || entry.endsWith("&");
  }

  private static void flush(List_ kind, List<String> entries, Set<Integer> running, Map<List_, List<Person>> lists) {
    if (kind != null && kind != List_.IGNORED) {
      for (int i = 0; i < entries.size(); i++) {
        for (String one : people(entries.get(i), running.contains(i))) {
          Person p = PersonParser.parse(one);
          if (p != null) {
            lists.get(kind).add(p);
          }
        }
      }
    }
    entries.clear();
    running.clear();
  }

  /** One entry may list several people: "Mr A (Chairman), Mr B, Mrs C and Mr D". */
  static List<String> people(String entry) {
    return people(entry, false);
  }

  /**
   * The people of one entry. A piece after a comma that names no one, or names a role or body
   * ("Parish Clerk", "County Police"), belongs to the person before it. In an entry of one line two
   * pieces are a person and a description ("Lee Marsh, Head Teacher") unless the second opens with
   * an honorific; in a list written out as a paragraph ({@code running}) every name is a person.
   */
  static List<String> people(String entry, boolean running) {
    List<String> chunks = splitOutsideBrackets(entry, "[,;]");
    // "Mrs C and Mr D": the last pair of a list is joined by "and", split it before judging names;
    // an "and" inside brackets belongs to a role ("(Participation and Engagement Manager)")
    List<String> split = new ArrayList<>();
    for (String c : chunks) {
      for (String a : splitOutsideBrackets(c, "\\s+and\\s+(?=" + NAME_START + ")")) {
        split.add(a.replaceFirst("^and\\s+", "").strip());
      }
    }
    List<String> merged = new ArrayList<>();
    for (String c : split) {
      if (c.isEmpty()) {
        continue;
      }
      if (!merged.isEmpty() && (c.startsWith("(") || PersonParser.parse(c) == null || HONOURS_ONLY.matcher(c).matches()
          || PersonParser.honorificOf(c) == null && ROLE_WORD.matcher(c.replaceAll("\\([^()]*\\)", " ")).find())) {
        merged.set(merged.size() - 1, merged.get(merged.size() - 1) + ", " + c);
      } else {
        merged.add(c);
      }
    }
    boolean several = running || merged.size() >= 3 || merged.size() == 2 && PersonParser.honorificOf(merged.get(1)) != null;
    return several ? merged : List.of(entry);
  }

  /** The text cut at every match of a separator that is not inside round brackets, pieces stripped. */
  static List<String> splitOutsideBrackets(String text, String separator) {
    Matcher m = Pattern.compile(separator).matcher(text);
    List<String> out = new ArrayList<>();
    int from = 0;
    while (m.find()) {
      if (depth(text, m.start()) <= 0) {
        out.add(text.substring(from, m.start()).strip());
        from = m.end();
      }
    }
    out.add(text.substring(from).strip());
    return out;
  }

  /** How many round brackets are open at position end of text. */
  private static int depth(String text, int end) {
    int depth = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return depth;
  }

  /** Apologies, substitutes and virtual attendance from running sentences. */
  private static void sentences(String text, Map<List_, List<Person>> lists, List<Person> substitutes) {
    Matcher a = APOLOGY.matcher(text);
    while (a.find()) {
      String last = null;
      for (String chunk : SPLIT.split(a.group(1))) {
        chunk = chunk.strip().replaceFirst("(?i)^and\\s+", "");
        Matcher place = IN_PLACE.matcher(chunk);
        if (place.matches()) {
          Person p = PersonParser.parse(place.group(1));
          if (p != null) {
            substitutes.add(p.withStandingInFor(last));
          }
          continue;
        }
        // whole words only: "Orla Ashdown" must not lose "Ashdown" to the "as" of "as a substitute"
        Person p = PersonParser.parse(chunk.replaceAll("(?i)\\s+(?:who|for|due|as|and\\s+\\w+\\s+\\w+ed)\\b.*$", ""));
        if (p != null) {
          lists.get(List_.APOLOGIES).add(p);
          last = p.name();
        }
      }
    }
    Matcher f = FOR.matcher(text);
    while (f.find()) {
      Person sub = PersonParser.parse(f.group(1).replaceFirst("^.*\\b(?:and|that|whilst|while)\\s+", ""));
      Person absent = PersonParser.parse(f.group(2));
      if (sub != null) {
        substitutes.add(sub.withStandingInFor(absent == null ? f.group(2).strip() : absent.name()));
      }
    }
    Matcher v = VIRTUAL.matcher(text);
    while (v.find()) {
      for (String chunk : SPLIT.split(v.group(1))) {
        Person p = PersonParser.parse(chunk.strip());
        if (p != null) {
          lists.get(List_.VIRTUAL).add(p);
        }
      }
    }
  }

  private static List<Person> dedupe(List<Person> people) {
    Map<String, Person> out = new LinkedHashMap<>();
    for (Person p : people) {
      out.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p);
    }
    return List.copyOf(out.values());
  }
}
