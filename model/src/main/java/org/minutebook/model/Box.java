package org.minutebook.model;

/**
 * Where a fact was printed: a 1-based page and a rectangle on it in PDF points, origin at the top
 * left of the page. Facts read from a format without pages (a web page) have no box.
 */
public record Box(int page, float x, float y, float width, float height) {
  public Box {
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more: " + page);
    }
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException("negative box size");
    }
  }

  /** The smallest box holding both; boxes on different pages keep this one's page and extent. */
  public Box union(Box other) {
    if (other == null || other.page != page) {
      return this;
    }
    float x0 = Math.min(x, other.x);
    float y0 = Math.min(y, other.y);
    float x1 = Math.max(x + width, other.x + other.width);
    float y1 = Math.max(y + height, other.y + other.height);
    return new Box(page, x0, y0, x1 - x0, y1 - y0);
  }
}
