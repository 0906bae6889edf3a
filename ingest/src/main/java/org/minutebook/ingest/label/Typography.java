package org.minutebook.ingest.label;

import java.util.Locale;

/**
 * How a row's text is set, against the document's body text: what makes a line a heading when no
 * word does.
 *
 * @param bold set in bold
 * @param capitals all its letters are capitals (an ordinal's "th" in "16th" allowed)
 * @param relativeSize its font size over the document's body size (1 for body text)
 * @param indent its left edge against the text column, in points
 * @param alone a paragraph of its own: it starts one, and the row after it starts another
 */
public record Typography(boolean bold, boolean capitals, float relativeSize, float indent, boolean alone) {
  /** How much larger than body text a heading's type is, at least. */
  private static final float LARGER = 1.15f;
  /** How long a heading may be, in characters. */
  public static final int HEADING_LENGTH = 120;

  /** Whether the row is set as a heading: bold, capitals or larger type, on a line of its own, and short. */
  public boolean heading(String text) {
    return alone && text.strip().length() <= HEADING_LENGTH && (bold || capitals || relativeSize >= LARGER);
  }

  /** Whether all the letters of s are capitals, an ordinal's suffix after a digit allowed ("16th"); false without letters. */
  public static boolean capitals(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        boolean ordinal = i > 0 && Character.isDigit(s.charAt(i - 1)) || i > 1 && Character.isDigit(s.charAt(i - 2));
        if (Character.isLowerCase(c) && !ordinal) {
          return false;
        }
      }
    }
    return letter;
  }

  /** The marks a reader sees, for the layout listing: "bold caps 1.4x alone". */
  String describe() {
    StringBuilder sb = new StringBuilder();
    if (bold) {
      sb.append("bold ");
    }
    if (capitals) {
      sb.append("caps ");
    }
    if (relativeSize >= LARGER) {
      sb.append(String.format(Locale.ROOT, "%.1fx ", relativeSize));
    }
    if (alone) {
      sb.append("alone ");
    }
    return sb.toString().strip();
  }
}
