package org.minutebook.ingest.sync;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The minutes of a meeting whose site publishes them only as HTML, item by item, in its GetMeeting
 * answer: laid out as one web page of minutes (the committee, "Minutes of the meeting held on",
 * times, venue, who was present and who sent apologies, then each minuted item under its number),
 * so that they are read by the same HTML reader as any minutes page. A pure function of the answer.
 */
public final class MinutesPage {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private MinutesPage() {}

  /** Whether the meeting has minutes in its answer: some item carries minutes text. */
  public static boolean hasMinutes(MeetingDetail meeting) {
    return meeting.items().stream().anyMatch(i -> i.minutesHtml() != null && !i.minutesHtml().isBlank());
  }

  /**
   * Whether the meeting links printed minutes of its own: a minutes document linked to the meeting
   * itself. Minutes linked under an item are, as a rule, an earlier meeting's, up for approval.
   */
  public static boolean linksOwnMinutes(MeetingDetail meeting) {
    List<LinkedDocument> underItems = new ArrayList<>();
    meeting.items().forEach(i -> underItems.addAll(i.documents()));
    return meeting.documents().stream()
        .anyMatch(d -> d.kind().equals("minutes") && underItems.stream().noneMatch(u -> u.url().equals(d.url())));
  }

  /** The page, UTF-8. */
  public static byte[] of(MeetingDetail meeting, String committee) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>");
    String body = committee == null || committee.isBlank() ? meeting.committeeTitle() : committee;
    String day = DAY.format(meeting.date());
    html.append(escape("Minutes of " + (body == null ? "the meeting" : body) + ", " + day)).append("</title></head><body>\n");
    if (body != null && !body.isBlank()) {
      html.append("<h1>").append(escape(body)).append("</h1>\n");
    }
    html.append("<h2>Minutes of the meeting held on ").append(escape(day)).append("</h2>\n");
    MeetingTimes t = meeting.times();
    String start = first(t.actualStart(), t.scheduled());
    if (start != null) {
      html.append("<p>Time of commencement: ").append(escape(start));
      if (t.actualFinish() != null) {
        html.append("<br>Time of conclusion: ").append(escape(t.actualFinish()));
      }
      html.append("</p>\n");
    }
    if (meeting.venue() != null && !meeting.venue().isBlank()) {
      html.append("<p>Venue: ").append(escape(meeting.venue())).append("</p>\n");
    }
    List<String> present = new ArrayList<>();
    List<String> apologies = new ArrayList<>();
    List<String> inAttendance = new ArrayList<>();
    for (Attendee a : meeting.attendees()) {
      String attendance = a.attendance() == null ? "" : a.attendance().toLowerCase(Locale.ROOT);
      String role = a.role() == null ? "" : a.role().strip();
      String name = a.name().strip() + (role.toLowerCase(Locale.ROOT).matches(".*\\b(chair|chairman|vice-chair|vice chair)\\b.*")
          ? " (" + role + ")" : "");
      if (attendance.contains("apolog")) {
        apologies.add(name);
      } else if (attendance.contains("in attendance") || role.equalsIgnoreCase("officer")) {
        inAttendance.add(name);
      } else if (attendance.contains("present") || attendance.contains("substitute") || attendance.contains("virtual")) {
        present.add(name);
      }
      // "Expected" (the meeting has not happened) and "Absent" are not attendance of the minutes
    }
    list(html, "Present", present);
    list(html, "Also Present", inAttendance);
    list(html, "Apologies", apologies);
    for (AgendaItem item : meeting.items()) {
      if (item.minutesHtml() == null || item.minutesHtml().isBlank()) {
        continue;
      }
      html.append("<h3>");
      if (item.number() != null && !item.number().isBlank()) {
        html.append(escape(item.number().strip())).append(". ");
      }
      html.append(escape(item.title() == null ? "" : item.title().strip())).append("</h3>\n");
      // the site's own HTML of the minute, as it publishes it on its page
      html.append("<div>").append(item.minutesHtml()).append("</div>\n");
    }
    html.append("</body></html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void list(StringBuilder html, String label, List<String> names) {
    if (!names.isEmpty()) {
      html.append("<p>").append(label).append(": ").append(escape(String.join(", ", names))).append("</p>\n");
    }
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : null;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
