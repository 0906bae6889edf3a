package org.minutebook.ingest.label;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minutebook.ingest.layout.Layout;
import org.minutebook.ingest.layout.Row;

/**
 * The label stage: each row of the layout gets its {@link Labels}, which the recognisers in {@link
 * org.minutebook.ingest.label.rules} fill as the later stages ask (each at most once per row), kept
 * beside the row's words and position.
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
    return new Labels(row, new Typography(row.bold(), Typography.capitals(t), bodySize > 0 ? row.fontSize() / bodySize : 1f,
        row.indent(), alone));
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
