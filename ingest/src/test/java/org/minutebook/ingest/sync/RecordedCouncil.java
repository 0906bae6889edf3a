package org.minutebook.ingest.sync;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A council's modern.gov site on the loopback interface, made of recorded answers: Gloucester's
 * committees and the Cabinet's meetings as the site gave them, meeting 7837 as it gave it (minutes
 * as HTML in the answer, seven linked reports), with its document links rewritten to this site;
 * each other meeting answers with its printed minutes linked, as a generated one-page PDF.
 */
final class RecordedCouncil implements AutoCloseable {
  static final int CABINET = 129;
  static final int RECORDED = 7837;
  static final LocalDate TODAY = LocalDate.of(2025, 12, 1);
  static final DateRange RANGE = SiteSync.range(LocalDate.of(2024, 1, 1), TODAY);
  private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  final LoopbackSite http;
  final ModernGovSite site;
  final List<MeetingSummary> meetings;
  /** The documents each meeting links, in the order of its answer. */
  final List<URI> documents = new ArrayList<>();

  RecordedCouncil() throws IOException, SiteResponseException {
    http = LoopbackSite.start();
    site = http.site();
    http.serveFixture(site.committeesUrl(), "gloucester/GetCommittees.xml");
    http.serveFixture(site.meetingsUrl(CABINET, RANGE), "gloucester/GetMeetings.xml");
    meetings = new ModernGovReader(site).meetings(Fixtures.bytes("gloucester/GetMeetings.xml"), RANGE);
    String recorded = new String(Fixtures.bytes("gloucester/GetMeeting_7837.xml"), UTF_8)
        .replaceAll("(?i)https://democracy\\.gloucester\\.gov\\.uk/", site.root().toString());
    http.serve(site.meetingUrl(RECORDED), recorded.getBytes(UTF_8), "text/xml; charset=utf-8");
    for (LinkedDocument d : new ModernGovReader(site).meeting(recorded.getBytes(UTF_8)).documents()) {
      http.serve(d.url(), SimplePdf.of(List.of("#" + d.title(), "Report to Cabinet, " + d.url().getQuery())), "application/pdf");
      documents.add(d.url());
    }
    for (MeetingSummary m : meetings) {
      if (m.id() != RECORDED) {
        http.serve(site.meetingUrl(m.id()), meetingAnswer(m, 1).getBytes(UTF_8), "text/xml; charset=utf-8");
        http.serve(minutesUrl(m.id()), minutes(m, List.of()), "application/pdf");
        documents.add(minutesUrl(m.id()));
      }
    }
  }

  /** The printed minutes' address of a generated meeting. */
  URI minutesUrl(int meetingId) {
    return site.resolve("mgConvert2PDF.aspx?ID=" + (900000 + meetingId));
  }

  /** A GetMeeting answer linking the meeting's printed minutes (version: a changed answer is another version). */
  String meetingAnswer(MeetingSummary m, int version) {
    String date = DateRange.SITE_DATE.format(m.date());
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<meeting>\n  <meetingid>" + m.id() + "</meetingid>\n  <meetingdate>" + date
        + "</meetingdate>\n  <meetingstatus>Confirmed</meetingstatus>\n  <meetingtime>6.00 pm</meetingtime>\n"
        + "  <meetinglocation>Civic Suite, North Warehouse</meetinglocation>\n"
        + "  <linkeddocuments>\n    <linkeddoc>\n      <attachmentid>" + (900000 + m.id()) + "</attachmentid>\n"
        + "      <title>Printed minutes " + date + " 6.00 pm Cabinet</title>\n      <url>" + minutesUrl(m.id()) + "</url>\n"
        + "    </linkeddoc>\n  </linkeddocuments>\n  <agendaitems>\n    <agendaitem>\n      <agendaitemid>" + m.id()
        + "1</agendaitemid>\n      <agendaitemtitle>Budget" + (version > 1 ? " (revised)" : "") + "</agendaitemtitle>\n"
        + "    </agendaitem>\n  </agendaitems>\n</meeting>\n";
  }

  /** The printed minutes of a generated meeting, with extra decisions. */
  static byte[] minutes(MeetingSummary m, List<String> extra) {
    List<String> lines = new ArrayList<>(List.of("#Cabinet", "#Minutes of the meeting held on " + PRINTED.format(m.date()),
        "Present: Councillor Ann Field (Chair), Councillor Ben Ward, Councillor Cara Hill", "",
        "#1. Apologies", "There were no apologies.", "",
        "#2. Budget monitoring report " + m.id(), "RESOLVED that the budget monitoring report be noted."));
    lines.addAll(extra);
    return SimplePdf.of(lines);
  }

  @Override
  public void close() {
    http.close();
  }
}
