package org.minutebook.ingest.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minutebook.model.SelfCheck;
import org.minutebook.model.SelfCheck.NumberingIssue;
import org.minutebook.model.SelfCheck.NumberingKind;
import org.minutebook.model.SelfCheck.Sighting;

/**
 * Writes a document's self-check ({@code self_checks}) inside the transaction that writes the
 * document, and reads it back.
 */
final class SelfChecks {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SelfChecks() {}

  static void insert(Connection c, long documentId, SelfCheck check) throws SQLException {
    String sql = "INSERT INTO self_checks (document_id, minutes_lines, item_lines, loose_decision_words, examples, numbering_gaps,"
        + " numbering_repeats, numbering_backwards, numbering, file_dates, date_agrees) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, documentId);
      p.setInt(2, check.minutesLines());
      p.setInt(3, check.itemLines());
      p.setInt(4, check.looseDecisionWords());
      List<Map<String, Object>> examples = new ArrayList<>();
      for (Sighting s : check.examples()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("page", s.page());
        e.put("line", s.line());
        e.put("word", s.word());
        e.put("text", s.text());
        examples.add(e);
      }
      p.setString(5, json(examples));
      p.setInt(6, check.count(NumberingKind.GAP));
      p.setInt(7, check.count(NumberingKind.REPEAT));
      p.setInt(8, check.count(NumberingKind.BACKWARDS));
      List<Map<String, Object>> numbering = new ArrayList<>();
      for (NumberingIssue n : check.numbering()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("kind", n.kind().name());
        e.put("previous", n.previous());
        e.put("number", n.number());
        numbering.add(e);
      }
      p.setString(9, json(numbering));
      p.setString(10, Json.strings(check.fileDates()));
      if (check.dateAgrees() == null) {
        p.setNull(11, Types.INTEGER);
      } else {
        p.setInt(11, check.dateAgrees() ? 1 : 0);
      }
      p.executeUpdate();
    }
  }

  /** The self-check stored for a document, or null when it has none (a refused document). */
  static SelfCheck read(Connection c, long documentId) throws SQLException {
    String sql = "SELECT minutes_lines, item_lines, loose_decision_words, examples, numbering, file_dates, date_agrees"
        + " FROM self_checks WHERE document_id = ?";
    List<SelfCheck> found = Rows.list(c, sql, List.of(documentId), r -> {
      List<Sighting> examples = new ArrayList<>();
      for (JsonNode e : tree(r.getString(4))) {
        examples.add(new Sighting(e.get("page").asInt(), e.get("line").asInt(), e.get("word").asText(), e.get("text").asText()));
      }
      List<NumberingIssue> numbering = new ArrayList<>();
      for (JsonNode n : tree(r.getString(5))) {
        numbering.add(new NumberingIssue(NumberingKind.valueOf(n.get("kind").asText()), n.get("previous").asText(),
            n.get("number").asText()));
      }
      int agrees = r.getInt(7);
      return new SelfCheck(r.getInt(1), r.getInt(2), r.getInt(3), examples, numbering, Json.strings(r.getString(6)),
          r.wasNull() ? null : agrees != 0);
    });
    return found.isEmpty() ? null : found.get(0);
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the archive holds a malformed self-check: " + json, e);
    }
  }

  private static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of plain values always serialise", e);
    }
  }
}
