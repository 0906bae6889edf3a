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
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.label.rules.AttendanceLabel;
import org.minutebook.ingest.label.rules.AttendanceLabel.Kind;
import org.minutebook.ingest.people.PersonParser;
import org.minutebook.ingest.people.PersonWords;
import org.minutebook.model.Attendance;
import org.minutebook.model.Item;
import org.minutebook.model.Movement;
import org.minutebook.model.Person;

/**
 * Reads who attended: the lists in the front matter (Present, Also Present, In attendance,
 * Apologies), one person a line or many to a paragraph ("PRESENT: Mr T J Harper (Chairman), Mr P
 * Baker, ..."), and the sentences of the apologies item ("Apologies were received from A, B and
 * C", "D attended in her place", "E and F attended virtually"); attendance stated in a sentence
 * where no list is printed ("Board members present were ..."); members printed as absent; and
 * members who left or arrived during the meeting.
 */
public final class AttendanceExtractor {
  /** "Apologies were received from A, B and C." (a full stop after an honorific or initial does not end it). */
  private static final Pattern APOLOGY = Pattern.compile(
      "(?i)(?:\\bapolog(?:y|ies)\\b[^.]*?\\bfrom|\\bymddiheuriadau\\s+gan(?:\\s+y)?):?\\s+(.+?)(?:(?<!\\b(?:" + PersonWords.SHORT_FORM + "|[A-Z]))\\.(?=\\s|$)|$)");
  private static final Pattern IN_PLACE = Pattern.compile("(?i)^(.+?)\\s+(?:attended|was\\s+present|acted|sat)\\s+in\\s+(?:her|his|their)\\s+place\\b.*");
  private static final Pattern FOR = Pattern.compile(
      "(?i)(?:^|[.;]\\s*)([A-Z][^.;]*?)\\s+(?:attended\\s+as\\s+(?:a\\s+)?(?:substitute|alternate|deputy)\\s+for|substituted\\s+for|attended\\s+in\\s+place\\s+of"
          + "|acted\\s+as\\s+(?:a\\s+)?(?:substitute|alternate)\\s+for|was\\s+(?:a\\s+)?substitute\\s+for)\\s+([A-Z][^.;,]*?)(?=[.;,]|\\s+and\\s|$)");
  private static final Pattern VIRTUAL = Pattern.compile(
      "(?:^|(?<=[.;]\\s))([A-Z][^.;]*?)\\s+(?:attended|joined|participated|was\\s+present|were\\s+present|was\\s+in\\s+attendance|were\\s+in\\s+attendance|attending)\\s+(?:the\\s+meeting\\s+)?(?:virtually|remotely|online|by\\s+video|via\\s+\\w+)");
  /** "Ann Other who was substituted by Sam Person": the second stood in for the first. */
  private static final Pattern SUBSTITUTED_BY = Pattern.compile(
      "([A-Z][\\p{L}'’-]*(?:\\s+[A-Z][\\p{L}'’-]*){0,3})\\s+(?:who\\s+)?(?:was|were)\\s+substituted\\s+by\\s+([A-Z][^.;,]*?)(?=[.;,]|\\s+and\\s|$)");
  /** "Sam Person had also given his apologies", "Cllr Other has offered her apologies". */
  private static final Pattern GAVE_APOLOGIES = Pattern.compile(
      "(?:^|(?<=[.;]\\s))([^.;]*?)\\s+(?:had|has)\\s+(?:also\\s+)?(?:given|offered|sent|tendered)\\s+(?:his|her|their)\\s+(?:formal\\s+)?apologies(?!\\s+but)");
  /** Where a sentence ends: a full stop after a word that is no initial nor short title, before a capital. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<![A-Z]|\\b" + PersonWords.SHORT_FORM + ")\\.\\s+(?=\\p{Lu})");
  /** The name at the end of a clause: an optional honorific, then capitalised words ("At 8pm Cllr Doe"). */
  private static final Pattern TRAILING_NAME = Pattern.compile(
      "(?:" + PersonWords.HONORIFIC + "\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*$");
  /** The name at the start of a sentence: an optional honorific, then capitalised words. */
  private static final Pattern LEADING_NAME = Pattern.compile(
      "^(?:" + PersonWords.HONORIFIC + "\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*");
  /** "Mr R C Love, OBE": honours after a comma belong to the name before them. */
  private static final Pattern HONOURS_ONLY = Pattern.compile("(?:" + PersonWords.HONOUR + "\\s*)+");
  private static final String NAME_START = PersonWords.HONORIFIC + "\\b|[A-Z][A-Za-z]*\\s+[A-Z]";
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
  /** Between the names of a list: commas, "and" (in Welsh "a", "ac", "a'r"), "&". */
  private static final Pattern SPLIT = Pattern.compile("\\s*,\\s*(?:(?:and|ac)\\s+)?|\\s+(?:and|ac|a[’']r)\\s+|\\s*&\\s*");

