package org.minutebook.ingest.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.minutebook.model.Box;

/** The JSON arrays the archive keeps in TEXT columns: lists of strings, and boxes. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private Json() {}

  static String strings(List<String> values) {
    try {
      return MAPPER.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings always serialises", e);
    }
  }

  static List<String> strings(String json) {
    if (json == null || json.isEmpty()) {
      return List.of();
    }
    try {
      return MAPPER.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the archive holds a malformed list: " + json, e);
    }
  }

  static String box(Box box) {
    return box == null ? null : "[" + box.page() + "," + box.x() + "," + box.y() + "," + box.width() + "," + box.height() + "]";
  }

  /** The box {@link #box(Box)} wrote, or null; floats print as {@code Float.toString}, so they read back exactly. */
  static Box parseBox(String json) {
    if (json == null) {
      return null;
    }
    String[] v = json.substring(1, json.length() - 1).split(",");
    return new Box(Integer.parseInt(v[0]), Float.parseFloat(v[1]), Float.parseFloat(v[2]), Float.parseFloat(v[3]),
        Float.parseFloat(v[4]));
  }
}
