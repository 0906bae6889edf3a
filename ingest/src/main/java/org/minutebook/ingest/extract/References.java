package org.minutebook.ingest.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report references cited in an item: a department code and a five-digit number ("ABC19042",
 * printed also as "ABC 19107"), or "Report 17012" / "Report No. 17012". Returned in order of first
 * mention, the space dropped.
 */
final class References {
  private static final Pattern CODED = Pattern.compile("\\b([A-Z]{2,5})\\s?(\\d{5})\\b");
  private static final Pattern REPORT = Pattern.compile("\\bReport\\s+(?:No\\.?\\s*|Number\\s+)?(\\d{4,6})\\b");

  private References() {}

  static List<String> find(String text) {
    int digits = longestDigitRun(text); // both patterns need a number: most texts have none so long
    if (digits < 4) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    if (digits >= 5) {
      Matcher m = CODED.matcher(text);
      while (m.find()) {
        out.add(m.group(1) + m.group(2));
      }
    }
    if (text.contains("Report")) {
      Matcher r = REPORT.matcher(text);
      while (r.find()) {
        out.add(r.group(1));
      }
    }
    return List.copyOf(out);
  }

  /** The most ASCII digits in a row in a text (what {@code \\d} matches). */
  private static int longestDigitRun(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
