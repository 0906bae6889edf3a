package org.minutebook.ingest.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.Person;

/**
 * Reads a person as attendance lists print them: "Councillor Jane Holt ((Portfolio Holder ...))
 * (Chairman)", "Ann Shaw, (Director of Housing)", "Lee Marsh, Parks &amp;
 * Open Spaces", "Mr T J Harper (Chairman)", "Detective Superintendent Sam Price".
 *
 * <p>Honorifics are split off the front of the name, honours (OBE, JP ...) off its end; a
 * bracketed "Chairman"/"Vice-Chairman" becomes the position, other bracketed text the role. The
 * name's initials in brackets ("Ann Other (AO)") identify her and are not kept; words printed
 * after them are her role ("Ann Other (AO) CLERK").
 */
public final class PersonParser {
  private static final Pattern HONOURS = Pattern.compile("(?:,?\\s+" + PersonWords.HONOUR + ")+$");
  private static final Pattern POSITION = Pattern.compile(
      "(?i)^\\s*(vice[- ]?chair(?:man|person|woman)?|deputy\\s+chair(?:man|person|woman)?|chair(?:man|person|woman)?|in\\s+the\\s+chair)\\s*$");

  /** A name, its initials in brackets as an identifier ("(AS)"), and what follows them. */
  private static final Pattern IDENTIFIER = Pattern.compile("^([^()\\[\\]]+?)\\s*\\((\\p{Lu}{2,4})\\)(.*)$");

  private PersonParser() {}

  /** The person in one attendance entry, or null when it names nobody. */
  public static Person parse(String entry) {
    String s = entry.strip().replaceAll("\\s+", " ").replaceAll("[;,.]+$", "");
    String position = null;
    String role = null;
    // "Ann Other (AO) CLERK": the bracketed initials name her, the words after them are her role
    Matcher id = IDENTIFIER.matcher(s);
    if (id.matches() && Initials.match(id.group(2), id.group(1))) {
      String after = id.group(3).strip();
      s = id.group(1) + (after.startsWith("(") || after.startsWith("[") ? " " + after : "");
      role = after.isEmpty() || after.startsWith("(") || after.startsWith("[") ? null : after;
    }
    List<String> groups = new ArrayList<>();
    String outside = brackets(s, groups);
    for (String g : groups) {
      Matcher p = POSITION.matcher(g);
      if (p.matches() && position == null) {
        position = normalisePosition(p.group(1));
      } else if (role == null && !g.isBlank()) {
        role = g.strip();
      }
    }
    String name = HONOURS.matcher(outside.strip()).replaceAll("").strip();
    int comma = name.indexOf(',');
    if (comma >= 0) {
      String rest = name.substring(comma + 1).strip();
      name = name.substring(0, comma).strip();
      if (!rest.isEmpty()) {
        Matcher p = POSITION.matcher(rest);
        if (p.matches() && position == null) {
          position = normalisePosition(p.group(1));
        } else if (role == null) {
          role = rest;
        }
      }
    }
    name = name.replaceAll("\\s*[-–—:]\\s*$", "");
    Matcher h = PersonWords.LEADING.matcher(name);
    String honorific = null;
    if (h.find() && h.end() < name.length()) {
      honorific = capitalise(h.group(1).strip());
      name = name.substring(h.end()).strip();
    }
    name = HONOURS.matcher(name).replaceAll("").strip();
    if (!looksLikeName(name)) {
      return null;
    }
    return new Person(name, honorific, role, position, null);
  }

  /** Whether text reads as a person's name: one to five words, capitalised, no digits. */
  public static boolean looksLikeName(String name) {
    if (name.isEmpty() || name.length() > 60 || name.matches(".*\\d.*")) {
      return false;
    }
    String[] words = name.split(" ");
    if (words.length > 5) {
      return false;
    }
    for (String word : words) {
      String w = word.replaceAll("^[“”\"'‘’(]+", ""); // a nickname in quotes: Samuel “Sam” Person
      if (w.isEmpty() || !(Character.isUpperCase(w.codePointAt(0)) || PersonWords.isParticle(w))) {
        return false;
      }
    }
    return true;
  }

  private static String normalisePosition(String p) {
    String k = p.toLowerCase(Locale.ROOT).replace(' ', '-');
    if (k.startsWith("vice") || k.startsWith("deputy")) {
      return k.contains("man") ? "Vice-Chairman" : "Vice-Chair";
    }
    if (k.startsWith("in-the")) {
      return "Chairman";
    }
    return k.equals("chairman") ? "Chairman" : capitalise(p);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Text outside brackets; each top-level bracket group's content (inner brackets removed) added to groups. */
  private static String brackets(String s, List<String> groups) {
    StringBuilder outside = new StringBuilder();
    StringBuilder inside = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        if (depth > 0 && inside.length() > 0) {
          inside.append(c);
        }
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
        if (depth == 0) {
          groups.add(inside.toString().replaceAll("^[(\\s]+|[)\\s]+$", "").strip());
          inside.setLength(0);
        } else if (inside.length() > 0) {
          inside.append(c);
        }
      } else if (depth > 0) {
        inside.append(c);
      } else {
        outside.append(c);
      }
    }
    if (depth > 0 && inside.length() > 0) {
      groups.add(inside.toString().strip());
    }
    return outside.toString().replaceAll("\\s+", " ");
  }
}
