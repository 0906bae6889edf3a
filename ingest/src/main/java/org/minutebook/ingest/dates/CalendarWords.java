package org.minutebook.ingest.dates;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names of months and weekdays as minutes print them, spelled here and nowhere else: in English
 * in full ("January", "Thursday"), their short forms ("Jan", "Sept", "Tues", "Thurs") and the Welsh
 * month names ("Ionawr" ... "Rhagfyr"). The English names in full are java.time's constants'.
 *
 * <p>The fragments are regular-expression source without capturing groups and without the full
 * stop a short form may carry, for a stage to embed in its own pattern, in the order a pattern
 * should try them (a name in full before its short form, "Sept" before "Sep"). Their words are
 * capitalised; a pattern compiled with {@code (?i)} reads them in any case.
 */
public final class CalendarWords {
  /** Short forms of the English month names, each the start of its name ("May" is never short). */
  private static final List<String> MONTH_SHORT = List.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec");
  /** The Welsh month names, January's first. */
  private static final List<String> WELSH_MONTHS = List.of(
      "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr");
  /** Short forms of the English weekday names, each the start of its name. */
  private static final List<String> WEEKDAY_SHORT = List.of("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun");

  private static final List<String> MONTHS = Stream.of(Month.values()).map(m -> capitalised(m.name())).toList();
  private static final List<String> WEEKDAYS = Stream.of(DayOfWeek.values()).map(d -> capitalised(d.name())).toList();

  /** An English month name in full: {@code January}. */
  public static final String MONTH = alternation(MONTHS);
  /** A month as printed: English in full or short, or Welsh ({@code January}, {@code Sept}, {@code Medi}). */
  public static final String ANY_MONTH = alternation(Stream.of(MONTHS, MONTH_SHORT, WELSH_MONTHS).flatMap(List::stream).toList());
  /** An English weekday name in full: {@code Thursday}. */
  public static final String WEEKDAY = alternation(WEEKDAYS);
  /** A weekday as printed: in full or short ({@code Thursday}, {@code Thurs}, {@code Thu}). */
  public static final String ANY_WEEKDAY = alternation(Stream.of(WEEKDAYS, WEEKDAY_SHORT).flatMap(List::stream).toList());

  private static final Map<String, Month> MONTH_OF = byWord(Month.values(), MONTH_SHORT, WELSH_MONTHS);
  private static final Map<String, DayOfWeek> WEEKDAY_OF = byWord(DayOfWeek.values(), WEEKDAY_SHORT, List.of());

  private CalendarWords() {}

  /**
   * The month a printed word names ("january", "Sept.", "Mawrth"), in any case and with or
   * without a full stop; empty for any other word.
   */
  public static Optional<Month> month(String word) {
    return Optional.ofNullable(MONTH_OF.get(key(word)));
  }

  /** The weekday a printed word names ("Thursday", "THURS", "Tue."); empty for any other word. */
  public static Optional<DayOfWeek> weekday(String word) {
    return Optional.ofNullable(WEEKDAY_OF.get(key(word)));
  }

  /**
   * Each constant by its English name in full and by its short forms (each the start of one name),
   * and by the names in another language, in the constants' order.
   */
  private static <E extends Enum<E>> Map<String, E> byWord(E[] constants, List<String> shortForms, List<String> translated) {
    Map<String, E> out = new HashMap<>();
    for (E e : constants) {
      out.put(key(e.name()), e);
    }
    for (String s : shortForms) {
      out.put(key(s), Stream.of(constants).filter(e -> key(e.name()).startsWith(key(s))).findFirst().orElseThrow());
    }
    for (int i = 0; i < translated.size(); i++) {
      out.put(key(translated.get(i)), constants[i]);
    }
    return Map.copyOf(out);
  }

  /** A word as looked up: lower case, without a trailing full stop. */
  private static String key(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  private static String capitalised(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String alternation(List<String> words) {
    return words.stream().collect(Collectors.joining("|", "(?:", ")"));
  }
}
