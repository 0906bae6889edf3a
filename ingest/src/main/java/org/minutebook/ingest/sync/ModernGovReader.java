package org.minutebook.ingest.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.minutebook.ingest.sync.SiteResponseException.Reason;
import org.w3c.dom.Element;

/**
 * Reads the answers of a modern.gov site's web service ({@code mgWebService.asmx}) into records.
 *
 * <p>Contract: pure functions of the bytes of an answer (the parser finds the charset in the XML
 * declaration); no I/O, nothing to close. Reading is lenient where a field is optional (it is null
 * when missing or blank, a missing flag is false) and strict where the records would be wrong
 * without it: an answer that is not XML or not the answer to the call, or an entry without its id
 * or date, throws {@link SiteResponseException} with the reason and what was wrong. Links are made
 * absolute against the site (see {@link ModernGovSite#resolve}); a link that is not a web address
 * (a {@code mailto:}) is left out.
 */
public final class ModernGovReader {
  private final ModernGovSite site;

  /** A reader for the answers of one site, against whose root relative links are resolved. */
  public ModernGovReader(ModernGovSite site) {
    this.site = Objects.requireNonNull(site, "site");
  }

  /** The committees of a {@code GetCommittees} answer, in the site's order. */
  public List<Committee> committees(byte[] body) throws SiteResponseException {
    String call = "GetCommittees";
    Element root = SiteXml.parse(body, call, "committees");
    List<Committee> out = new ArrayList<>();
    int n = 0;
    for (Element c : SiteXml.children(root, "committee")) {
      n++;
      int id = id(c, "committeeid", call, "committee " + n);
      out.add(new Committee(id, SiteText.plain(SiteXml.text(c, "committeetitle")), flag(c, "committeedeleted"),
          flag(c, "committeeexpired"), SiteText.plain(SiteXml.text(c, "committeecategory"))));
    }
    return out;
  }

  /** Every meeting of a {@code GetMeetings} answer, in the site's order. */
  public List<MeetingSummary> meetings(byte[] body) throws SiteResponseException {
    String call = "GetMeetings";
    Element root = SiteXml.parse(body, call, "getmeetings");
    List<MeetingSummary> out = new ArrayList<>();
    int n = 0;
    for (Element c : SiteXml.children(root, "committee")) {
      n++;
      int committeeId = id(c, "committeeid", call, "committee " + n);
      int m = 0;
      for (Element meeting : SiteXml.descendants(c, "meeting")) {
        m++;
        String where = "meeting " + m + " of committee " + committeeId;
        int id = id(meeting, "meetingid", call, where);
        out.add(new MeetingSummary(id, committeeId, date(meeting, "meetingdate", call, "meeting " + id),
            SiteText.plain(SiteXml.text(meeting, "meetingtime")), SiteText.plain(SiteXml.text(meeting, "meetingstatus"))));
      }
    }
    return out;
  }

  /**
   * The meetings of a {@code GetMeetings} answer held within range: some sites ignore the range
   * asked for and answer with a committee's whole history.
   */
  public List<MeetingSummary> meetings(byte[] body, DateRange range) throws SiteResponseException {
    Objects.requireNonNull(range, "range");
    return meetings(body).stream().filter(m -> range.contains(m.date())).toList();
  }

  /** The meeting of a {@code GetMeeting} answer. */
  public MeetingDetail meeting(byte[] body) throws SiteResponseException {
    String call = "GetMeeting";
    Element root = SiteXml.parse(body, call, "meeting");
    int id = id(root, "meetingid", call, "the meeting");
    LocalDate date = date(root, "meetingdate", call, "meeting " + id);
    MeetingTimes times = new MeetingTimes(SiteText.plain(SiteXml.text(root, "meetingtime")),
        SiteText.plain(SiteXml.text(root, "meetingactualstarttime")),
        SiteText.plain(SiteXml.text(root, "meetingplannedfinishtime")),
        SiteText.plain(SiteXml.text(root, "meetingactualfinishtime")));

    Map<String, LinkedDocument> all = new LinkedHashMap<>();
    addAll(all, documents(root));
    List<AgendaItem> items = new ArrayList<>();
    for (Element item : SiteXml.children(SiteXml.child(root, "agendaitems"), "agendaitem")) {
      List<LinkedDocument> docs = documents(item);
      addAll(all, docs);
      items.add(new AgendaItem(number(item), SiteText.plain(SiteXml.text(item, "agendaitemtitle")),
          html(SiteXml.text(item, "minutesnonemptyhtmlbody")), docs));
    }
    List<Attendee> attendees = new ArrayList<>();
    for (Element a : SiteXml.descendants(root, "attendee")) {
      String name = SiteText.plain(SiteXml.attributeOrText(a, "name"));
      if (name != null) {
        attendees.add(new Attendee(name, SiteText.plain(SiteXml.attributeOrText(a, "roledescription")),
            SiteText.plain(SiteXml.attributeOrText(a, "attendance"))));
      }
    }
    String committeeId = SiteXml.text(root, "committeeid");
    return new MeetingDetail(id, committeeId == null ? null : id(root, "committeeid", call, "meeting " + id),
        committeeTitle(root), date, times, venue(root), SiteText.plain(SiteXml.text(root, "meetingstatus")), items,
        List.copyOf(all.values()), attendees);
  }

