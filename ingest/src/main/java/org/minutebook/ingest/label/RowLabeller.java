package org.minutebook.ingest.label;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minutebook.ingest.label.rules.ActionLabel;
import org.minutebook.ingest.label.rules.AgendaReference;
import org.minutebook.ingest.label.rules.AttendanceLabel;
import org.minutebook.ingest.label.rules.ClosingLine;
import org.minutebook.ingest.label.rules.DecisionOpening;
import org.minutebook.ingest.label.rules.ItemNumber;
import org.minutebook.ingest.label.rules.MinutesHeading;
import org.minutebook.ingest.label.rules.ReportField;
import org.minutebook.ingest.label.rules.Sentences;
import org.minutebook.ingest.label.rules.VoteHeading;
import org.minutebook.ingest.layout.Layout;
import org.minutebook.ingest.layout.Row;

/**
 * The label stage: each row of the layout is read once by every recogniser in {@link
 * org.minutebook.ingest.label.rules}, and keeps what they found beside its words and position.
 *
 * <p>Contract: a pure function of the {@link Layout}; every row gets labels (most of them empty),
 * in the same order. Typography is judged against the document's body text: the font size most of
 * its characters are set in.
 */
public final class RowLabeller {
  public LabelledLayout label(Layout layout) {
    return new LabelledLayout(label(layout.rows()), layout);
  }

  /** Labels rows against each other (their body size, which row starts a paragraph after which). */
  public static List<LabelledRow> label(List<Row> rows) {
    float body = bodySize(rows);
    List<LabelledRow> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Row next = i + 1 < rows.size() ? rows.get(i + 1) : null;
      boolean alone = row.paragraphStart() && (next == null || next.paragraphStart() || next.number() != null);
      out.add(new LabelledRow(row, labels(row, body, alone)));
    }
    return out;
  }

  /** A row labelled without the document around it: its own size is body size, and it is alone when it starts a paragraph. */
  static LabelledRow alone(Row row) {
    return new LabelledRow(row, labels(row, row.fontSize(), row.paragraphStart()));
  }

  /** A changed row labelled again, with the typography context its earlier labels had. */
  static LabelledRow relabel(Row row, Labels before) {
    Typography t = before.typography();
    float body = t.relativeSize() > 0 ? row.fontSize() / t.relativeSize() : row.fontSize();
    return new LabelledRow(row, labels(row, body, t.alone()));
  }

  private static Labels labels(Row row, float bodySize, boolean alone) {
    String t = row.text().strip();
    ItemNumber number = row.number() == null ? null : ItemNumber.parse(row.number()).orElse(null);
    ItemNumber.Leading leading = row.number() == null ? ItemNumber.leading(t).orElse(null) : null;
    Labels.Field field = ReportField.numberLine(t) ? Labels.Field.REPORT_NUMBER
        : ReportField.strong(t) ? Labels.Field.STRONG : ReportField.field(t) ? Labels.Field.WEAK : null;
    Typography typography = new Typography(row.bold(), Typography.capitals(t), bodySize > 0 ? row.fontSize() / bodySize : 1f,
        row.indent(), alone);
    return new Labels(
        number,
        leading,
        AgendaReference.line(t).orElse(null),
        row.number() == null && MinutesHeading.opens(t),
        AttendanceLabel.heading(t, row.bold()).orElse(null),
        AttendanceLabel.opensList(t),
        DecisionOpening.at(t).orElse(null),
        VoteHeading.parse(t).orElse(null),
        ClosingLine.closes(row.text()),
        ClosingLine.signature(t),
        row.action() == null ? ActionLabel.line(t).orElse(null) : null,
        field,
        Sentences.finished(t),
        typography);
  }

  /** The font size most characters of the rows are set in. */
  private static float bodySize(List<Row> rows) {
    Map<Integer, Integer> chars = new HashMap<>();
    for (Row r : rows) {
      chars.merge(Math.round(r.fontSize() * 10), r.text().length(), Integer::sum);
    }
    return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 10f).orElse(0f);
  }
}
