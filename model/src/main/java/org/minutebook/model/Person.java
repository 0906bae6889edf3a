package org.minutebook.model;

import java.util.Objects;

/**
 * A person as the minutes name them.
 *
 * @param name the name without honorific, e.g. "Jane Holt"
 * @param honorific "Councillor", "Cllr", "Mr", "Detective Superintendent" ..., or null
 * @param role bracketed role text with the brackets removed, or null
 * @param position "Chairman" / "Vice-Chairman" of this meeting, or null
 * @param standingInFor for substitutes: whom they stood in for, or null
 * @param ocrConfidence the mean confidence, 0 to 100, of the words OCR read the name from; null
 *     where it was read from a text layer or a web page
 */
public record Person(String name, String honorific, String role, String position, String standingInFor, Double ocrConfidence) {
  public Person {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank name");
    }
    OcrConfidence.check(ocrConfidence);
  }

  /** A person named in a text layer or a web page. */
  public Person(String name, String honorific, String role, String position, String standingInFor) {
    this(name, honorific, role, position, standingInFor, null);
  }

  public static Person named(String name) {
    return new Person(name, null, null, null, null);
  }

  public Person withStandingInFor(String absent) {
    return new Person(name, honorific, role, position, absent, ocrConfidence);
  }

  /** The same person with the confidence OCR had in the name (null: not read by OCR). */
  public Person withOcrConfidence(Double confidence) {
    return new Person(name, honorific, role, position, standingInFor, confidence);
  }
}
