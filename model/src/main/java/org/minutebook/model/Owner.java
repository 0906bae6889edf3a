package org.minutebook.model;

import java.util.Objects;

/** An Action-column entry and the person it was resolved to, or null while unresolved. */
public record Owner(String initials, String name) {
  public Owner {
    Objects.requireNonNull(initials, "initials");
  }
}
