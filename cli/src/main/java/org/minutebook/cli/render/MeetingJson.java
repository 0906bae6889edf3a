package org.minutebook.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.minutebook.model.ActionLogEntry;
import org.minutebook.model.ActionRow;
import org.minutebook.model.Attendance;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionPart;
import org.minutebook.model.Division;
import org.minutebook.model.Item;
import org.minutebook.model.Meeting;
import org.minutebook.model.Motion;
import org.minutebook.model.Movement;
import org.minutebook.model.Owner;
import org.minutebook.model.Person;
import org.minutebook.model.Tally;
import org.minutebook.model.Vote;
import org.minutebook.model.VoteResult;

/**
 * Renders meetings as the JSON contract of {@code parse} and {@code export}
 * ({@code shared/spec/meeting.schema.json}). Written field by field rather than by reflection so
 * the contract is visible here and a rename in the model cannot change it silently. Provenance
 * boxes are not part of the contract and are not written.
 */
public final class MeetingJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  static final ObjectMapper COMPACT = new ObjectMapper();
  static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private MeetingJson() {}

  /** One meeting on one line (for JSON Lines). */
  public static String line(Meeting meeting) {
    return write(COMPACT, tree(meeting));
  }

  /** Meetings as a pretty-printed JSON array. */
  public static String array(List<Meeting> meetings) {
    ArrayNode array = F.arrayNode();
    meetings.forEach(m -> array.add(tree(m)));
    return write(PRETTY, array);
  }

  public static ObjectNode tree(Meeting m) {
    ObjectNode o = F.objectNode();
    ObjectNode source = o.putObject("source");
    source.put("file", m.source().file());
    source.put("sha256", m.source().sha256());
    source.put("pages", m.source().pages());
    source.put("firstPage", m.source().firstPage());
    source.put("lastPage", m.source().lastPage());
    if (m.source().ocr() != null) {
      ObjectNode ocr = source.putObject("ocr");
      ocr.put("pages", m.source().ocr().pages());
      ocr.put("words", m.source().ocr().words());
      ocr.put("confidence", Math.round(m.source().ocr().confidence() * 10) / 10.0);
      ocr.put("seconds", Math.round(m.source().ocr().seconds() * 10) / 10.0);
    }
    o.put("body", m.body());
    o.put("date", m.date().toString());
    o.put("start", m.start() == null ? null : HH_MM.format(m.start()));
    o.put("end", m.end() == null ? null : HH_MM.format(m.end()));
    o.put("venue", m.venue());
    o.put("nextMeeting", m.nextMeeting() == null ? null : m.nextMeeting().toString());
    if (m.approvedMinutes() == null) {
      o.putNull("approvedMinutes");
    } else {
      ObjectNode approval = o.putObject("approvedMinutes");
      ArrayNode dates = approval.putArray("meetingDates");
      m.approvedMinutes().meetingDates().forEach(d -> dates.add(d.toString()));
      approval.put("item", m.approvedMinutes().item());
    }
    o.set("attendance", attendance(m.attendance()));
    ArrayNode items = o.putArray("items");
    for (Item item : m.items()) {
      items.add(item(item));
    }
    return o;
  }

  private static ObjectNode attendance(Attendance a) {
    ObjectNode o = F.objectNode();
    o.set("present", people(a.present()));
    o.set("alsoPresent", people(a.alsoPresent()));
    o.set("apologies", people(a.apologies()));
    o.set("substitutes", people(a.substitutes()));
    o.set("virtual", people(a.virtual()));
    o.set("absent", people(a.absent()));
    o.set("left", movements(a.left()));
    o.set("arrived", movements(a.arrived()));
    return o;
  }

  private static ArrayNode people(List<Person> people) {
    ArrayNode array = F.arrayNode();
    for (Person p : people) {
      ObjectNode o = array.addObject();
      o.put("name", p.name());
      o.put("honorific", p.honorific());
      o.put("role", p.role());
      o.put("position", p.position());
      o.put("for", p.standingInFor());
      ocrConfidence(o, p.ocrConfidence());
    }
    return array;
  }

  private static ArrayNode movements(List<Movement> movements) {
    ArrayNode array = F.arrayNode();
    for (Movement m : movements) {
      ObjectNode o = array.addObject();
      o.put("name", m.name());
      o.put("time", m.time());
      o.put("beforeItem", m.beforeItem());
    }
    return array;
  }

  private static ObjectNode item(Item item) {
    ObjectNode o = F.objectNode();
    o.put("number", item.number());
    o.put("title", item.title());
    o.put("page", item.page());
    o.set("references", strings(item.references()));
    o.put("text", item.text());
    ArrayNode decisions = o.putArray("decisions");
    for (Decision d : item.decisions()) {
      decisions.add(decision(d));
    }
    ArrayNode rows = o.putArray("actionRows");
    for (ActionRow r : item.actionRows()) {
      ObjectNode row = rows.addObject();
      row.set("actions", strings(r.actions()));
      row.put("beside", r.beside());
      row.put("page", r.page());
      row.set("owners", owners(r.owners()));
    }
    o.put("agendaItem", item.agendaItem());
    o.put("group", item.group());
    ArrayNode votes = o.putArray("votes");
    for (Division v : item.votes()) {
      ObjectNode division = votes.addObject();
      division.put("motion", v.motion());
      division.put("result", result(v.result()));
      division.set("tally", tally(v.tally()));
      division.set("vote", vote(v.vote()));
      division.put("page", v.page());
    }
    ArrayNode log = o.putArray("actionLog");
    for (ActionLogEntry e : item.actionLog()) {
      ObjectNode row = log.addObject();
      row.put("ref", e.ref());
      row.put("action", e.action());
      row.set("owner", strings(e.owners()));
      row.put("update", e.update());
      row.put("due", e.due());
      row.put("page", e.page());
      row.set("owners", owners(e.people()));
    }
    ocrConfidence(o, item.ocrConfidence());
    return o;
  }

  private static ObjectNode decision(Decision d) {
    ObjectNode o = F.objectNode();
    o.put("kind", d.kind().name());
    o.put("text", d.text());
    ArrayNode parts = o.putArray("parts");
    for (DecisionPart p : d.parts()) {
      ObjectNode part = parts.addObject();
      part.put("label", p.label());
      part.put("text", p.text());
      part.set("actions", strings(p.actions()));
    }
    o.set("actions", strings(d.actions()));
    o.set("owners", owners(d.owners()));
    o.put("page", d.page());
    Motion put = d.motion();
    o.put("mover", put == null ? null : put.mover());
    o.put("seconder", put == null ? null : put.seconder());
    o.put("result", put == null ? null : result(put.result()));
    o.set("tally", put == null ? null : tally(put.tally()));
    o.set("vote", vote(d.vote()));
    if (d.deadline() == null) {
      o.putNull("deadline");
    } else {
      ObjectNode due = o.putObject("deadline");
      due.put("text", d.deadline().text());
      due.put("date", d.deadline().date());
      due.put("how", d.deadline().how());
    }
    ocrConfidence(o, d.ocrConfidence());
    return o;
  }

  /** A fact read by OCR says how sure it was, to one decimal; facts of a text layer say nothing. */
  private static void ocrConfidence(ObjectNode o, Double confidence) {
    if (confidence != null) {
      o.put("ocrConfidence", Math.round(confidence * 10) / 10.0);
    }
  }

  /** Action entries with the people they were resolved to, the evidence, and the candidates while unresolved. */
  private static ArrayNode owners(List<Owner> owners) {
    ArrayNode out = F.arrayNode();
    for (Owner owner : owners) {
      ObjectNode w = out.addObject();
      w.put("initials", owner.initials());
      w.put("name", owner.name());
      w.put("evidence", owner.evidence());
      w.set("candidates", strings(owner.candidates()));
    }
    return out;
  }

  private static ObjectNode vote(Vote v) {
    if (v == null) {
      return null;
    }
    ObjectNode o = F.objectNode();
    o.set("for", strings(v.inFavour()));
    o.set("against", strings(v.against()));
    o.set("abstain", strings(v.abstain()));
    o.set("absent", strings(v.absent()));
    o.put("result", result(v.result()));
    return o;
  }

  private static ObjectNode tally(Tally t) {
    if (t == null) {
      return null;
    }
    ObjectNode o = F.objectNode();
    o.put("for", t.inFavour());
    o.put("against", t.against());
    o.put("abstain", t.abstain());
    return o;
  }

  private static String result(VoteResult r) {
    return r == null ? null : r.name().toLowerCase(Locale.ROOT);
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = F.arrayNode();
    values.forEach(array::add);
    return array;
  }

  static String write(ObjectMapper mapper, Object tree) {
    try {
      return mapper.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
