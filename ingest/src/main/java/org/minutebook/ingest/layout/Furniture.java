package org.minutebook.ingest.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.minutebook.ingest.text.Line;
import org.minutebook.ingest.text.Page;

/**
 * Finds page furniture: running headers and footers (the same line near the top or bottom of
 * several pages, numbers aside) and page stamps (page numbers, "Page 9", "Page 3 of 14",
 * "Agenda Item 15c"). Furniture is never part of an item's text, even when a page break falls in
 * the middle of a sentence.
 */
final class Furniture {
  /** How far from the top or bottom edge furniture may sit, as a share of the page height. */
  private static final float ZONE = 0.14f;
  private static final int EDGE_LINES = 3;
  private static final Pattern PAGE_STAMP = Pattern.compile(
      "(?i)(page\\s*)?[-–]?\\s*\\d{1,4}\\s*[-–]?(\\s*(of|/)\\s*\\d{1,4})?"
          + "|(?i)(agenda\\s+)?item\\s+\\d{1,3}[a-z]?(\\s*\\(?page\\s*\\d+\\)?)?"
          + "|(?i)page\\s+[ivxlc]+|[ivxlc]{1,5}");

  private Furniture() {}

  /** Per page, the indexes of its lines that are furniture. */
  static Map<Integer, Set<Integer>> find(List<Page> pages) {
    Map<String, Set<Integer>> pagesByKey = new HashMap<>();
    for (Page page : pages) {
      for (int i : edgeLines(page)) {
        pagesByKey.computeIfAbsent(key(page.lines().get(i).text()), k -> new HashSet<>()).add(page.number());
      }
    }
    int minRepeats = pages.size() <= 6 ? 2 : 3;
    Map<Integer, Set<Integer>> out = new LinkedHashMap<>();
    for (Page page : pages) {
      Set<Integer> found = new HashSet<>();
      for (int i : edgeLines(page)) {
        String text = page.lines().get(i).text().strip();
        boolean repeated = pagesByKey.getOrDefault(key(text), Set.of()).size() >= minRepeats;
        if (repeated || PAGE_STAMP.matcher(text).matches()) {
          found.add(i);
        }
      }
      out.put(page.number(), found);
    }
    return out;
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

  /** Lines that differ only in their numbers (page numbers, dates' days) are the same furniture. */
  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
  }
}
