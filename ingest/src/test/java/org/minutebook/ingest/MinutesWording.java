package org.minutebook.ingest;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The words of synthetic minutes: invented people, bodies, places, topics, sentences, titles and
 * decisions, drawn from a shared {@link Random} so that a seed always gives the same document.
 * Nothing here is copied from real minutes; the names and places are made up.
 */
final class MinutesWording {
  private static final String[] FIRST = {"Maren", "Idris", "Colm", "Ewan", "Yusuf", "Greta", "Lorcan", "Anouk", "Tobias",
      "Rhys", "Saoirse", "Halima", "Oskar", "Delphine", "Callum", "Fergal", "Matthias", "Priya", "Leontine", "Solveig",
      "Tamsin", "Eilidh", "Casimir", "Orla", "Imogen", "Anselm", "Beatrix", "Stellan"};
  private static final String[] LAST = {"Quillfeather", "Ashdown", "Penhallow", "Varga", "Okonjo", "Threlkeld", "Marchetti",
      "Brightwell", "Dunmore", "Kestrel", "Fairbairn", "Lindqvist", "Castellan", "Whitcombe", "Trevanion", "Haldane",
      "Oyelaran", "Sandoval", "Mackintyre", "Rookwood", "Ottoline", "Pennock", "Abernethy", "Kilbride", "Haverly"};
  private static final String[] HONORIFIC = {"Councillor", "Councillor", "Mr", "Mrs", "Ms", "Dr", ""};
  private static final String[] ROLES = {"Head of Parks and Leisure", "Harbour Operations Manager", "Community Wardens Lead",
      "Clerk to the Forum", "Director of Housing", "Youth Services Coordinator", "Fire Station Manager",
      "Neighbourhood Policing Inspector", "Voluntary Sector Representative", "Public Health Consultant",
      "Portfolio Holder for Housing, Regeneration and Coastal Protection"};
  private static final String[][] BODIES = {{"Harbourside Community Safety Forum", "Forum"},
      {"Eastmere Joint Waste Board", "Board"}, {"Kingsholm Parks and Open Spaces Panel", "Panel"},
      {"Northvale Health and Wellbeing Partnership", "Partnership"}, {"Brackenridge Flood Resilience Group", "Group"},
      {"Fellgate Town Centre Partnership Board", "Board"}};
  private static final String[] TOPICS = {"street lighting", "winter gritting", "allotment lettings", "library opening hours",
      "coastal path maintenance", "community transport", "dog fouling enforcement", "the CCTV network",
      "youth club provision", "recycling centre queues", "market square events", "flood warning signage"};
  private static final String[] PLACES = {"Millbrook", "Ashcombe Green", "Tarnside", "Old Quay", "Windle Park",
      "Gorsefield Road", "Sallow Lane"};
  private static final String[] THINGS = {"footbridge", "sea wall", "play area", "car park barrier", "bus shelter", "pump house"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "September",
      "October", "November"};

  private final Random random;
  private final int clockStyle;
  private String shortBody = "Committee";

  /** Words drawn from random; times printed in one of four styles ("10.00 am", "10am", "10:00 am", "10.00am"). */
  MinutesWording(Random random, int clockStyle) {
    this.random = random;
    this.clockStyle = clockStyle;
  }

  String simpleDecision() {
    return pick(new String[] {"RESOLVED that the update on " + pick(TOPICS) + " be noted.",
        "RESOLVED that the report be noted.", "It was AGREED that the " + shortBody + " note the update.",
        "RESOLVED - That the " + pick(TOPICS) + " update be received.", "RESOLVED: That the report be noted.",
        "It was RESOLVED that the " + shortBody + " endorse the approach set out in the report."});
  }

  /** "UPDATE ON STREET LIGHTING" -> "Update on Street Lighting". */
  static String titleCased(String upper) {
    StringBuilder out = new StringBuilder();
    for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
      boolean small = List.of("on", "of", "the", "and", "from", "across", "for").contains(w);
      out.append(out.length() == 0 || !small ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(' ');
    }
    return out.toString().strip().replace("Cctv", "CCTV");
  }

  String actionDecision() {
    return "RESOLVED that the report on " + pick(TOPICS) + " be noted and that " + person() + " circulate the revised "
        + pick(new String[] {"timetable", "costings", "site plan", "risk register"}) + " to members before the "
        + pick(MONTHS) + " meeting.";
  }

