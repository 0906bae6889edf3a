package org.minutebook.ingest.text;

import java.util.List;

/**
 * One page's lines in reading order: top to bottom, then left to right.
 *
 * @param number 1-based page number
 * @param width page width in points
 * @param height page height in points
 * @param lines the lines; empty for a blank or image-only page
 * @param glyphs how many glyphs the page's text layer held (before any were merged or dropped)
 */
public record Page(int number, float width, float height, List<Line> lines, int glyphs) {
  public Page {
    lines = List.copyOf(lines);
  }
}
