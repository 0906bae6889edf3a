package org.minutebook.ingest.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A PostgreSQL archive's location as a user writes it: {@code postgresql://user:password@host:port/db?param=value}
 * (libpq's form, also {@code postgres://}) or the driver's own {@code jdbc:postgresql://...}. A
 * password may also come from {@code PGPASSWORD}, as for psql. Messages name the archive without
 * its password and parameters.
 */
record ServerUrl(String jdbc, Properties properties, String name) {
  static ServerUrl parse(String location) throws ArchiveException {
    if (location.startsWith("jdbc:postgresql:")) {
      int q = location.indexOf('?');
      return new ServerUrl(location, withEnvPassword(new Properties()), q < 0 ? location : location.substring(0, q));
    }
    URI uri;
    try {
      uri = new URI(location);
    } catch (URISyntaxException e) {
      throw new ArchiveException(location.replaceAll(":[^:@/]*@", "@"), "is not a PostgreSQL URL (" + e.getReason() + ")", e);
    }
    Properties props = new Properties();
    String user = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      props.setProperty("user", user);
      if (parts.length == 2) {
        props.setProperty("password", decode(parts[1]));
      }
    }
    withEnvPassword(props);
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String name = "postgresql://" + (user == null ? "" : user + "@") + host + port + path;
    return new ServerUrl("jdbc:postgresql://" + host + port + path + query, props, name);
  }

  private static Properties withEnvPassword(Properties props) {
    String env = System.getenv("PGPASSWORD");
    if (!props.containsKey("password") && env != null && !env.isEmpty()) {
      props.setProperty("password", env);
    }
    return props;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
