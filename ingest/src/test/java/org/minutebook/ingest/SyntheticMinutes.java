package org.minutebook.ingest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.minutebook.ingest.MinutesPdfWriter.Block;
import org.minutebook.ingest.MinutesPdfWriter.Region;
import org.minutebook.ingest.MinutesPdfWriter.Style;

/**
 * Invents one set of minutes in the "moderngov with Action column" shape from a seed: the look
 * ({@link Style}), the flow of text to print, and what a correct reader must find in it
 * ({@link Expected}). Every name, body and sentence is made up here; none is taken from real
 * minutes.
 */
final class SyntheticMinutes {
  /** A decision as it must be read: its whole clause, its part labels, its Action entries. */
  record ExpectedDecision(String text, List<String> labels, List<String> actions) {
    /** Each part's entries: the single entry printed at the end of the decision applies to all parts. */
    List<List<String>> partActions() {
      return labels.stream().map(l -> actions).toList();
    }
  }

  /** An item as it must be read, with every Action-column entry in it (split on '/'). */
  record ExpectedItem(String number, String title, List<ExpectedDecision> decisions, List<List<String>> actionRows) {}

  /** The meeting as it must be read; people by name without honorific. */
  record Expected(String body, LocalDate date, LocalTime start, LocalTime end, List<String> present,
      List<String> alsoPresent, List<String> apologies, List<ExpectedItem> items) {}

  /** One generated document: its name, what varies in it, the flow to print and the answer. */
  record Generated(String name, String description, Style style, long seed, List<Block> blocks, String header1,
      String header2, Expected expected) {
    byte[] pdf() {
      return MinutesPdfWriter.write(style, seed, blocks, header1, header2);
    }
  }

  private static final String LOOKALIKE_LATIN = "ABCEHKMOPTX";
  private static final String LOOKALIKE_CYRILLIC = "\u0410\u0412\u0421\u0415\u041D\u041A\u041C\u041E\u0420\u0422\u0425";

  private final Random random;
  private final boolean cyrillic;
  private final List<Block> blocks = new ArrayList<>();
  private final List<ExpectedItem> items = new ArrayList<>();
  private final List<String> initials = new ArrayList<>();
  private MinutesWording words;
  private boolean boldTitles;
  private boolean forceBreaks;
  private String numberSuffix;
  private boolean splitPairs;
  private boolean terse;
  private boolean titleCase;
  private boolean headerOnce;
  private boolean headerPrinted;
  private int lastNumber;
  private String header;

  private SyntheticMinutes(long seed, boolean cyrillic) {
    this.random = new Random(seed);
    this.cyrillic = cyrillic;
  }

  /** The document for one variant index; the same index always gives the same document. */
  static Generated generate(int index) {
    long seed = 0x5EEDL * 7919 + index;
    Random r = new Random(seed);
    boolean cyrillic = r.nextInt(3) == 0;
    return new SyntheticMinutes(seed ^ 0x9E3779B97F4A7C15L, cyrillic).build(index, seed, r);
  }

