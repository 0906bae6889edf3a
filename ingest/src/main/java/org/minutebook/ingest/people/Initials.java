package org.minutebook.ingest.people;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Initials as the Action column prints them ("AB", "CD/EF") and the initials a name can have. */
public final class Initials {
  private static final Pattern ENTRY = Pattern.compile("\\p{Lu}{2,4}");
  /** Initials then the start of the surname, where two people share initials: "KSom", "JBa". */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_A_NAME_LETTER = Pattern.compile("[^\\p{L}'’-]");
  private static final Pattern WITH_SURNAME = Pattern.compile("(\\p{Lu}{1,2})(\\p{Lu}\\p{Ll}{1,4})");

  private Initials() {}

  /** The entries of a cell: "CD/EF" gives CD and EF; "Group" gives Group. */
  public static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : cell.split("[/,&+]|\\s+and\\s+")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** Whether an entry is initials ("AB", or "KSom" with the surname begun), not a word such as "Group". */
  public static boolean areInitials(String entry) {
    return ENTRY.matcher(entry).matches() || WITH_SURNAME.matcher(entry).matches();
  }

  /** Whether a name can be written as the entry: "AB" for "Ann Bell", "KSom" for "Kit Someone". */
  public static boolean match(String entry, String name) {
    Matcher m = WITH_SURNAME.matcher(entry);
    if (m.matches()) {
      String[] words = PersonWords.stripHonorific(name).strip().split("\\s+");
      return words.length >= 2 && words[0].startsWith(m.group(1).substring(0, 1))
          && words[words.length - 1].startsWith(m.group(2));
    }
    return of(name).contains(entry);
  }

  /**
   * The initials a name may be written with: first and last name ("Kit Someone": KS), every part
   * ("Mary Jane Doe": MJD, MD), a double-barrelled surname either way ("Ann Lee-Ray": AL, ALR).
   */
  public static Set<String> of(String name) {
    Set<String> out = new LinkedHashSet<>();
    String[] words = SPACES.split(PersonWords.stripHonorific(name).strip());
    List<String> parts = new ArrayList<>();
    for (String w : words) {
      String clean = NOT_A_NAME_LETTER.matcher(w).replaceAll("");
      if (!clean.isEmpty() && Character.isLetter(clean.charAt(0))) {
        parts.add(clean);
      }
    }
    if (parts.size() < 2) {
      return out;
    }
    String first = letter(parts.get(0));
    String last = parts.get(parts.size() - 1);
    out.add(first + letter(last));
    StringBuilder all = new StringBuilder();
    for (String p : parts) {
      all.append(letter(p));
    }
    out.add(all.toString());
    if (last.contains("-")) {
      StringBuilder barrelled = new StringBuilder(first);
      for (String piece : last.split("-")) {
        if (!piece.isEmpty()) {
          barrelled.append(letter(piece));
        }
      }
      out.add(barrelled.toString());
    }
    return out;
  }

  private static String letter(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT);
  }
}
