package org.minutebook.model;

import java.util.List;
import java.util.Objects;

/**
 * A numbered or lettered part of a decision ("1-", "(1)", "(a)", "1.").
 *
 * @param label the label without punctuation: "1", "a", "A"
 * @param text the part's text without its label
 * @param actions Action-column entries for this part, split on '/'
 */
public record DecisionPart(String label, String text, List<String> actions) {
  public DecisionPart {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
    actions = List.copyOf(actions);
  }
}