  /** The documents linked directly under an element (the meeting, or one item), each address once. */
  private List<LinkedDocument> documents(Element owner) {
    Map<String, LinkedDocument> out = new LinkedHashMap<>();
    for (Element d : SiteXml.children(SiteXml.child(owner, "linkeddocuments"), "linkeddoc")) {
      String href = SiteXml.text(d, "url");
      String attachment = SiteXml.text(d, "attachmentid");
      if (href == null && attachment != null && attachment.matches("\\d+")) {
        href = "mgConvert2PDF.aspx?ID=" + attachment;
      }
      if (href == null) {
        continue;
      }
      try {
        String title = SiteText.plain(SiteXml.text(d, "title"));
        LinkedDocument doc = new LinkedDocument(title, site.resolve(href), DocumentKinds.of(title, flag(d, "isdecisionattachment")));
        out.putIfAbsent(doc.url().toString(), doc);
      } catch (IllegalArgumentException e) {
        // not a web address (a mailto:, or junk): nothing to fetch
      }
    }
    return List.copyOf(out.values());
  }

  private static void addAll(Map<String, LinkedDocument> all, Collection<LinkedDocument> docs) {
    for (LinkedDocument d : docs) {
      all.putIfAbsent(d.url().toString(), d);
    }
  }

  /** The number the minutes print ("51." without its dot), else the minute or agenda number the site keeps. */
  private static String number(Element item) {
    String shown = SiteXml.text(item, "fulldisplaynumberformat");
    if (shown != null) {
      String n = shown.replaceAll("[.\\s]+$", "");
      if (!n.isEmpty()) {
        return n;
      }
    }
    for (String field : new String[] {"minutesitem", "agendaitem"}) {
      String n = SiteXml.text(item, field + "number");
      if (n != null) {
        String sub = SiteXml.text(item, field + "subnumber");
        return sub == null ? n : n + sub;
      }
    }
    return null;
  }

  /** GetMeeting names its committee on the meeting at some sites, else only on each linked document. */
  private static String committeeTitle(Element root) {
    String own = SiteText.plain(SiteXml.text(root, "committeetitle"));
    if (own != null) {
      return own;
    }
    for (Element d : SiteXml.descendants(root, "linkeddoc")) {
      String t = SiteText.plain(SiteXml.text(d, "committeetitle"));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static String venue(Element root) {
    String location = SiteText.plain(SiteXml.text(root, "meetinglocation"));
    if (location != null) {
      return location;
    }
    Element room = SiteXml.child(root, "meetingroom");
    String address = SiteText.plain(SiteXml.text(room, "addresssummary"));
    return address != null ? address : SiteText.plain(SiteXml.text(room, "roomtitle"));
  }

  /** An HTML fragment as kept: its markup and entities are for an HTML reader, so only blankness is judged here. */
  private static String html(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static boolean flag(Element e, String name) {
    String v = SiteXml.text(e, name);
    return v != null && (v.equalsIgnoreCase("true") || v.equals("1") || v.toLowerCase(Locale.ROOT).equals("yes"));
  }

  private static int id(Element e, String name, String call, String where) throws SiteResponseException {
    String v = SiteXml.text(e, name);
    if (v == null) {
      throw new SiteResponseException(call, Reason.INVALID, where + " has no " + name);
    }
    try {
      int id = Integer.parseInt(v);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e2) {
      // reported below
    }
    throw new SiteResponseException(call, Reason.INVALID, where + ": " + name + " \"" + v + "\" is not an id");
  }

  private static LocalDate date(Element e, String name, String call, String where) throws SiteResponseException {
    String v = SiteXml.text(e, name);
    LocalDate d = DateRange.parseSiteDate(v);
    if (d == null) {
      throw new SiteResponseException(call, Reason.INVALID,
          where + (v == null ? " has no " + name : ": " + name + " \"" + v + "\" is not a dd/mm/yyyy date"));
    }
    return d;
  }
}
