package org.minutebook.ingest.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModernGovSiteTest {
  private static final ModernGovSite GLOUCESTER = ModernGovSite.of("democracy.gloucester.gov.uk");

  @ParameterizedTest
  @CsvSource({
    "democracy.gloucester.gov.uk, https://democracy.gloucester.gov.uk/",
    "  Democracy.Gloucester.GOV.uk/  , https://democracy.gloucester.gov.uk/",
    "https://democracy.gloucester.gov.uk/mgWebService.asmx, https://democracy.gloucester.gov.uk/",
    "https://democracy.gloucester.gov.uk/mgWebService.asmx/GetCommittees?lDays=0, https://democracy.gloucester.gov.uk/",
    "https://democracy.gloucester.gov.uk/ieListMeetings.aspx?CId=1, https://democracy.gloucester.gov.uk/",
    "democracy.gloucester.gov.uk/mgCommitteeDetails.aspx?ID=129#top, https://democracy.gloucester.gov.uk/",
    "http://www.example.gov.uk/moderngov/ieListDocuments.aspx?CId=151&MID=4832, http://www.example.gov.uk/moderngov/",
    "https://www.example.gov.uk/moderngov, https://www.example.gov.uk/moderngov/",
    "https://www.example.gov.uk/moderngov/documents/s7942/polc2.pdf, https://www.example.gov.uk/moderngov/",
    "https://democracy.example.gov.uk:443/, https://democracy.example.gov.uk/",
    "http://democracy.example.gov.uk:80/, http://democracy.example.gov.uk/",
    "http://127.0.0.1:8080/mgWebService.asmx, http://127.0.0.1:8080/",
    "//democracy.example.gov.uk, https://democracy.example.gov.uk/",
  })
  void whatAUserTypesGivesTheSiteRoot(String typed, String root) {
    assertEquals(URI.create(root), ModernGovSite.of(typed).root());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''| no site given",
        "'   '| no site given",
        "democracy gloucester| no spaces",
        "ftp://democracy.gloucester.gov.uk| not http or https",
        "mailto:democratic.services@gloucester.gov.uk| not http or https",
        "https://| not a web address",
        "https://user:secret@democracy.gloucester.gov.uk/| user name or password",
        "gloucester| not a host name",
        "https://exa_mple.gov.uk/| no host name",
        "https://-bad-.gov.uk/| no host name",
        "https://a..gov.uk/| no host name",
      })
  void junkIsRefusedWithAReason(String typed, String reason) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModernGovSite.of(typed));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void aRootMustBeARoot() {
    assertThrows(IllegalArgumentException.class, () -> new ModernGovSite(URI.create("https://x.gov.uk/a")));
    assertThrows(IllegalArgumentException.class, () -> new ModernGovSite(URI.create("https://x.gov.uk/?a=1")));
    assertThrows(IllegalArgumentException.class, () -> new ModernGovSite(URI.create("x.gov.uk/")));
  }

  @Test
  void buildsTheCallAddresses() {
    assertEquals(URI.create("https://democracy.gloucester.gov.uk/mgWebService.asmx/GetCommittees?lDays=0"),
        GLOUCESTER.committeesUrl());
    DateRange range = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
    assertEquals(URI.create("https://democracy.gloucester.gov.uk/mgWebService.asmx/GetMeetings?lCommitteeId=129"
        + "&sFromDate=01/01/2024&sToDate=31/12/2025"), GLOUCESTER.meetingsUrl(129, range));
    assertEquals(URI.create("https://democracy.gloucester.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=7837"),
        GLOUCESTER.meetingUrl(7837));
    assertEquals(URI.create("https://www.example.gov.uk/moderngov/mgWebService.asmx/GetMeeting?lMeetingId=1"),
        ModernGovSite.of("www.example.gov.uk/moderngov/").meetingUrl(1));
    assertThrows(IllegalArgumentException.class, () -> GLOUCESTER.meetingUrl(0));
    assertThrows(IllegalArgumentException.class, () -> GLOUCESTER.meetingsUrl(-1, range));
  }

  @Test
  void resolvesDocumentLinks() {
    assertEquals(URI.create("https://democracy.gloucester.gov.uk/mgConvert2PDF.aspx?ID=65461"),
        GLOUCESTER.resolve("https://democracy.Gloucester.gov.uk/mgConvert2PDF.aspx?ID=65461"));
    assertEquals(URI.create("https://democracy.gloucester.gov.uk/mgConvert2PDF.aspx?ID=65461"),
        GLOUCESTER.resolve(" mgConvert2PDF.aspx?ID=65461 "));
    ModernGovSite sub = ModernGovSite.of("https://www.example.gov.uk/moderngov/");
    assertEquals(URI.create("https://www.example.gov.uk/moderngov/documents/s7942/polc2%20-%2023.09.2015.pdf"),
        sub.resolve("documents/s7942/polc2 - 23.09.2015.pdf"));
    assertEquals(URI.create("https://www.example.gov.uk/UserData/x%C3%A9.pdf"), sub.resolve("/UserData/xé.pdf"));
    assertEquals(URI.create("https://www.example.gov.uk/moderngov/a%20b.pdf"), sub.resolve("a%20b.pdf#page=2"));
    assertEquals(URI.create("http://other.example.org/file.pdf"), sub.resolve("HTTP://Other.Example.org:80/file.pdf"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "mailto:democratic.services@gloucester.gov.uk", "javascript:void(0)", "http://"})
  void refusesLinksThatAreNotWebAddresses(String href) {
    assertThrows(IllegalArgumentException.class, () -> GLOUCESTER.resolve(href));
  }

  @Test
  void aDateRangeIsInclusiveAndWrittenAsTheSiteWritesDates() {
    DateRange r = new DateRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
    assertEquals("01/02/2025", r.fromText());
    assertEquals("28/02/2025", r.toText());
    assertTrue(r.contains(LocalDate.of(2025, 2, 1)) && r.contains(LocalDate.of(2025, 2, 28)));
    assertTrue(!r.contains(LocalDate.of(2025, 1, 31)) && !r.contains(LocalDate.of(2025, 3, 1)));
    assertThrows(IllegalArgumentException.class, () -> new DateRange(LocalDate.of(2025, 2, 2), LocalDate.of(2025, 2, 1)));
    assertEquals(LocalDate.of(2025, 11, 21), DateRange.parseSiteDate("21/11/2025"));
    assertEquals(LocalDate.of(2025, 2, 1), DateRange.parseSiteDate(" 1/2/2025 00:00:00"));
    assertEquals(null, DateRange.parseSiteDate("31/02/2025"));
    assertEquals(null, DateRange.parseSiteDate("2025-11-21"));
  }
}
