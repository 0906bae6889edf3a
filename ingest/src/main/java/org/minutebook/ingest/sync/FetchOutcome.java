package org.minutebook.ingest.sync;

import java.net.URI;
import java.util.Arrays;
import java.util.Objects;

/** What came of fetching one address: its body, word that it has not changed, or why it failed. */
public sealed interface FetchOutcome {
  /** The address asked for. */
  URI url();

  /**
   * A 2xx answer, read whole.
   *
   * @param url the address asked for
   * @param finalUrl where the answer came from after redirects: not url when a site has moved
   * @param status the HTTP status
   * @param body the body (a copy is handed out on each call)
   * @param contentType the {@code Content-Type} header, or null
   * @param validators what to ask with next time
   * @param sha256 the body's SHA-256, lower-case hex
   */
  record Fetched(URI url, URI finalUrl, int status, byte[] body, String contentType, Validators validators, String sha256)
      implements FetchOutcome {
    public Fetched {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(finalUrl, "finalUrl");
      Objects.requireNonNull(validators, "validators");
      Objects.requireNonNull(sha256, "sha256");
      body = body.clone();
    }

    @Override
    public byte[] body() {
      return body.clone();
    }

    /** Whether the answer came from another address than the one asked for. */
    public boolean redirected() {
      return !url.equals(finalUrl);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Fetched f && url.equals(f.url) && finalUrl.equals(f.finalUrl) && status == f.status
          && Arrays.equals(body, f.body) && Objects.equals(contentType, f.contentType) && validators.equals(f.validators)
          && sha256.equals(f.sha256);
    }

    @Override
    public int hashCode() {
      return Objects.hash(url, finalUrl, status, Arrays.hashCode(body), contentType, validators, sha256);
    }

    @Override
    public String toString() {
      return "Fetched[" + url + (redirected() ? " -> " + finalUrl : "") + ", " + status + ", " + body.length + " bytes, "
          + contentType + ", sha256 " + sha256 + "]";
    }
  }

  /** A 304: the version the validators name is still current. */
  record NotModified(URI url) implements FetchOutcome {
    public NotModified {
      Objects.requireNonNull(url, "url");
    }
  }

  /**
   * No usable answer, after every try the failure allowed.
   *
   * @param url the address asked for
   * @param status the last HTTP status, or null when no answer came (a timeout, a refused connection)
   * @param reason one line for users: "HTTP 403 Forbidden", "timed out after 60 s", "truncated: 1200
   *     of 5000 bytes"
   * @param attempts how many tries were made
   */
  record Failed(URI url, Integer status, String reason, int attempts) implements FetchOutcome {
    public Failed {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
