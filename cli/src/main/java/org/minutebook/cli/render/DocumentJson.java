package org.minutebook.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.minutebook.ingest.ParsedDocument;
import org.minutebook.model.DocumentPart;
import org.minutebook.model.FollowUp;

/**
 * A file's documents as JSON: what it holds (a pack's agenda, minutes and reports, with their
 * pages, titles and report numbers) and the rows of its matters-arising reports.
 */
public final class DocumentJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private DocumentJson() {}

  /** One file on one line (for JSON Lines). */
  public static String line(ParsedDocument d) {
    return MeetingJson.write(MeetingJson.COMPACT, tree(d));
  }

  /** Files as a pretty-printed JSON array. */
  public static String array(List<ParsedDocument> documents) {
    ArrayNode array = F.arrayNode();
    documents.forEach(d -> array.add(tree(d)));
    return MeetingJson.write(MeetingJson.PRETTY, array);
  }

  public static ObjectNode tree(ParsedDocument d) {
    ObjectNode o = F.objectNode();
    o.put("file", d.source().file());
    o.put("sha256", d.source().sha256());
    o.put("pages", d.source().pages());
    o.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
    o.put("meetings", d.meetings().size());
    ArrayNode parts = o.putArray("documents");
    d.parts().forEach(p -> parts.add(part(p)));
    ArrayNode follow = o.putArray("followUps");
    d.followUps().forEach(f -> follow.add(followUp(f)));
    return o;
  }

  public static ObjectNode part(DocumentPart p) {
    ObjectNode o = F.objectNode();
    o.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
    o.put("firstPage", p.firstPage());
    o.put("lastPage", p.lastPage());
    o.put("title", p.title());
    o.put("firstLine", p.firstLine());
    o.put("reportNumber", p.reportNumber());
    return o;
  }

  public static ObjectNode followUp(FollowUp f) {
    ObjectNode o = F.objectNode();
    o.put("body", f.body());
    o.put("minute", f.minute());
    o.put("meetingDate", f.meetingDate() == null ? null : f.meetingDate().toString());
    o.put("title", f.title());
    o.put("resolution", f.resolution());
    o.put("update", f.update());
    o.put("reportedOn", f.reportedOn() == null ? null : f.reportedOn().toString());
    o.put("page", f.page());
    return o;
  }
}
