package org.minutebook.ingest.text;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Words sharing a baseline on one page, left to right.
 *
 * @param page 1-based page number
 * @param words the words, sorted by x; never empty
 */
public record Line(int page, List<Word> words) {
  public Line {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a line has at least one word");
    }
  }

  public String text() {
    return words.stream().map(Word::text).collect(Collectors.joining(" "));
  }

  public float x0() {
    return words.get(0).x0();
  }

  public float x1() {
    return words.get(words.size() - 1).x1();
  }

  public float top() {
    float t = Float.MAX_VALUE;
    for (Word w : words) {
      t = Math.min(t, w.top());
    }
    return t;
  }

  /** The baseline most of the line's characters sit on: superscripts must not move the line. */
  public float baseline() {
    float best = words.get(0).baseline();
    int bestChars = -1;
    for (Word candidate : words) {
      int chars = 0;
      for (Word w : words) {
        if (Math.abs(w.baseline() - candidate.baseline()) < 0.5f) {
          chars += w.text().length();
        }
      }
      if (chars > bestChars) {
        bestChars = chars;
        best = candidate.baseline();
      }
    }
    return best;
  }

  public float fontSize() {
    float max = 0;
    for (Word w : words) {
      max = Math.max(max, w.fontSize());
    }
    return max;
  }
}
