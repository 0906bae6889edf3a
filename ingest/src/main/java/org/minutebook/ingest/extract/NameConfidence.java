package org.minutebook.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.minutebook.ingest.label.LabelledRow;
import org.minutebook.ingest.text.Word;
import org.minutebook.model.Attendance;
import org.minutebook.model.Person;

/**
 * How sure OCR was of each name in the attendance: the mean confidence of the printed words the
 * name was read from. Names are read from text joined across lines and cells, so the words are
 * found again in the rows: the first line holding the name's words one after another, else each
 * word's first occurrence. A name whose words are not all found keeps no confidence.
 *
 * <p>Pure; rows with no word read by OCR leave the attendance as it is.
 */
public final class NameConfidence {
  private NameConfidence() {}

  /** The attendance with a confidence on each person found in the rows' OCR'd words. */
  public static Attendance mark(Attendance attendance, List<LabelledRow> rows) {
    List<List<String>> lines = new ArrayList<>();
    List<List<Word>> words = new ArrayList<>();
    for (LabelledRow r : rows) {
      List<String> keys = new ArrayList<>();
      List<Word> read = new ArrayList<>();
      for (Word w : r.words()) {
        String key = key(w.text());
        if (w.ocr() && !key.isEmpty()) {
          keys.add(key);
          read.add(w);
        }
      }
      if (!read.isEmpty()) {
        lines.add(keys);
        words.add(read);
      }
    }
    if (lines.isEmpty()) {
      return attendance;
    }
    return attendance.withPeople(p -> {
      Double confidence = confidence(p.name(), lines, words);
      return confidence == null ? p : p.withOcrConfidence(confidence);
    });
  }

  private static Double confidence(String name, List<List<String>> lines, List<List<Word>> words) {
    List<String> wanted = new ArrayList<>();
    for (String part : name.split("\\s+")) {
      String key = key(part);
      if (!key.isEmpty()) {
        wanted.add(key);
      }
    }
    if (wanted.isEmpty()) {
      return null;
    }
    for (int l = 0; l < lines.size(); l++) {
      int at = Collections.indexOfSubList(lines.get(l), wanted);
      if (at >= 0) {
        return mean(words.get(l).subList(at, at + wanted.size()));
      }
    }
    List<Word> found = new ArrayList<>();
    for (String key : wanted) {
      Word first = first(key, lines, words);
      if (first == null) {
        return null;
      }
      found.add(first);
    }
    return mean(found);
  }

  private static Word first(String key, List<List<String>> lines, List<List<Word>> words) {
    for (int l = 0; l < lines.size(); l++) {
      int at = lines.get(l).indexOf(key);
      if (at >= 0) {
        return words.get(l).get(at);
      }
    }
    return null;
  }

  private static double mean(List<Word> words) {
    double sum = 0;
    for (Word w : words) {
      sum += w.confidence();
    }
    return sum / words.size();
  }

  /** A word as a name's part: its letters and digits, lower case ("Smith," and "smith" match). */
  private static String key(String word) {
    StringBuilder out = new StringBuilder(word.length());
    word.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