  private Generated build(int index, long seed, Random r) {
    String family = new String[] {"HELVETICA", "TIMES", "COURIER"}[index % 3];
    float size = 9f + r.nextInt(7) * 0.5f;
    boolean a4 = r.nextBoolean();
    float number = 25f + r.nextInt(36);
    float titleSize = size + r.nextInt(3);
    numberSuffix = r.nextInt(4) == 0 ? "." : "";
    // the number column always clears its widest number ("186b.") by a visible gap
    number = Math.max(number, titleSize * (family.equals("COURIER") ? 0.6f : 0.56f) * (4 + numberSuffix.length()) + 4f);
    // one document in six separates paragraphs by line breaks alone, with no space between them
    float gap = r.nextInt(6) == 0 ? 0f : 0.25f + r.nextInt(8) * 0.1f;
    Style style = new Style(family, size, a4 ? 595f : 612f, a4 ? 842f : 792f, 36f + r.nextInt(55), 30f + r.nextInt(51),
        24f + r.nextInt(30), 40f + r.nextInt(35), number, 40f + r.nextInt(51), 6f + r.nextInt(25),
        1.12f + r.nextInt(5) * 0.04f, gap, r.nextInt(4) == 0, r.nextBoolean(), r.nextInt(3) == 0,
        r.nextBoolean() ? size : size - 1.5f, titleSize, r.nextInt(4) != 0,
        new String[] {"#", "Page #", "Page # of *", "- # -"}[r.nextInt(4)], r.nextInt(6) == 0,
        new String[] {"STACKED", "STACKED", "ONE_LINE", "SPLIT", "FOOTER"}[r.nextInt(5)], r.nextInt(4) == 0);
    boldTitles = r.nextInt(4) != 0;
    // some templates set titles in bold title case rather than capitals
    titleCase = boldTitles && r.nextInt(5) == 0;
    headerOnce = r.nextInt(5) == 0;
    boolean closingInTable = r.nextInt(3) == 0;
    forceBreaks = r.nextBoolean();
    splitPairs = r.nextInt(3) == 0;
    boolean gapsInLists = r.nextBoolean();
    boolean presentInline = r.nextInt(4) == 0;
    boolean apologiesInFront = r.nextInt(3) == 0;
    boolean alsoPresent = r.nextInt(5) != 0;
    terse = r.nextInt(6) == 0;
    boolean repeatTop = r.nextInt(4) == 0;
    boolean ordinal = r.nextInt(3) == 0;
    int clockStyle = r.nextInt(4);
    int startNumber = r.nextInt(3) == 0 ? 20 + r.nextInt(280) : 1;
    int extra = r.nextInt(4);

    words = new MinutesWording(random, clockStyle);
    String bodyName = words.body();
    LocalDate date = LocalDate.of(2016 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(28));
    LocalTime start = LocalTime.of(random.nextBoolean() ? 9 + random.nextInt(3) : 18 + random.nextInt(2), random.nextInt(4) * 15);
    LocalTime end = start.plusMinutes(50 + random.nextInt(120));
    String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    String dateText = date.getDayOfMonth() + " " + month + " " + date.getYear();

    // front matter: heading, minutes line, attendance
    List<String> people = words.people(40);
    int presentCount = terse ? 18 + random.nextInt(9) : 5 + random.nextInt(10);
    List<String> present = people.subList(0, presentCount);
    List<String> also = alsoPresent ? people.subList(presentCount, presentCount + 1 + random.nextInt(3)) : List.of();
    List<String> apologies = people.subList(30, 32 + random.nextInt(3));
    for (String name : present) {
      initials.add(initialsOf(name));
    }
    full(bodyName.toUpperCase(Locale.ROOT), true, false, true);
    String day = ordinal ? date.getDayOfMonth() + "^{" + ordinalSuffix(date.getDayOfMonth()) + "}" : "" + date.getDayOfMonth();
    String printedDate = day + " " + month + " " + date.getYear();
    String minutesLine = random.nextBoolean()
        ? "Minutes of the meeting held at " + words.clock(start) + " on " + printedDate
        : "Minutes of the meeting held on " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " " + printedDate
            + " at " + words.clock(start);
    full(minutesLine, true, true, false);
    List<String> presentEntries = new ArrayList<>();
    for (int i = 0; i < present.size(); i++) {
      presentEntries.add(words.entry(present.get(i), i == 0 ? "(Chairman)" : i == 1 && random.nextBoolean() ? "(Vice-Chairman)" : null));
    }
    attendanceList(words.pick(new String[] {"Present:", "PRESENT:", "Members Present:"}), presentEntries, presentInline, gapsInLists);
    if (alsoPresent) {
      attendanceList(words.pick(new String[] {"Also Present:", "In attendance:", "Also in attendance:"}),
          also.stream().map(n -> words.entry(n, null)).toList(), presentInline, gapsInLists);
    }
    if (apologiesInFront) {
      attendanceList("Apologies:", apologies.stream().map(n -> words.entry(n, null)).toList(), random.nextBoolean(), gapsInLists);
    }

    // the items
    lastNumber = startNumber - 1;
    item("APOLOGIES FOR ABSENCE", List.of(para(apologiesInFront ? "Apologies for absence were noted as listed above."
        : "Apologies for absence were received from " + words.list(apologies) + ".")), List.of(), List.of());
    ordinaryItem("MINUTES OF THE PREVIOUS MEETING", 0, "RESOLVED that the minutes of the meeting held on "
        + date.minusDays(70).getDayOfMonth() + " " + date.minusDays(70).getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
        + " be agreed as a correct record.", null);
    ordinaryItem("MATTERS ARISING", 2, words.actionDecision(), action());
    repeatedDecisionOnNewPage(repeatTop);
    for (int i = 0; i < 2 + extra; i++) {
      ordinaryItem(words.title(), random.nextInt(3), randomDecision(), random.nextBoolean() ? action() : null);
    }
    // a group heading with no text of its own, then its sub-items numbered 16, 16a, 16b
    item("REPORTS FROM WORKING GROUPS", List.of(), List.of(), List.of());
    ordinaryItem(words.place().toUpperCase(Locale.ROOT) + " WORKING GROUP UPDATE", 1, words.simpleDecision(), null);
    for (String letter : new String[] {"a", "b"}) {
      subItem(letter, words.title());
    }
    repeatedDecisionOnNewPage(repeatTop);
    ordinaryItem(words.longTitle(), 2, partsDecision(), action());
    repeatedDecisionOnNewPage(repeatTop);
    ordinaryItem("ANY OTHER BUSINESS", 1, null, null);
    LocalDate next = date.plusDays(84);
    item("DATE OF NEXT MEETING", List.of(para("The next meeting would be held on "
        + next.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " " + next.getDayOfMonth() + " "
        + next.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " at " + words.clock(start) + ".")), List.of(), List.of());
    String closing = words.pick(new String[] {"The Meeting ended at ", "The meeting closed at ", "The meeting finished at "})
        + words.clock(end);
    if (closingInTable) {
      // printed in the last item's text column rather than across the page
      blocks.add(new Block(Region.TEXT, List.of(closing), false, false, true, null, null, null, 0, -1));
    } else {
      full(closing, false, false, true);
    }
    full("Chairman", false, false, false);

    Expected expected = new Expected(bodyName, date, start, end, List.copyOf(present), List.copyOf(also), List.copyOf(apologies),
        items);
    String description = style.describe() + (boldTitles ? " bold-titles" : " plain-titles") + (cyrillic ? " cyrillic" : "")
        + (forceBreaks ? " forced-breaks" : "") + (gapsInLists ? " list-gaps" : "") + (style.actionRight() ? " action-right" : "")
        + (presentInline ? " inline-lists" : "") + (apologiesInFront ? " front-apologies" : "") + (terse ? " terse" : "")
        + (repeatTop ? " repeat-top" : "") + (ordinal ? " ordinal" : "") + (splitPairs ? " split-pairs" : "")
        + (titleCase ? " title-case" : "") + (headerOnce ? " action-header-once" : "") + (closingInTable ? " closing-in-table" : "")
        + " clock " + clockStyle + " from " + startNumber;
    return new Generated(String.format(Locale.ROOT, "variant-%02d", index), description, style, seed, blocks, bodyName, dateText,
        expected);
  }

