package org.minutebook.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.minutebook.ingest.ParsedDocument;
import org.minutebook.ingest.check.Proofreading;
import org.minutebook.model.Meeting;
import org.minutebook.model.SelfCheck;
import org.minutebook.model.SelfCheck.NumberingIssue;
import org.minutebook.model.SelfCheck.Sighting;

/** A document's self-check as one JSON object, for {@code check --json} (JSON Lines). */
public final class CheckJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private CheckJson() {}

  /** One document on one line. */
  public static String line(String file, ParsedDocument d) {
    return MeetingJson.write(MeetingJson.COMPACT, tree(file, d));
  }

  public static ObjectNode tree(String file, ParsedDocument d) {
    SelfCheck c = d.check();
    ObjectNode o = F.objectNode();
    o.put("file", file);
    o.put("sha256", d.source().sha256());
    o.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
    ArrayNode meetings = o.putArray("meetings");
    for (Meeting m : d.meetings()) {
      meetings.addObject().put("date", m.date().toString()).put("body", m.body());
    }
    o.put("minutesLines", c.minutesLines());
    o.put("itemLines", c.itemLines());
    o.put("itemShare", c.itemShare());
    o.put("looseDecisionWords", c.looseDecisionWords());
    ArrayNode examples = o.putArray("examples");
    for (Sighting s : c.examples()) {
      examples.addObject().put("page", s.page()).put("line", s.line()).put("word", s.word()).put("text", s.text());
    }
    ArrayNode numbering = o.putArray("numbering");
    for (NumberingIssue n : c.numbering()) {
      numbering.addObject().put("kind", n.kind().name().toLowerCase(Locale.ROOT)).put("previous", n.previous()).put("number", n.number());
    }
    ArrayNode dates = o.putArray("fileDates");
    c.fileDates().forEach(dates::add);
    o.put("dateAgrees", c.dateAgrees());
    if (d.source().ocr() != null) {
      // as in the meeting JSON: only a document read by OCR says how the OCR went
      ObjectNode ocr = o.putObject("ocr");
      ocr.put("pages", d.source().ocr().pages());
      ocr.put("confidence", Math.round(d.source().ocr().confidence() * 10) / 10.0);
      ocr.put("low", d.source().ocr().low());
      ArrayNode proofread = ocr.putArray("proofread");
      for (Meeting m : d.meetings()) {
        for (Proofreading.Flagged f : Proofreading.of(m).flagged()) {
          proofread.addObject().put("kind", f.kind().name().toLowerCase(Locale.ROOT)).put("page", f.page()).put("text", f.text())
              .put("confidence", Math.round(f.confidence() * 10) / 10.0);
        }
      }
    }
    return o;
  }
}
