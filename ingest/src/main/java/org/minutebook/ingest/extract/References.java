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
    Set<String> out = new LinkedHashSet<>();
    Matcher m = CODED.matcher(text);
    while (m.find()) {
      out.add(m.group(1) + m.group(2));
    }
    Matcher r = REPORT.matcher(text);
    while (r.find()) {
      out.add(r.group(1));
    }
    return List.copyOf(out);
  }
}
