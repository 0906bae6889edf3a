package org.minutebook.ingest.sync;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.sync.SiteResponseException.Reason;

class ModernGovReaderTest {
  private final ModernGovReader gloucester = new ModernGovReader(ModernGovSite.of("democracy.gloucester.gov.uk"));
  private final ModernGovReader manchester = new ModernGovReader(ModernGovSite.of("democracy.manchester.gov.uk"));

  // --- GetCommittees

  @Test
  void readsEveryCommitteeOfGloucester() throws Exception {
    List<Committee> all = gloucester.committees(Fixtures.bytes("gloucester/GetCommittees.xml"));
    assertEquals(131, all.size());
    assertEquals(new Committee(129, "Cabinet", false, false, "Cabinet"), byId(all, 129));
    assertEquals(new Committee(123, "Airport Sub Committee", false, true, null), byId(all, 123));
    assertEquals(new Committee(487, "Audit and Governance Committee", false, false, "Regulatory and Other Committees"),
        byId(all, 487));
    assertEquals(all.size(), all.stream().map(Committee::id).distinct().count());
  }

  @Test
  void readsTheCommitteesOfManchester() throws Exception {
    assertEquals(List.of(
        new Committee(312, "Appointment Sub Committee for Director of Adult Social Services", false, true,
            "Governance and Decision Making Committees"),
        new Committee(163, "Art Galleries Committee", false, false, "Governance and Decision Making Committees"),
        new Committee(144, "Audit Committee", false, false, "Governance and Decision Making Committees")),
        manchester.committees(Fixtures.bytes("lgsf/committees.xml")));
  }

  // --- GetMeetings

  @Test
  void readsACommitteesMeetings() throws Exception {
    List<MeetingSummary> all = gloucester.meetings(Fixtures.bytes("gloucester/GetMeetings.xml"));
    assertEquals(20, all.size());
    assertEquals(new MeetingSummary(7217, 129, LocalDate.of(2024, 1, 10), "6.00 pm", "Confirmed"), all.get(0));
    assertEquals(new MeetingSummary(7506, 129, LocalDate.of(2024, 6, 12), "6.00 pm", "Cancelled"), all.get(3));
    assertEquals(new MeetingSummary(7837, 129, LocalDate.of(2025, 11, 21), "12.30 pm", "Confirmed; Special Meeting"),
        all.get(18));
  }