  /** Attendance from the front matter rows and the items (for the apologies item's sentences). */
  public Attendance extract(List<LabelledRow> front, List<Item> items) {
    return extract(front, items, List.of());
  }

  /**
   * Attendance from the front matter, the items, and the rows of the first items, where a roll
   * call may be printed as a table ("Name  Title  |  Present").
   */
  public Attendance extract(List<LabelledRow> printed, List<Item> items, List<LabelledRow> itemRows) {
    List<LabelledRow> front = SideBySide.unfold(printed);
    Map<Kind, List<Person>> lists = new LinkedHashMap<>();
    for (Kind l : Kind.values()) {
      lists.put(l, new ArrayList<>());
    }
    List<Movement> arrived = new ArrayList<>();
    rollCall(front, lists, arrived);
    rollCall(itemRows, lists, arrived);
    List<Person> substitutes = new ArrayList<>();
    Kind current = null;
    List<String> entries = new ArrayList<>();
    // entries written out as a paragraph of several people rather than one person a line
    Set<Integer> running = new HashSet<>();
    StringBuilder prose = new StringBuilder();
    // a list run on after its heading ("Present: A, B, C ...") wraps like a sentence: every line of
    // its paragraph continues it, whatever the line break split ("Councillor" | "Priya Whitcombe")
    boolean flowing = false;
    float right = rightEdge(front);
    LabelledRow previous = null;
    boolean listed = false;
    // a list set in the weight of its label: its bold lines are entries, not the heading after it
    boolean boldLabel = false;
    for (LabelledRow row : front) {
      String t = row.text().strip();
      if (t.isEmpty()) {
        continue; // a row holding only an Action cell (the column's header)
      }
      AttendanceLabel label = row.labels().attendance();
      if (label != null) {
        flush(current, entries, running, lists);
        listed = true;
        boldLabel = row.bold();
        current = label.kind();
        String inline = label.rest();
        flowing = inline.endsWith(",") || splitOutsideBrackets(inline, ",").size() > 1;
        if (!inline.isEmpty()) {
          entries.add(inline);
          if (flowing) {
            running.add(entries.size() - 1);
          }
          if (current == Kind.ABSENT) {
            // the absent are named on their label's line; the lines after it are the meeting's business
            flush(current, entries, running, lists);
            current = null;
          }
        }
        continue;
      }
      if (listed) {
        prose.append(t).append(' '); // the sentences after the lists ("X attended virtually")
      }
      if (current == null) {
        continue;
      }
      if (boldLabel && row.bold() && row.paragraphStart() && !t.contains(",") && AttendanceLabel.attendanceItem(t)) {
        flush(current, entries, running, lists);
        continue; // a sub-heading of a list set in bold ("Council Attendance"), not a person
      }
      if (endsList(row, t, boldLabel)) {
        flush(current, entries, running, lists);
        current = null;
        continue;
      }
      if (current == Kind.PRESENT && row.paragraphStart() && running.contains(0) && t.contains("(") && t.contains(",")) {
        // after the members written out as one running list, an unlabelled paragraph of people with
        // their posts in brackets lists the officers and guests who attended
        flush(current, entries, running, lists);
        current = Kind.ALSO_PRESENT;
      }
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
      listInItem(item, lists);
    }
    for (Item item : items) {
      String title = item.title() == null ? "" : item.title().toLowerCase(Locale.ROOT);
      if (AttendanceLabel.attendanceItem(title) || item == items.get(0) && title.isEmpty()) {
        String t = item.title() == null ? "" : item.title().strip();
        prose.append(t).append(t.matches(".*([,;&]|\\band)$") ? " " : ". ").append(item.text()).append(' ');
      }
    }
    sentences(Paragraph.collapse(prose.toString()), lists, substitutes);
    if (!listed) {
      statements(front, lists);
    }
    if (lists.get(Kind.PRESENT).isEmpty()) {
      lists.get(Kind.PRESENT).addAll(unlabelled(front));
    }
    // a member listed (as a board's membership often is) who sent apologies was not present,
    // unless the minutes say they attended virtually; only the same full name counts ("Mr Lane"
    // sending apologies says nothing of the Ms K Lane who came)
    Set<String> away = new HashSet<>();
    for (Person p : lists.get(Kind.APOLOGIES)) {
      if (p.name().contains(" ")) {
        away.add(p.name().toLowerCase(Locale.ROOT));
      }
    }
    for (Person p : lists.get(Kind.VIRTUAL)) {
      away.remove(p.name().toLowerCase(Locale.ROOT));
    }
    lists.get(Kind.PRESENT).removeIf(p -> away.contains(p.name().toLowerCase(Locale.ROOT)));
    List<Person> present = dedupe(lists.get(Kind.PRESENT));
    List<Person> also = dedupe(lists.get(Kind.ALSO_PRESENT));
    List<Movement> left = new ArrayList<>();
    movements(items, present, also, left, arrived);
    return new Attendance(present, also, dedupe(lists.get(Kind.APOLOGIES)), dedupe(substitutes), dedupe(lists.get(Kind.VIRTUAL)),
        dedupe(lists.get(Kind.ABSENT)), left, arrived);
  }

