package org.minutebook.ingest.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** PDFBox's rule for text drawn over itself: same character, within a third of its width either way. */
class OverlapFilterTest {
  @Test
  void theSameGlyphDrawnAgainCloseByIsARepeat() {
    OverlapFilter f = new OverlapFilter();
    assertFalse(f.repeats("R", 100f, 200f, 6f));
    assertTrue(f.repeats("R", 100f, 200f, 6f), "drawn twice at the same place");
    assertTrue(f.repeats("R", 101.5f, 199f, 6f), "fake bold: offset by less than a third of the width");
    assertTrue(f.repeats("R", 98.1f, 201.9f, 6f));
  }

  @Test
  void anotherCharacterOrAGlyphFurtherAwayIsNot() {
    OverlapFilter f = new OverlapFilter();
    assertFalse(f.repeats("R", 100f, 200f, 6f));
    assertFalse(f.repeats("E", 100f, 200f, 6f), "another character");
    assertFalse(f.repeats("R", 106f, 200f, 6f), "the next letter of a word");
    assertFalse(f.repeats("R", 100f, 212f, 6f), "the line below");
  }

  @Test
  void theBoundsAreFromInclusiveToExclusiveAsInPdfBox() {
    // a kept at (10, 10); a new one with tolerance 1 looks in [x-1, x+1) and [y-1, y+1)
    OverlapFilter lower = new OverlapFilter();
    lower.repeats("a", 10f, 10f, 3f);
    assertTrue(lower.repeats("a", 11f, 11f, 3f), "10 is the inclusive lower bound");
    OverlapFilter upper = new OverlapFilter();
    upper.repeats("a", 10f, 10f, 3f);
    assertFalse(upper.repeats("a", 9f, 10f, 3f), "10 is the exclusive upper bound");
  }

  @Test
  void aGlyphWithoutWidthOrTextIsKept() {
    OverlapFilter f = new OverlapFilter();
    assertFalse(f.repeats("x", 5f, 5f, 0f));
    assertFalse(f.repeats("x", 5f, 5f, 0f), "no tolerance: nothing is a repeat");
    assertFalse(f.repeats("", 5f, 5f, 4f));
    assertFalse(f.repeats(null, 5f, 5f, 4f));
  }

  @Test
  void aHugeGlyphIsComparedWithTheWholePage() {
    OverlapFilter f = new OverlapFilter();
    assertFalse(f.repeats("W", 300f, 400f, 600f)); // tolerance 200: beyond the grid's neighbourhood
    assertTrue(f.repeats("W", 420f, 330f, 600f));
    assertFalse(f.repeats("W", 900f, 400f, 600f));
  }

  @Test
  void cellsAcrossZeroAndNegativeCoordinatesWork() {
    OverlapFilter f = new OverlapFilter();
    assertFalse(f.repeats("o", -0.5f, -0.5f, 6f));
    assertTrue(f.repeats("o", 0.5f, 0.5f, 6f));
  }
}
