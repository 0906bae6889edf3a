package org.minutebook.ingest.sync;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text fields of an answer (titles, names, venues) as people read them. Sites escape some
 * titles twice, so after XML has decoded {@code &amp;#39;} there is still an HTML {@code &#39;}
 * left: HTML character references are decoded until none are left (at most three rounds), no-break
 * spaces become spaces and runs of white space one space.
 */
final class SiteText {
  private static final Pattern REFERENCE = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}));");
  /** The named references found in council titles; others are left as written. */
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"),
      Map.entry("rdquo", "\u201d"), Map.entry("ldquo", "\u201c"), Map.entry("ndash", "\u2013"),
      Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("pound", "\u00a3"),
      Map.entry("euro", "\u20ac"), Map.entry("middot", "\u00b7"), Map.entry("bull", "\u2022"),
      Map.entry("copy", "\u00a9"), Map.entry("eacute", "\u00e9"), Map.entry("acirc", "\u00e2"),
      Map.entry("ecirc", "\u00ea"), Map.entry("ocirc", "\u00f4"), Map.entry("wcirc", "\u0175"),
      Map.entry("ycirc", "\u0177"), Map.entry("shy", ""));

  private SiteText() {}

  /** The text as read, or null when there is nothing but white space. */
  static String plain(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw;
    for (int round = 0; round < 3 && s.indexOf('&') >= 0; round++) {
      String decoded = decode(s);
      if (decoded.equals(s)) {
        break;
      }
      s = decoded;
    }
    s = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? null : s;
  }

  private static String decode(String s) {
    Matcher m = REFERENCE.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String replacement(Matcher m) {
    if (m.group(3) != null) {
      return NAMED.getOrDefault(m.group(3), m.group());
    }
    int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
    return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : m.group();
  }
}