  /**
   * Members listed under the heading without a label, one a line with their office ("Honorable
   * Ann Other, President", "Sam Person, City Solicitor"): at least three such lines in a row, in
   * minutes that print no Present list.
   */
  private static List<Person> unlabelled(List<LabelledRow> front) {
    List<Person> run = new ArrayList<>();
    for (LabelledRow r : front) {
      String t = r.text().strip();
      int comma = t.indexOf(',');
      Person p = comma > 0 ? PersonParser.parse(t) : null;
      boolean member = p != null && p.role() != null && (t.matches("(?i)^hon(ou?rable|\\.)\\s.*")
          || ROLE_WORD.matcher(t.substring(comma + 1)).find()) && !t.substring(0, comma).matches(".*\\d.*");
      if (member) {
        run.add(p);
      } else if (run.size() >= 3) {
        return run;
      } else {
        run.clear();
      }
    }
    return run.size() >= 3 ? run : List.of();
  }

  /** A roll-call table's status cell: how the member attended. */
  static final Pattern STATUS = Pattern.compile("(?i)(present|absent|excused|late|remote|arrived\\s+late|late\\s+.*|present\\s+.*|absent\\s+.*|excused\\s+.*)");
  /** The title after a name in a roll-call row: "Commissioner", "Vice Chair", "Alternate". */
  private static final Pattern ROLL_TITLE = Pattern.compile(
      "(?i)\\s+((?:vice\\s+|deputy\\s+)?(?:chair(?:man|person|woman)?|mayor)|commissioner|councilmember|council\\s+member|board\\s+member|member|alternate|trustee|director|secretary|treasurer|president|vice\\s+president|clerk)$");