  String paragraph() {
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < 2 + random.nextInt(4); i++) {
      sentences.add(sentence());
    }
    return String.join(" ", sentences);
  }

  private String sentence() {
    String s = switch (random.nextInt(6)) {
      case 0 -> person() + " introduced the report on " + pick(TOPICS) + " and explained that " + clause() + ".";
      case 1 -> "Members were informed that " + clause() + ", and that " + clause() + ".";
      case 2 -> "In response to a question from " + person() + ", it was confirmed that " + clause() + ".";
      case 3 -> "The " + shortBody + " heard that " + clause() + ".";
      case 4 -> "There was a discussion about " + pick(TOPICS) + " at " + pick(PLACES) + ", and it was agreed that "
          + person() + " would " + pick(new String[] {"write to the landowner", "arrange a site visit",
          "contact the contractor", "circulate the figures"}) + " before the next meeting.";
      default -> person() + " reported that " + clause() + "; " + clause() + ".";
    };
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String clause() {
    return switch (random.nextInt(7)) {
      case 0 -> "the pilot at " + pick(PLACES) + " had been extended until the end of " + pick(MONTHS);
      case 1 -> (3 + random.nextInt(40)) + " new volunteers had joined the scheme since " + pick(MONTHS);
      case 2 -> "spending on " + pick(TOPICS) + " was expected to stay within budget this year";
      case 3 -> "repairs to the " + pick(THINGS) + " at " + pick(PLACES) + " had been delayed by the weather";
      case 4 -> "complaints about " + pick(TOPICS) + " in " + pick(PLACES) + " had fallen by " + (2 + random.nextInt(30)) + " per cent";
      case 5 -> "a bid for external funding had been submitted in " + pick(MONTHS);
      default -> "officers would meet residents of " + pick(PLACES) + " to discuss " + pick(TOPICS);
    };
  }

  String title() {
    String topic = pick(TOPICS).replaceFirst("^the ", "").toUpperCase(Locale.ROOT);
    return pick(new String[] {"UPDATE ON " + topic, topic + " REPORT", "REVIEW OF " + topic, "CHAIRMAN'S UPDATE",
        "VERBAL UPDATE ON " + topic, "MATTERS ARISING AND ACTION LOG", "ACTION PLAN FOR " + topic});
  }

  /** A title long enough to wrap in any text column. */
  String longTitle() {
    return "PROGRESS REPORT ON THE JOINT COMMISSIONING OF " + pick(TOPICS).replaceFirst("^the ", "").toUpperCase(Locale.ROOT)
        + " SERVICES ACROSS " + pick(PLACES).toUpperCase(Locale.ROOT) + " AND THE WIDER DISTRICT (PHASE TWO)";
  }

  /** Distinct invented names, first and last, no surname twice. */
  List<String> people(int n) {
    List<String> firsts = new ArrayList<>(List.of(FIRST));
    List<String> lasts = new ArrayList<>(List.of(LAST));
    Collections.shuffle(firsts, random);
    Collections.shuffle(lasts, random);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(firsts.get(i % firsts.size()) + " " + lasts.get(i % lasts.size()) + (i >= lasts.size() ? "-" + lasts.get(
          (i * 7 + 3) % lasts.size()) : ""));
    }
    return out;
  }

  String person() {
    String[] forms = {"Councillor", "Mr", "Ms", "the Clerk", ""};
    String form = forms[random.nextInt(forms.length)];
    String last = pick(LAST);
    return form.equals("the Clerk") ? "the Clerk" : form.isEmpty() ? pick(FIRST) + " " + last : form + " " + last;
  }

  String entry(String name, String position) {
    String honorific = pick(HONORIFIC);
    String who = honorific.isEmpty() ? name : honorific + " " + name;
    String role = random.nextInt(3) == 0 ? null : pick(ROLES);
    StringBuilder s = new StringBuilder(who);
    if (role != null) {
      s.append(random.nextBoolean() ? ", (" + role + ")" : " (" + role + ")");
    }
    if (position != null) {
      s.append(' ').append(position);
    }
    return s.toString();
  }

  /** "Councillor A, Mr B and C". */
  String list(List<String> names) {
    List<String> shown = new ArrayList<>();
    for (String n : names) {
      shown.add(pick(new String[] {"Councillor ", "Mr ", "Mrs ", ""}) + n);
    }
    if (shown.size() == 1) {
      return shown.get(0);
    }
    return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
  }

  /** A time as minutes print it, in this document's style: "10.00 am", "10am", "10:00 am", "10.00am". */
  String clock(LocalTime t) {
    int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
    String half = t.getHour() < 12 ? "am" : "pm";
    return switch (clockStyle) {
      case 1 -> t.getMinute() == 0 ? h + half : String.format(Locale.ROOT, "%d.%02d%s", h, t.getMinute(), half);
      case 2 -> String.format(Locale.ROOT, "%d:%02d %s", h, t.getMinute(), half);
      case 3 -> String.format(Locale.ROOT, "%d.%02d%s", h, t.getMinute(), half);
      default -> String.format(Locale.ROOT, "%d.%02d %s", h, t.getMinute(), half);
    };
  }

  String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** A body's full name, remembering its short name ("the Forum") for the sentences that follow. */
  String body() {
    String[] body = BODIES[random.nextInt(BODIES.length)];
    shortBody = body[1];
    return body[0];
  }

  String place() {
    return pick(PLACES);
  }

  /** The texts of a decision's parts, the last ending its sentence. */
  List<String> partTexts() {
    return List.of("the revised plan for " + pick(TOPICS) + " be approved;",
        person() + " report back on the " + pick(TOPICS) + " survey at the next meeting;",
        "officers explore funding for the " + pick(THINGS) + " at " + pick(PLACES) + ".");
  }
}
