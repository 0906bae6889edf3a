package org.minutebook.ingest.sync;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinutesPageTest {
  private static final LinkedDocument PRINTED = new LinkedDocument("Printed minutes", URI.create("https://x.example/a.pdf"), "minutes");
  private static final LinkedDocument EARLIER = new LinkedDocument("Minutes 25 Nov 2025", URI.create("https://x.example/b.pdf"), "minutes");

  private static MeetingDetail meeting(List<LinkedDocument> documents, List<AgendaItem> items) {
    return new MeetingDetail(7, null, "Audit & Standards", LocalDate.of(2026, 2, 10), new MeetingTimes("6.00 pm", "6.05 pm", null, "7.40 pm"),
        "Room 1", "Confirmed", items, documents,
        List.of(new Attendee("Councillor Ann Field", "Chair", "Present, as expected"), new Attendee("Councillor Ben Ward", "Committee Member", "Apologies"),
            new Attendee("Cara Hill", "Officer", "In attendance"), new Attendee("Councillor Dan Moss", "Committee Member", "Expected")));
  }

  @Test
  void thePageCarriesTheHeadingTimesAttendanceAndEachMinutedItem() {
    AgendaItem minuted = new AgendaItem("12", "Internal audit <plan>", "<p>RESOLVED that the plan be approved.</p>", List.of());
    AgendaItem notMinuted = new AgendaItem("13", "Any other business", null, List.of());
    String html = new String(MinutesPage.of(meeting(List.of(), List.of(minuted, notMinuted)), null), UTF_8);
    assertTrue(html.contains("<h1>Audit &amp; Standards</h1>"), html);
    assertTrue(html.contains("Minutes of the meeting held on 10 February 2026"), html);
    assertTrue(html.contains("Time of commencement: 6.05 pm<br>Time of conclusion: 7.40 pm"), html);
    assertTrue(html.contains("<p>Present: Councillor Ann Field (Chair)</p>"), html);
    assertTrue(html.contains("<p>Also Present: Cara Hill</p>"), html);
    assertTrue(html.contains("<p>Apologies: Councillor Ben Ward</p>"), html);
    assertFalse(html.contains("Dan Moss"), "expected is not attendance");
    assertTrue(html.contains("<h3>12. Internal audit &lt;plan&gt;</h3>\n<div><p>RESOLVED that the plan be approved.</p></div>"), html);
    assertFalse(html.contains("Any other business"), "an item without minutes is left out");
  }

  @Test
  void printedMinutesOfTheMeetingItselfTakePrecedenceOverMinutesOfAnEarlierOneUnderAnItem() {
    AgendaItem minutes = new AgendaItem("1", "Minutes", "<p>Agreed.</p>", List.of(EARLIER));
    assertTrue(MinutesPage.hasMinutes(meeting(List.of(EARLIER), List.of(minutes))));
    assertFalse(MinutesPage.linksOwnMinutes(meeting(List.of(EARLIER), List.of(minutes))), "minutes under an item are an earlier meeting's");
    assertTrue(MinutesPage.linksOwnMinutes(meeting(List.of(PRINTED, EARLIER), List.of(minutes))));
    assertFalse(MinutesPage.hasMinutes(meeting(List.of(), List.of(new AgendaItem("1", "Minutes", " ", List.of())))));
  }
}