  /**
   * A roll call printed as a table: a header naming the attendee and a status column, then one
   * row per member with the status in its own cell ("Ann Other  Commissioner  |  Present").
   * Present, late and remote members are present (a late one's time of arrival kept); absent and
   * excused ones are absent.
   */
  private static void rollCall(List<LabelledRow> rows, Map<Kind, List<Person>> lists, List<Movement> arrived) {
    boolean table = false;
    for (LabelledRow r : rows) {
      String t = r.text().strip();
      String cell = r.action() == null ? "" : r.action().strip();
      if (t.matches("(?i)^(attendee|member|name).*") && (cell + " " + t).matches("(?i).*\\bstatus\\b.*")) {
        table = true;
        continue;
      }
      if (!table) {
        continue;
      }
      if (cell.isEmpty() || !STATUS.matcher(cell).matches()) {
        if (r.paragraphStart() || !cell.isEmpty()) {
          table = false;
        }
        continue;
      }
      String name = ROLL_TITLE.matcher(t).replaceFirst("");
      Person p = PersonParser.parse(name);
      String status = cell.toLowerCase(Locale.ROOT);
      if (p != null && status.matches("present.*|late.*|remote.*|arrived.*")) {
        lists.get(Kind.PRESENT).add(p);
        // a late member's time of arrival, where the table prints one
        DateText.FoundTime at = status.matches("late.*|arrived.*") ? DateText.time(cell, 0).orElse(null) : null;
        if (at != null) {
          arrived.add(new Movement(p.name(), clock(at), null));
        }
      } else if (p != null && status.matches("absent.*|excused.*")) {
        lists.get(Kind.ABSENT).add(p);
      }
    }
  }

  /**
   * A list printed as an item: "1. Apologies; A, B" or "1. Members Present were: A (chair), B, ..."
   * (the names in the title and on into its first paragraph), or an "Apologies for Absence" item
   * whose first paragraph is the names alone.
   */
  private static void listInItem(Item item, Map<Kind, List<Person>> lists) {
    String title = item.title() == null ? "" : item.title().strip();
    AttendanceLabel label = AttendanceLabel.opening(title).filter(l -> !l.label().equals("also")).orElse(null);
    if (label == null) {
      return;
    }
    String text = item.text() == null ? "" : item.text().strip();
    String first = text.isEmpty() ? "" : text.split("\n", 2)[0];
    // a title that is a list runs on into the first paragraph; a bare heading's list is that paragraph
    boolean bare = label.rest().isBlank();
    if (bare && first.matches("(?i).*\\b(were|was|received|had|has|sent|gave|from|tendered|noted|no)\\b.*")) {
      return; // a sentence, not the list itself: read with the other sentences
    }
    // a title cut mid-list ("..., Ann Other (chair), Sam") runs on into the paragraph;
    // a finished one ("Apologies; A, B") is a sentence of its own before it
    List<String> chunks = splitOutsideBrackets(title, ",");
    boolean unfinished = title.matches("(?s).*([,&]|\\band)\\s*$") || chunks.size() > 1 && !chunks.get(chunks.size() - 1).contains(" ");
    String content = bare ? title.replaceAll("[:;\\s]+$", "") + ": " + first : unfinished ? title + " " + first : title + ". " + first;
    for (String sentence : content.split("(?<![A-Z]|\\b" + PersonWords.SHORT_FORM + ")\\.\\s+(?=\\p{Lu})")) {
      AttendanceLabel said = AttendanceLabel.opening(sentence).orElse(null);
      if (said == null) {
        continue;
      }
      Kind kind = said.kind();
      String names = said.rest();
      if (names.isBlank() || AttendanceLabel.nobody(names) || names.matches("(?i)(none|nil|no apologies|n/a).*")) {
        continue;
      }
      for (String one : people(names.strip().replaceAll("\\.$", ""), true)) {
        Person p = PersonParser.parse(one.replaceFirst("(?i)^(local\\s+)?residents?\\s+", ""));
        if (p != null) {
          lists.get(kind).add(p);
        }
      }
    }
  }

  /**
   * Whether a row ends the list before it: a heading (a bold paragraph, or a lone word such as a
   * table's "Items" header) or another labelled field ("Recorder: ...", "Venue: ...").
   */
  private static boolean endsList(LabelledRow row, String t, boolean boldLabel) {
    if (!row.paragraphStart()) {
      return false;
    }
    return row.bold() && !boldLabel && !t.contains(",") || !t.contains(" ") || t.matches("\\p{Lu}[\\p{L} ]{0,30}:\\s.*");
  }

