package org.minutebook.ingest.sync;

/**
 * What a server said identifies the version it sent ({@code ETag}, {@code Last-Modified}), kept to
 * ask next time whether it has changed. Either may be null; both null is {@link #NONE}.
 */
public record Validators(String etag, String lastModified) {
  /** Nothing to ask with: the request is unconditional. */
  public static final Validators NONE = new Validators(null, null);

  public Validators {
    etag = blankToNull(etag);
    lastModified = blankToNull(lastModified);
  }

  /** Whether there is nothing to ask with. */
  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
