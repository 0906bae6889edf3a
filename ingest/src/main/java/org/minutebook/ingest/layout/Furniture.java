package org.minutebook.ingest.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minutebook.ingest.label.rules.PageStamp;
import org.minutebook.ingest.text.Line;
import org.minutebook.ingest.text.Page;

/**
 * Finds page furniture: running headers and footers (the same line near the top or bottom of
 * several pages, numbers aside) and page stamps (page numbers, "Page 9", "Page 3 of 14",
 * "Agenda Item 15c", roman page numbers in lower case only: "CV" at the foot of a page is someone's
 * initials in the Action column). Furniture is never part of an item's text, even when a page
 * break falls in the middle of a sentence.
 */
final class Furniture {
  /** How far from the top or bottom edge furniture may sit, as a share of the page height. */
  private static final float ZONE = 0.14f;
  private static final int EDGE_LINES = 3;
  /** Up to this many pages, a repeated line must also sit at one place on them to be furniture. */
  private static final int FEW = 3;

  private Furniture() {}

  /** Per page, the indexes of its lines that are furniture. */
  static Map<Integer, Set<Integer>> find(List<Page> pages) {
    Map<String, Set<Integer>> pagesByKey = new HashMap<>();
    Map<String, Set<String>> slotsByKey = new HashMap<>();
    Map<Integer, Map<String, String>> textAtSlot = new HashMap<>();
    Map<String, List<float[]>> placesByKey = new HashMap<>();
    for (Page page : pages) {
      for (int i : edgeLines(page)) {
        Line line = page.lines().get(i);
        String text = line.text().strip();
        String key = key(slot(page, i), text);
        pagesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(page.number());
        // how far from its own edge of the page the line sits
        float fromEdge = key.startsWith("T") ? line.baseline() : page.height() - line.baseline();
        placesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new float[] {fromEdge, line.fontSize()});
        slotsByKey.computeIfAbsent(key, k -> new HashSet<>()).add(slot(page, i));
        textAtSlot.computeIfAbsent(page.number(), k -> new HashMap<>()).put(slot(page, i), text);
      }
    }
    int minRepeats = pages.size() <= 6 ? 2 : 3;
    Set<String> repeated = new HashSet<>();
    pagesByKey.forEach((key, on) -> {
      if (on.size() >= minRepeats) {
        repeated.add(key);
      }
    });
    Set<String> running = new HashSet<>();
    for (String key : repeated) {
      boolean few = pagesByKey.get(key).size() <= FEW;
      if (!scattered(key, pagesByKey, slotsByKey.get(key), textAtSlot, repeated) && (!few || aligned(placesByKey.get(key)))) {
        running.add(key);
      }
    }
    Map<Integer, Set<Integer>> out = new LinkedHashMap<>();
    for (Page page : pages) {
      Set<Integer> found = new HashSet<>();
      for (int i : edgeLines(page)) {
        String text = page.lines().get(i).text().strip();
        if (running.contains(key(slot(page, i), text)) || PageStamp.matches(text)) {
          found.add(i);
        }
      }
      out.put(page.number(), found);
    }
    return out;
  }

  /**
   * Whether a repeated line is missing from pages where it would have been part of the furniture:
   * the rest of that page's furniture is there (the lines that accompany it on every page it is on),
   * but the place where it sits on the other pages holds a line of the text. A running header is
   * never dropped from one page while the header line beside it stays; a line of the minutes that
   * happens to open or close a few pages ("RESOLVED that the report be noted.") leaves such gaps.
   * One gap inside its run of pages is enough; the pages just before and after the run count too,
   * but only against a run no longer than them (a first page printed without the header is common).
   * A page with other furniture in that place (headers alternating between odd and even pages), or
   * without its usual furniture at all (a landscape table), is no gap.
   */
  private static boolean scattered(String key, Map<String, Set<Integer>> pagesByKey, Set<String> slots,
      Map<Integer, Map<String, String>> textAtSlot, Set<String> repeated) {
    Set<Integer> pages = pagesByKey.get(key);
    List<Set<Integer>> companions = new ArrayList<>();
    for (String other : repeated) {
      if (!other.equals(key) && pagesByKey.get(other).containsAll(pages)) {
        companions.add(pagesByKey.get(other));
      }
    }
    int first = pages.stream().mapToInt(Integer::intValue).min().orElse(0);
    int last = pages.stream().mapToInt(Integer::intValue).max().orElse(0);
    int outside = 0;
    for (int page = first - 1; page <= last + 1; page++) {
      if (!pages.contains(page) && gap(page, slots, companions, textAtSlot, repeated)) {
        if (page > first && page < last) {
          return true;
        }
        outside++;
      }
    }
    return outside >= pages.size();
  }

  /** Whether the page has its usual furniture but a line of the text where the missing line sits. */
  private static boolean gap(int page, Set<String> slots, List<Set<Integer>> companions,
      Map<Integer, Map<String, String>> textAtSlot, Set<String> repeated) {
    if (companions.stream().noneMatch(on -> on.contains(page))) {
      return false;
    }
    Map<String, String> there = textAtSlot.getOrDefault(page, Map.of());
    for (String slot : slots) {
      String other = there.get(slot);
      if (other != null && !repeated.contains(key(slot, other)) && !PageStamp.matches(other)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line found on a few pages sits at the same distance from the page's edge on each:
   * headers and footers are placed there by the page template, while a line of the text that
   * happens to end a few pages ends them wherever their text ran out. Many pages outvote this
   * (the text layer of a scan may not keep its header to the point).
   */
  private static boolean aligned(List<float[]> places) {
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    float size = 0;
    for (float[] p : places) {
      min = Math.min(min, p[0]);
      max = Math.max(max, p[0]);
      size = Math.max(size, p[1]);
    }
    return max - min <= Math.max(2.5f, 0.4f * size);
  }

  /** Where a line sits among the page's edge lines: "T0" first from the top, "B0" last at the bottom. */
  private static String slot(Page page, int index) {
    return index < EDGE_LINES && page.lines().get(index).top() < page.height() * ZONE
        ? "T" + index : "B" + (page.lines().size() - 1 - index);
  }

  /** Indexes of the first and last few lines of a page that lie in its top or bottom zone. */
  private static List<Integer> edgeLines(Page page) {
    List<Integer> out = new ArrayList<>();
    List<Line> lines = page.lines();
    for (int i = 0; i < Math.min(EDGE_LINES, lines.size()); i++) {
      if (lines.get(i).top() < page.height() * ZONE) {
        out.add(i);
      }
    }
    for (int i = Math.max(0, lines.size() - EDGE_LINES); i < lines.size(); i++) {
      if (!out.contains(i) && lines.get(i).baseline() > page.height() * (1 - ZONE)) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Lines at the same edge that differ only in their numbers (page numbers, dates' days) are the
   * same furniture. Case counts: a running header is printed the same way on every page, while the
   * body's name as the first page's heading ("KINGSHOLM PARKS PANEL" under or instead of the header
   * "Kingsholm Parks Panel") is part of the minutes.
   */
  private static String key(String slot, String text) {
    // a header stays at the top and a footer at the bottom: the same words opening one page and
    // closing another are text, not furniture
    return slot.charAt(0) + ":" + text.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
  }
}