  /** The right edge of the front matter's lines: where a wrapped line ends. */
  private static float rightEdge(List<LabelledRow> rows) {
    float right = Float.NaN;
    for (LabelledRow r : rows) {
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
  private static boolean wrapped(LabelledRow previous, LabelledRow row, float right) {
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
  private static boolean continues(String entry, String next, LabelledRow row) {
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

  private static void flush(Kind kind, List<String> entries, Set<Integer> running, Map<Kind, List<Person>> lists) {
    if (kind != null) {
      for (int i = 0; i < entries.size(); i++) {
        if (AttendanceLabel.nobody(entries.get(i))) {
          continue; // "Absent: N/A"
        }
        for (String one : people(entries.get(i), running.contains(i))) {
          add(kind, one, lists);
        }
      }
    }
    entries.clear();
    running.clear();
  }

  /** One person into a list; a member of a present list printed as absent ("Sam Person Absent") is absent. */
  private static void add(Kind kind, String entry, Map<Kind, List<Person>> lists) {
    String absent = kind == Kind.PRESENT ? AttendanceLabel.markedAbsent(entry).orElse(null) : null;
    Person p = PersonParser.parse(absent == null ? entry : absent);
    if (p != null) {
      lists.get(absent == null ? kind : Kind.ABSENT).add(p);
    }
  }

  /**
   * Attendance stated in sentences of the front matter, where it prints no list: "Board members
   * present were Trustee A, Trustee B, and Supervisor C. Clerk D was also present."
   */
  private static void statements(List<LabelledRow> front, Map<Kind, List<Person>> lists) {
    StringBuilder text = new StringBuilder();
    for (LabelledRow r : front) {
      text.append(r.paragraphStart() ? "\n" : " ").append(r.text().strip());
    }
    for (String paragraph : text.toString().split("\n")) {
      for (String sentence : SENTENCE_END.split(paragraph)) {
        AttendanceLabel said = AttendanceLabel.statement(sentence).orElse(null);
        if (said == null || said.kind() == Kind.VIRTUAL || AttendanceLabel.nobody(said.rest())) {
          continue;
        }
        for (String one : people(said.rest(), true)) {
          add(said.kind(), one, lists);
        }
      }
    }
  }

  /**
   * Members who left or arrived during the meeting, from the items' sentences ("Cllr Doe left the
   * meeting at 8.15pm", "Sam Person arrived during item 7"). Only a person the minutes list as
   * attending, or one whose time or item is printed, counts: "the applicant left" names no one.
   */
  private static void movements(List<Item> items, List<Person> present, List<Person> also, List<Movement> left, List<Movement> arrived) {
    for (Item item : items) {
      String text = Paragraph.collapse((item.title() == null ? "" : item.title() + ". ") + item.text());
      for (AttendanceLabel.Movement m : AttendanceLabel.movements(text)) {
        Matcher name = TRAILING_NAME.matcher(m.who());
        Person p = name.find() ? PersonParser.parse(name.group()) : null;
        if (p == null) {
          continue;
        }
        DateText.FoundTime at = DateText.time(m.rest(), 0).orElse(null);
        String surname = p.name().substring(p.name().lastIndexOf(' ') + 1);
        boolean attending = false;
        for (Person a : present) {
          attending |= a.name().equals(p.name()) || a.name().endsWith(" " + surname) || a.name().equals(surname);
        }
        for (Person a : also) {
          attending |= a.name().equals(p.name());
        }
        if (!attending && at == null && m.item() == null) {
          continue;
        }
        Movement move = new Movement(p.name(), at == null ? null : clock(at), m.item());
        (m.arrived() ? arrived : left).add(move);
      }
    }
  }

  /** A time of day as HH:MM. */
  private static String clock(DateText.FoundTime t) {
    return String.format(Locale.ROOT, "%02d:%02d", t.time().getHour(), t.time().getMinute());
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
    List<String> grid = initialsGrid(entry);
    if (grid != null) {
      return grid;
    }
    // a full stop after a name (not after an initial or honorific) ends it: "Ann Other. Councillors Sam Person, ..."
    List<String> chunks = splitOutsideBrackets(entry, "[,;:]|\\s&\\s|(?<=\\p{Ll}{2})(?<!\\b" + PersonWords.SHORT_FORM + ")\\.\\s+(?=\\p{Lu})");
    // "Mrs C and Mr D": the last pair of a list is joined by "and", split it before judging names;
    // an "and" inside brackets belongs to a role ("(Participation and Engagement Manager)")
    List<String> split = new ArrayList<>();
    for (String c : chunks) {
      for (String a : splitOutsideBrackets(c, "\\s+(?:and|ac|a[’']r)\\s+(?=" + NAME_START + ")")) {
        split.add(a.replaceFirst("^and\\s+", "").strip());
      }
    }
    List<String> merged = new ArrayList<>();
    for (String c : split) {
      if (c.isEmpty()) {
        continue;
      }
      if (!merged.isEmpty() && (c.startsWith("(") || PersonParser.parse(c) == null || HONOURS_ONLY.matcher(c).matches()
          || PersonWords.honorificOf(c) == null && ROLE_WORD.matcher(c.replaceAll("\\([^()]*\\)", " ")).find())) {
        merged.set(merged.size() - 1, merged.get(merged.size() - 1) + ", " + c);
      } else {
        merged.add(c);
      }
    }
    boolean several = running || merged.size() >= 3 || merged.size() == 2
        && (PersonWords.honorificOf(merged.get(1)) != null || merged.get(0).contains("(") && merged.get(1).contains("("));
    return several ? merged : List.of(entry);
  }

  private static final Pattern INITIALS = Pattern.compile("[A-Z/][A-Za-z/]{1,3}");

  /**
   * A table of attendees printed as name and initials side by side ("Ann Other  AO  Sam Person SP"):
   * the names, cut after each token that reads as the initials of the words before it. Null when the
   * entry is not such a row (no name followed by its initials).
   */
  static List<String> initialsGrid(String entry) {
    String[] tokens = entry.strip().split("\\s+");
    List<String> names = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int matched = 0;
    for (String token : tokens) {
      if (!current.isEmpty() && INITIALS.matcher(token).matches() && initialsOf(current, token)) {
        names.add(String.join(" ", current));
        current.clear();
        matched++;
      } else {
        current.add(token);
      }
    }
    if (matched == 0) {
      return null;
    }
    if (!current.isEmpty()) {
      names.add(String.join(" ", current));
    }
    return names;
  }

  /** Whether token reads as the initials of the name words (its first letter the first name's, or a misread '/'). */
  private static boolean initialsOf(List<String> words, String token) {
    List<String> name = new ArrayList<>();
    for (String w : words) {
      if (!w.startsWith("(") && !w.endsWith(")") && !PersonWords.isHonorific(w)) {
        name.add(w);
      }
    }
    if (name.size() < 2 || token.chars().filter(Character::isUpperCase).count() + token.chars().filter(c -> c == '/').count() < 2) {
      return false;
    }
    char first = token.charAt(0);
    char last = name.get(name.size() - 1).charAt(0);
    boolean lastOk = token.indexOf('/') >= 0 || token.lastIndexOf(last) > 0;
    return (first == '/' || first == name.get(0).charAt(0)) && lastOk;
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
  private static void sentences(String text, Map<Kind, List<Person>> lists, List<Person> substitutes) {
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
          lists.get(Kind.APOLOGIES).add(p);
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
    Matcher gave = GAVE_APOLOGIES.matcher(text);
    while (gave.find()) {
      Matcher lead = LEADING_NAME.matcher(gave.group(1).replaceFirst("^.*\\b(?:stated|said|reported|noted|advised)\\s+that\\s+", ""));
      Person p = lead.find() ? PersonParser.parse(lead.group()) : null;
      if (p != null) {
        lists.get(Kind.APOLOGIES).add(p);
      }
    }
    Matcher by = SUBSTITUTED_BY.matcher(text);
    while (by.find()) {
      Person sub = PersonParser.parse(by.group(2));
      Person absent = PersonParser.parse(by.group(1));
      if (sub != null) {
        substitutes.add(sub.withStandingInFor(absent == null ? by.group(1).strip() : absent.name()));
      }
    }
    Matcher v = VIRTUAL.matcher(text);
    while (v.find()) {
      // "Ms X had given her apologies but was attending virtually": the name is the subject
      String subject = v.group(1);
      Matcher lead = LEADING_NAME.matcher(subject);
      if (PersonParser.parse(subject) == null && !SPLIT.matcher(subject).find() && lead.find()) {
        subject = lead.group();
      }
      for (String chunk : SPLIT.split(subject)) {
        Person p = PersonParser.parse(chunk.strip());
        if (p != null) {
          lists.get(Kind.VIRTUAL).add(p);
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
