package org.minutebook.ingest.sync;

import java.util.Objects;

/**
 * A site's answer that cannot be read as the call asked for, with the reason why. This is the
 * checked, expected failure of {@link ModernGovReader}: the caller records it against the call and
 * goes on with the rest of the site.
 */
public final class SiteResponseException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why an answer was refused. */
  public enum Reason {
    /** No body at all, or only white space. */
    EMPTY("empty response"),
    /** Not well-formed XML: an HTML page (a login, error or cookie page), cut short, or binary. */
    MALFORMED("not XML"),
    /** Well-formed XML, but not the answer to this call (another call's, or a SOAP fault). */
    UNEXPECTED("not the answer to the call"),
    /** The right answer, but a field the records need (an id, a date) is missing or unreadable. */
    INVALID("a required field is missing or unreadable");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    /** A short lower-case sentence for users, e.g. "not XML". */
    public String description() {
      return description;
    }
  }

  private final Reason reason;
  private final String call;

  public SiteResponseException(String call, Reason reason, String detail, Throwable cause) {
    super(Objects.requireNonNull(call, "call") + ": " + Objects.requireNonNull(reason, "reason").description()
        + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), cause);
    this.call = call;
    this.reason = reason;
  }

  public SiteResponseException(String call, Reason reason, String detail) {
    this(call, reason, detail, null);
  }

  public Reason reason() {
    return reason;
  }

  /** The web-service call whose answer this was, e.g. "GetMeeting". */
  public String call() {
    return call;
  }
}