  @Test
  void keepsOnlyTheMeetingsInRangeWhateverTheSiteSent() throws Exception {
    DateRange firstHalf = new DateRange(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 6, 11));
    List<MeetingSummary> in = gloucester.meetings(Fixtures.bytes("gloucester/GetMeetings.xml"), firstHalf);
    assertEquals(List.of(7512, 7513, 7514, 7515, 7605), in.stream().map(MeetingSummary::id).toList());
    DateRange none = new DateRange(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1));
    assertEquals(List.of(), gloucester.meetings(Fixtures.bytes("gloucester/GetMeetings.xml"), none));
  }

  @Test
  void readsManchestersMeetings() throws Exception {
    assertEquals(List.of(
        new MeetingSummary(4966, 144, LocalDate.of(2026, 1, 13), "10.00 am", "Cancelled"),
        new MeetingSummary(4967, 144, LocalDate.of(2026, 2, 10), "10.00 am", "Confirmed")),
        manchester.meetings(Fixtures.bytes("lgsf/meetings.xml")));
  }

  // --- GetMeeting

  @Test
  void readsAMeetingOfGloucester() throws Exception {
    MeetingDetail m = gloucester.meeting(Fixtures.bytes("gloucester/GetMeeting_7837.xml"));
    assertEquals(7837, m.id());
    assertNull(m.committeeId(), "GetMeeting carries no committee id");
    assertEquals("Cabinet", m.committeeTitle());
    assertEquals(LocalDate.of(2025, 11, 21), m.date());
    assertEquals(new MeetingTimes("12.30 pm", "12.30 pm", "4.30 pm", "5.05 pm"), m.times());
    assertEquals("Civic Suite, North Warehouse, The Docks, Gloucester, GL1 2EP", m.venue());
    assertEquals("Confirmed; Special Meeting", m.status());
    assertEquals(List.of("51", "52", "53", "54", "55"), m.items().stream().map(AgendaItem::number).toList());
    assertEquals(List.of("Declarations of Interest", "Public Question Time (15 minutes)",
        "Petitions and Deputations (15 minutes)", "Leader and Cabinet Members' Question Time (15 minutes)",
        "Final Proposals for Local Government Reorganisation in Gloucestershire"),
        m.items().stream().map(AgendaItem::title).toList());
  }

  @Test
  void attachesEachItemsMinutesAsHtml() throws Exception {
    MeetingDetail m = gloucester.meeting(Fixtures.bytes("gloucester/GetMeeting_7837.xml"));
    assertEquals("<div class=\"WordSection1\">\n<p class=\"MsoNormal\">There were no declarations of interest.</p>\n</div>",
        m.items().get(0).minutesHtml());
    String last = m.items().get(4).minutesHtml();
    assertTrue(last.startsWith("<div class=\"WordSection1\">"), last);
    assertTrue(last.contains("<b style=\"\">RESOLVED</b>"), "tags are real tags");
    assertTrue(last.contains("Gloucester&rsquo;s"), "HTML entities are left for an HTML reader");
    assertTrue(last.contains("Final Proposal to the Secretary of State"), "the minutes, not only the decision");
    assertFalse(last.contains("&lt;"));
  }

  @Test
  void linksEachItemsDocumentsAndListsThemOnceForTheMeeting() throws Exception {
    MeetingDetail m = gloucester.meeting(Fixtures.bytes("gloucester/GetMeeting_7837.xml"));
    assertEquals(List.of(), m.items().get(0).documents());
    assertEquals(List.of(new LinkedDocument("Cabinet - Public Questions",
        URI.create("https://democracy.gloucester.gov.uk/mgConvert2PDF.aspx?ID=65461"), "other")),
        m.items().get(1).documents());
    assertEquals(6, m.items().get(4).documents().size());
    assertEquals("Appendix 3B Inner Circle Report: A Case for Cities", m.items().get(4).documents().get(4).title());
    assertEquals(7, m.documents().size());
    assertEquals(List.of(65461, 65412, 65413, 65414, 65415, 65416, 65417), m.documents().stream()
        .map(d -> Integer.parseInt(d.url().getQuery().replace("ID=", ""))).toList());
    assertTrue(m.documents().stream().allMatch(d -> d.url().getHost().equals("democracy.gloucester.gov.uk")));
  }

  @Test
  void listsMembersAndOfficersWithTheirRoleAndAttendance() throws Exception {
    List<Attendee> people = gloucester.meeting(Fixtures.bytes("gloucester/GetMeeting_7837.xml")).attendees();
    assertEquals(13, people.size());
    assertEquals(new Attendee("Councillor Jeremy Hilton", "Chair", "Present, as expected"), people.get(0));
    assertEquals(new Attendee("Councillor Declan Wilson", "Vice-Chair", "Present, as expected"), people.get(1));
    assertEquals(new Attendee("Jon McGinty", "Officer", "In attendance"), people.get(7));
    assertEquals(new Attendee("David Rice", "Officer", "In attendance"), people.get(12));
  }

  @Test
  void readsAMeetingOfManchesterWhoseMinutesItemLinksThePreviousMinutes() throws Exception {
    MeetingDetail m = manchester.meeting(Fixtures.bytes("lgsf/meeting_with_minutes.xml"));
    assertEquals(4967, m.id());
    assertEquals("Audit Committee", m.committeeTitle());
    assertEquals(new MeetingTimes("10.00 am", null, "2.00 pm", null), m.times());
    assertEquals("Council Antechamber, Level 2, Town Hall Extension", m.venue());
    assertEquals(List.of("1", "9"), m.items().stream().map(AgendaItem::number).toList());
    assertEquals(List.of(
        new LinkedDocument("6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025",
            URI.create("https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860"), "minutes"),
        new LinkedDocument("DRAFT WP FEBRUARY 2026",
            URI.create("https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909"), "other")),
        m.documents());
    assertTrue(m.items().get(1).minutesHtml().contains("future Work\nProgramme"));
    assertEquals(List.of(new Attendee("Councillor Basil Curley", "Committee Member", "Expected")), m.attendees());
  }

  // --- every fixture is read, or refused for its reason

  /** What each recorded file is: the call whose answer it is, or the reason every call refuses it. */
  private static final Map<String, String> EXPECTED = Map.of(
      "gloucester/GetCommittees.xml", "committees",
      "gloucester/GetMeetings.xml", "meetings",
      "gloucester/GetMeeting_7837.xml", "meeting",
      "lgsf/committees.xml", "committees",
      "lgsf/meetings.xml", "meetings",
      "lgsf/meeting_with_minutes.xml", "meeting",
      "lgsf/modgov_decisions_list.html", "UNEXPECTED",
      "lgsf/modgov_decision_detail.html", "MALFORMED",
      "lgsf/cmis_detail_with_minutes.html", "MALFORMED");

  private static final List<String> READS = List.of("committees", "meetings", "meeting");

  @Test
  void everyFixtureIsReadByItsCallAndRefusedByTheOthers() throws Exception {
    for (String file : fixtureFiles()) {
      String expected = EXPECTED.get(file);
      assertTrue(expected != null, "a fixture nobody reads; add it to EXPECTED: " + file);
      byte[] body = Fixtures.bytes(file);
      for (String call : READS) {
        if (call.equals(expected)) {
          assertFalse(read(call, body).isEmpty(), file);
        } else {
          SiteResponseException e = assertThrows(SiteResponseException.class, () -> read(call, body), file + " as " + call);
          Reason reason = READS.contains(expected) ? Reason.UNEXPECTED : Reason.valueOf(expected);
          assertEquals(reason, e.reason(), file + " as " + call + ": " + e.getMessage());
        }
      }
    }
  }

  @Test
  void namesWhatWasWrong() {
    SiteResponseException wrongCall = assertThrows(SiteResponseException.class,
        () -> gloucester.meeting(Fixtures.bytes("gloucester/GetMeetings.xml")));
    assertEquals("GetMeeting: not the answer to the call (expected <meeting>, found <getmeetings>)", wrongCall.getMessage());
    assertEquals("GetMeeting", wrongCall.call());
    SiteResponseException html = assertThrows(SiteResponseException.class,
        () -> gloucester.committees(Fixtures.bytes("lgsf/cmis_detail_with_minutes.html")));
    assertTrue(html.getMessage().contains("HTML page"), html.getMessage());
  }

  @Test
  void refusesEmptyAndCutShortAnswers() {
    assertEquals(Reason.EMPTY, refusal(new byte[0]));
    assertEquals(Reason.EMPTY, refusal(" \r\n".getBytes(UTF_8)));
    byte[] whole = Fixtures.bytes("gloucester/GetMeeting_7837.xml");
    SiteResponseException cut = assertThrows(SiteResponseException.class,
        () -> gloucester.meeting(Arrays.copyOf(whole, 1200)));
    assertEquals(Reason.MALFORMED, cut.reason());
    assertTrue(cut.getMessage().contains("line "), cut.getMessage());
    assertEquals(Reason.MALFORMED, refusal("%PDF-1.7 binary".getBytes(UTF_8)));
    assertEquals(Reason.MALFORMED, refusal("<!DOCTYPE html><html><body>Access denied</body></html>".getBytes(UTF_8)));
  }

  @Test
  void neverReadsExternalEntities(@TempDir Path dir) throws IOException, URISyntaxException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP SECRET", UTF_8);
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE committees [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + "<committees><committee><committeeid>1</committeeid><committeetitle>&x;</committeetitle></committee></committees>";
    SiteResponseException e = assertThrows(SiteResponseException.class, () -> gloucester.committees(xxe.getBytes(UTF_8)));
    assertEquals(Reason.MALFORMED, e.reason());
    assertFalse(e.getMessage().contains("TOP SECRET"));
  }

  @Test
  void anEntryWithoutItsIdOrDateIsRefused() {
    SiteResponseException noId = assertThrows(SiteResponseException.class, () -> gloucester.committees(
        "<committees><committee><committeetitle>A</committeetitle></committee></committees>".getBytes(UTF_8)));
    assertEquals(Reason.INVALID, noId.reason());
    assertTrue(noId.getMessage().contains("committee 1 has no committeeid"), noId.getMessage());
    SiteResponseException badDate = assertThrows(SiteResponseException.class, () -> gloucester.meetings(
        ("<getmeetings><committee><committeeid>9</committeeid><committeemeetings><meeting><meetingid>5</meetingid>"
            + "<meetingdate>2025-11-21</meetingdate></meeting></committeemeetings></committee></getmeetings>").getBytes(UTF_8)));
    assertEquals(Reason.INVALID, badDate.reason());
    assertTrue(badDate.getMessage().contains("meeting 5: meetingdate \"2025-11-21\" is not a dd/mm/yyyy date"),
        badDate.getMessage());
    SiteResponseException badId = assertThrows(SiteResponseException.class, () -> gloucester.meeting(
        "<meeting><meetingid>x7</meetingid><meetingdate>21/11/2025</meetingdate></meeting>".getBytes(UTF_8)));
    assertTrue(badId.getMessage().contains("meetingid \"x7\" is not an id"), badId.getMessage());
  }

  // --- leniency

  @Test
  void aBareMeetingHasNullsAndEmptyLists() throws Exception {
    MeetingDetail m = gloucester.meeting(
        "<meeting><meetingid>7</meetingid><meetingdate>01/02/2025</meetingdate><meetingroom>\n</meetingroom></meeting>".getBytes(UTF_8));
    assertEquals(new MeetingDetail(7, null, null, LocalDate.of(2025, 2, 1), new MeetingTimes(null, null, null, null),
        null, null, List.of(), List.of(), List.of()), m);
  }

  @Test
  void decodesTitlesEscapedTwiceAndDeduplicatesLinks() throws Exception {
    String xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <meeting xmlns="http://moderngov.co.uk/namespaces">
          <meetingid>8</meetingid><committeeid>129</committeeid><committeetitle>Planning &amp;amp; Licensing</committeetitle>
          <meetingdate>01/02/2025</meetingdate>
          <meetingroom><roomtitle>Room 1</roomtitle></meetingroom>
          <linkeddocuments>
            <linkeddoc><title>Agenda frontsheet</title><url>mgConvert2PDF.aspx?ID=1</url></linkeddoc>
            <linkeddoc><title>Public reports pack</title><url>documents/g8/Public reports pack 01st-Feb-2025.pdf</url></linkeddoc>
            <linkeddoc><title>Printed minutes</title><url>https://Democracy.Gloucester.gov.uk/documents/g8/Printed minutes.pdf</url></linkeddoc>
          </linkeddocuments>
          <agendaitems>
            <agendaitem>
              <agendaitemtitle>Members&amp;#39; items &amp;amp;amp; &amp;rsquo;questions&amp;rsquo;</agendaitemtitle>
              <minutesitemnumber>12</minutesitemnumber><minutesitemsubnumber>a</minutesitemsubnumber>
              <minutesnonemptyhtmlbody>
              </minutesnonemptyhtmlbody>
              <linkeddocuments>
                <linkeddoc><title>Report</title><attachmentid>5</attachmentid></linkeddoc>
                <linkeddoc><title>Report again</title><url>https://democracy.gloucester.gov.uk/mgConvert2PDF.aspx?ID=5</url></linkeddoc>
                <linkeddoc><title>Agenda frontsheet (again)</title><url>mgConvert2PDF.aspx?ID=1</url></linkeddoc>
                <linkeddoc><title>Mail us</title><url>mailto:someone@example.org</url></linkeddoc>
                <linkeddoc><title>Decision notice</title><url>mgConvert2PDF.aspx?ID=6</url><isdecisionattachment>False</isdecisionattachment></linkeddoc>
                <linkeddoc><title>Appendix</title><url>mgConvert2PDF.aspx?ID=7</url><isdecisionattachment>True</isdecisionattachment></linkeddoc>
              </linkeddocuments>
            </agendaitem>
          </agendaitems>
          <attendees><attendee><name>Jane Doe</name><roledescription>Officer</roledescription></attendee><attendee name=" "/></attendees>
        </meeting>
        """;
    MeetingDetail m = gloucester.meeting(xml.getBytes(UTF_8));
    assertEquals(129, m.committeeId());
    assertEquals("Planning & Licensing", m.committeeTitle());
    assertEquals("Room 1", m.venue());
    AgendaItem item = m.items().get(0);
    assertEquals("12a", item.number());
    assertEquals("Members' items & \u2019questions\u2019", item.title());
    assertNull(item.minutesHtml());
    assertEquals(List.of("Report", "Agenda frontsheet (again)", "Decision notice", "Appendix"),
        item.documents().stream().map(LinkedDocument::title).toList());
    assertEquals(List.of("agenda", "pack", "minutes", "other", "decision", "decision"),
        m.documents().stream().map(LinkedDocument::kind).toList());
    assertEquals(List.of("https://democracy.gloucester.gov.uk/mgConvert2PDF.aspx?ID=1",
        "https://democracy.gloucester.gov.uk/documents/g8/Public%20reports%20pack%2001st-Feb-2025.pdf",
        "https://democracy.gloucester.gov.uk/documents/g8/Printed%20minutes.pdf",
        "https://democracy.gloucester.gov.uk/mgConvert2PDF.aspx?ID=5",
        "https://democracy.gloucester.gov.uk/mgConvert2PDF.aspx?ID=6",
        "https://democracy.gloucester.gov.uk/mgConvert2PDF.aspx?ID=7"),
        m.documents().stream().map(d -> d.url().toString()).toList());
    assertEquals(List.of(new Attendee("Jane Doe", "Officer", null)), m.attendees());
  }

  @Test
  void documentKindsFromTitles() {
    Map<String, String> kinds = Map.of(
        "Printed minutes 21st-Nov-2025 12.30 Cabinet", "minutes",
        "Minutes of Previous Meeting", "minutes",
        "Agenda frontsheet 21st-Nov-2025 12.30 Cabinet", "agenda",
        "Agenda reports pack", "pack",
        "Public reports pack 21st-Nov-2025 12.30 Cabinet", "pack",
        "Printed decisions 21st-Nov-2025 12.30 Cabinet", "decision",
        "Appendix 1 Option 1 - Single Countywide Unitary", "other",
        "Cabinet - Public Questions", "other");
    kinds.forEach((title, kind) -> assertEquals(kind, DocumentKinds.of(title, false), title));
    assertEquals("other", DocumentKinds.of(null, false));
    assertEquals("decision", DocumentKinds.of("Appendix", true));
  }

  private List<?> read(String call, byte[] body) throws SiteResponseException {
    return switch (call) {
      case "committees" -> gloucester.committees(body);
      case "meetings" -> gloucester.meetings(body);
      default -> List.of(gloucester.meeting(body));
    };
  }

  private Reason refusal(byte[] body) {
    return assertThrows(SiteResponseException.class, () -> gloucester.committees(body)).reason();
  }

  private static Committee byId(List<Committee> all, int id) {
    return all.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
  }

  private static List<String> fixtureFiles() throws IOException, URISyntaxException {
    Path root = Path.of(ModernGovReaderTest.class.getResource("/moderngov").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md"))
          .map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