  /**
   * An item whose decision, the same few words each time, opens a new page right under the
   * running header: three of them in a document look like a repeated header line. The item's
   * narrative breaks across a page first, so pages opened by the decision never follow each other
   * (the same line opening consecutive pages of a short document cannot be told from a header).
   */
  private void repeatedDecisionOnNewPage(boolean wanted) {
    if (wanted) {
      String clause = "RESOLVED that the report be noted.";
      placeItem(nextNumber(null), words.title(), List.of(new Para(List.of(words.paragraph() + " " + words.paragraph()), null, 1, true),
          new Para(List.of(clause), null, 0, true)), List.of(new ExpectedDecision(clause, List.of(), List.of())));
    }
  }

  /** "Present:" and its people: one a line, or all in one wrapped paragraph after the heading. */
  private void attendanceList(String heading, List<String> entries, boolean inline, boolean gaps) {
    if (inline) {
      full(heading + " " + String.join(", ", entries), false, false, true);
      return;
    }
    full(heading, true, false, true);
    for (String e : entries) {
      full(e, false, false, gaps);
    }
  }

  private static String ordinalSuffix(int day) {
    if (day >= 11 && day <= 13) {
      return "th";
    }
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  // ---- the flow ----------------------------------------------------------------------------

  private void full(String text, boolean bold, boolean centered, boolean gap) {
    blocks.add(new Block(Region.FULL, List.of(text), bold, centered, gap, null, null, null, 0, -1));
  }

  /** A body paragraph of an item: its segments, an Action entry and a forced page break. */
  private record Para(List<String> segments, String action, int breakBefore, boolean gap) {}

  private static Para para(String text) {
    return new Para(List.of(text), null, -1, true);
  }

  private String nextNumber(String letter) {
    if (letter == null) {
      lastNumber++;
      return Integer.toString(lastNumber);
    }
    return lastNumber + letter;
  }

  private void item(String title, List<Para> paras, List<ExpectedDecision> decisions, List<List<String>> actionRows) {
    placeItem(nextNumber(null), title, paras, decisions, actionRows);
  }

  private void placeItem(String number, String title, List<Para> paras, List<ExpectedDecision> decisions) {
    placeItem(number, title, paras, decisions, List.of());
  }

  private void placeItem(String number, String title, List<Para> paras, List<ExpectedDecision> decisions,
      List<List<String>> actionRows) {
    String head = cyrillic && random.nextInt(3) == 0 ? "\u0410ction" : "Action";
    // some templates print the Action header only over the first item
    head = headerOnce && headerPrinted ? null : head;
    headerPrinted = true;
    title = titleCase ? MinutesWording.titleCased(title) : title;
    blocks.add(new Block(Region.TEXT, List.of(title), boldTitles, false, true, number + numberSuffix, head, null, 0, -1));
    for (Para p : paras) {
      // beside the first line (-1), the last line (0), or one or two lines below it
      int below = p.action() == null ? 0 : random.nextInt(4) - 1 + (random.nextInt(3) == 0 ? 1 : 0);
      blocks.add(new Block(Region.TEXT, p.segments(), false, false, p.gap(), null, null, shown(p.action()), below,
          p.breakBefore()));
    }
    items.add(new ExpectedItem(number, title, decisions, actionRows));
  }

  /** An item of narrative paragraphs with, where given, a decision at its end. */
  private void ordinaryItem(String title, int narrative, Object decision, String action) {
    List<List<String>> rows = new ArrayList<>();
    List<Para> paras = narrativeThen(narrative, decision, action, rows);
    placeItem(nextNumber(null), title, paras, decisionsOf(decision, action), rows);
  }

  private void subItem(String letter, String title) {
    Object decision = random.nextBoolean() ? words.simpleDecision() : words.actionDecision();
    String action = decision instanceof String s && s.contains(" that ") && random.nextBoolean() ? action() : null;
    List<List<String>> rows = new ArrayList<>();
    List<Para> paras = narrativeThen(1 + random.nextInt(2), decision, action, rows);
    placeItem(nextNumber(letter), title, paras, decisionsOf(decision, action), rows);
  }

  /**
   * Narrative paragraphs, some with an Action entry of their own, then the decision; every entry
   * is added to rows in the order printed.
   */
  private List<Para> narrativeThen(int count, Object decision, String action, List<List<String>> rows) {
    List<Para> out = new ArrayList<>();
    for (int i = 0; i < (terse ? Math.min(count, 1) : count); i++) {
      // an entry beside narrative ("X would write to ...") is an action row but no decision's
      String entry = random.nextInt(4) == 0 ? action() : null;
      if (entry != null) {
        rows.add(List.of(entry.split("/")));
      }
      // a forced break one line into a paragraph puts the running header mid-sentence
      out.add(new Para(List.of(words.paragraph()), entry, forceBreaks && i == 0 && random.nextBoolean() ? 1 : -1, true));
    }
    if (action != null && decision != null) {
      rows.add(List.of(action.split("/")));
    }
    if (decision instanceof String clause) {
      out.add(new Para(List.of(clause), action, forceBreaks && random.nextBoolean() ? 1 : -1, true));
    } else if (decision instanceof Parts parts) {
      if (parts.ownParagraphs()) {
        out.add(new Para(List.of(parts.opening()), null, -1, true));
        for (int i = 0; i < parts.items().size(); i++) {
          boolean last = i == parts.items().size() - 1;
          out.add(new Para(List.of(parts.items().get(i)), last ? action : null, -1, true));
        }
      } else {
        List<String> segments = new ArrayList<>();
        segments.add(parts.opening());
        segments.addAll(parts.items());
        out.add(new Para(segments, action, forceBreaks ? 2 : -1, true));
      }
    }
    return out;
  }

  private static List<ExpectedDecision> decisionsOf(Object decision, String action) {
    List<String> actions = action == null ? List.of() : List.of(action.split("/"));
    if (decision instanceof String clause) {
      return List.of(new ExpectedDecision(clause, List.of(), actions));
    }
    if (decision instanceof Parts parts) {
      return List.of(new ExpectedDecision(parts.opening() + " " + String.join(" ", parts.items()), parts.labels(), actions));
    }
    return List.of();
  }

  /**
   * The entry as printed: in some documents a few capitals are Cyrillic look-alikes, and in some a
   * pair "LS/JB" is broken after its slash onto two lines of the Action column.
   */
  private String shown(String action) {
    if (action == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (char c : action.toCharArray()) {
      int k = LOOKALIKE_LATIN.indexOf(c);
      out.append(cyrillic && k >= 0 && random.nextBoolean() ? LOOKALIKE_CYRILLIC.charAt(k) : c);
    }
    return splitPairs ? out.toString().replace("/", "/\n") : out.toString();
  }

  // ---- the words ---------------------------------------------------------------------------

  /** A decision with parts: the opening clause, the labelled parts, and how they are printed. */
  private record Parts(String opening, List<String> items, List<String> labels, boolean ownParagraphs) {}

  private Parts partsDecision() {
    String style = words.pick(new String[] {"1-", "(a)", "(1)"});
    List<String> bodies = words.partTexts();
    int n = 2 + random.nextInt(2);
    List<String> items = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String label = switch (style) {
        case "1-" -> (i + 1) + "-";
        case "(a)" -> "(" + (char) ('a' + i) + ")";
        default -> "(" + (i + 1) + ")";
      };
      labels.add(label.replaceAll("[()\\-]", ""));
      String text = bodies.get(i);
      items.add(label + " " + (i == n - 1 ? text.replaceAll(";$", ".") : text));
    }
    // "1-" parts follow the opening line by line; bracketed ones may stand as paragraphs
    boolean own = !style.equals("1-") && random.nextBoolean();
    return new Parts(random.nextBoolean() ? "RESOLVED that:" : "RESOLVED that", items, labels, own);
  }

  private Object randomDecision() {
    return switch (random.nextInt(4)) {
      case 0 -> words.simpleDecision();
      case 1 -> null;
      default -> words.actionDecision();
    };
  }

  private String action() {
    return switch (random.nextInt(5)) {
      case 0 -> pair();
      case 1 -> words.pick(new String[] {"Clerk", "All", "Officers"});
      default -> words.pick(initials);
    };
  }

  /** Two different people's initials: "LS/JB". */
  private String pair() {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(initials));
    Collections.shuffle(distinct, random);
    return distinct.get(0) + "/" + distinct.get(1);
  }

  // ---- people ------------------------------------------------------------------------------

  private static String initialsOf(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split(" ")) {
      out.append(part.charAt(0));
    }
    return out.toString();
  }

}
