package org.minutebook.ingest.sync;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A council's modern.gov site, named by its root: the folder its {@code mgWebService.asmx} and
 * {@code ie*.aspx} pages live in, e.g. {@code https://democracy.gloucester.gov.uk/} or {@code
 * https://www.example.gov.uk/moderngov/}. The root is absolute, http or https, its host lower-case,
 * with no default port, query or fragment, and ends with "/".
 */
public record ModernGovSite(URI root) {
  private static final String SERVICE = "mgWebService.asmx/";
  /** A host name: labels of letters, digits and inner hyphens (IDNs are turned into this form first). */
  private static final Pattern HOST = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*");
  /** A scheme before the rest ("https:", "mailto:"), not a host before its port ("localhost:8080"). */
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:(?![0-9])");
  /** A path segment that is a page of the site rather than a folder holding it. */
  private static final Pattern PAGE = Pattern.compile("(?i).+\\.(?:aspx|asmx|ashx|html?|pdf)");

  public ModernGovSite {
    Objects.requireNonNull(root, "root");
    if (!root.isAbsolute() || root.getHost() == null || !isWeb(root.getScheme()) || root.getRawQuery() != null
        || root.getRawFragment() != null || root.getRawPath() == null || !root.getRawPath().endsWith("/")) {
      throw new IllegalArgumentException("not a site root (absolute http(s), no query, ending with /): " + root);
    }
  }

  /**
   * The site a user means by what they typed: a host ("democracy.gloucester.gov.uk"), the web
   * service's address, or any page of the site ("https://x.gov.uk/moderngov/ieListMeetings.aspx?CId=1").
   * The scheme is https unless one is given.
   *
   * @throws IllegalArgumentException with the reason, for text that names no web site
   */
  public static ModernGovSite of(String typed) {
    if (typed == null || typed.isBlank()) {
      throw new IllegalArgumentException("no site given");
    }
    String s = typed.strip();
    if (s.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a site address has no spaces: \"" + s + "\"");
    }
    if (!SCHEME.matcher(s).lookingAt()) {
      s = (s.startsWith("//") ? "https:" : "https://") + s;
    }
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a web address: \"" + typed.strip() + "\" (" + e.getReason() + ")", e);
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!isWeb(scheme)) {
      throw new IllegalArgumentException("not a web address (" + scheme + ", not http or https): \"" + typed.strip() + "\"");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("a site address must not carry a user name or password: \"" + uri.getHost() + "\"");
    }
    String host = host(uri, typed.strip());
    String path = sitePath(uri.getRawPath());
    return new ModernGovSite(URI.create(scheme + "://" + host + port(scheme, uri.getPort()) + path));
  }

  /** The host, lower-case, for pacing requests and for messages. */
  public String host() {
    return root.getHost();
  }

  /** {@code GetCommittees?lDays=0}: every committee, current or not. */
  public URI committeesUrl() {
    return root.resolve(SERVICE + "GetCommittees?lDays=0");
  }

  /** {@code GetMeetings}: a committee's meetings in a range of days (which some sites ignore). */
  public URI meetingsUrl(int committeeId, DateRange range) {
    Objects.requireNonNull(range, "range");
    return root.resolve(SERVICE + "GetMeetings?lCommitteeId=" + positive(committeeId, "committee id") + "&sFromDate="
        + range.fromText() + "&sToDate=" + range.toText());
  }

  /** {@code GetMeeting}: one meeting, with its items, their minutes, documents and attendees. */
  public URI meetingUrl(int meetingId) {
    return root.resolve(SERVICE + "GetMeeting?lMeetingId=" + positive(meetingId, "meeting id"));
  }

  /**
   * A link the site gives (a document's {@code mgConvert2PDF.aspx?ID=} address, relative to the root
   * or absolute, perhaps on another host) as an absolute address: characters a URI may not hold (the
   * spaces of "documents/s7942/polc2 - 23.09.2015.pdf") are percent-encoded, the host lower-cased
   * (sites print "democracy.Gloucester.gov.uk"), the default port and any fragment dropped.
   *
   * @throws IllegalArgumentException for a blank link, one that is not a URI, or one that is not
   *     http(s) (a {@code mailto:})
   */
  public URI resolve(String href) {
    if (href == null || href.isBlank()) {
      throw new IllegalArgumentException("no link given");
    }
    URI ref;
    try {
      ref = new URI(encodeIllegal(href.strip()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a link: \"" + href.strip() + "\" (" + e.getReason() + ")", e);
    }
    URI abs = root.resolve(ref);
    if (!isWeb(abs.getScheme()) || abs.getHost() == null) {
      throw new IllegalArgumentException("not a web link: \"" + href.strip() + "\"");
    }
    String scheme = abs.getScheme().toLowerCase(Locale.ROOT);
    String path = abs.getRawPath() == null || abs.getRawPath().isEmpty() ? "/" : abs.getRawPath();
    String query = abs.getRawQuery() == null ? "" : "?" + abs.getRawQuery();
    return URI.create(scheme + "://" + abs.getHost().toLowerCase(Locale.ROOT) + port(scheme, abs.getPort()) + path + query);
  }

  @Override
  public String toString() {
    return root.toString();
  }

  private static boolean isWeb(String scheme) {
    return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
  }

  private static String host(URI uri, String typed) {
    String host = uri.getHost();
    if (host == null) {
      throw new IllegalArgumentException("no host name in \"" + typed + "\"");
    }
    if (host.startsWith("[")) {
      return host.toLowerCase(Locale.ROOT); // an IPv6 literal, which URI has checked
    }
    String ascii;
    try {
      ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a host name: \"" + host + "\"", e);
    }
    if (!HOST.matcher(ascii).matches() || !ascii.contains(".") && !ascii.equals("localhost")) {
      throw new IllegalArgumentException("not a host name: \"" + host + "\"");
    }
    return ascii;
  }

  private static String port(String scheme, int port) {
    boolean standard = port == -1 || scheme.equals("https") && port == 443 || scheme.equals("http") && port == 80;
    return standard ? "" : ":" + port;
  }

  /** The folder of a path: up to the first page ("mgWebService.asmx", "ieListMeetings.aspx") or "documents". */
  private static String sitePath(String rawPath) {
    StringBuilder out = new StringBuilder("/");
    if (rawPath != null) {
      for (String segment : rawPath.split("/")) {
        if (PAGE.matcher(segment).matches() || segment.equalsIgnoreCase("documents")) {
          break;
        }
        if (!segment.isEmpty()) {
          out.append(segment).append('/');
        }
      }
    }
    return out.toString();
  }

  private static int positive(int id, String what) {
    if (id <= 0) {
      throw new IllegalArgumentException("a " + what + " is positive: " + id);
    }
    return id;
  }

  /** Percent-encodes what may not stand in a URI (spaces, non-ASCII, a '%' that starts no escape). */
  static String encodeIllegal(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == '%' && isEscape(s, i)) {
        out.append('%');
      } else if (cp < 128 && cp > 32 && "\"<>\\^`{|}%".indexOf(cp) < 0) {
        out.append((char) cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(UTF_8)) {
          out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
      }
      i = next;
    }
    return out.toString();
  }

  private static boolean isEscape(String s, int i) {
    return i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0;
  }
}
