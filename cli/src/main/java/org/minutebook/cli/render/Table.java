package org.minutebook.cli.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table for terminals: a header, a rule, and rows with columns padded to their
 * widest cell; the last column is not padded, and cells longer than their cap are cut with "…".
 */
public final class Table {
  private final List<String> headers;
  private final int[] caps;
  private final List<List<String>> rows = new ArrayList<>();

  /** Columns with their headers; caps limit each column's width (0 = no limit). */
  public Table(List<String> headers, int... caps) {
    this.headers = List.copyOf(headers);
    this.caps = caps.length == headers.size() ? caps.clone() : new int[headers.size()];
  }

  public Table row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      Object c = i < cells.length ? cells[i] : null;
      String s = c == null ? "" : c.toString().replaceAll("\\s+", " ").strip();
      if (caps[i] > 0 && s.length() > caps[i]) {
        s = s.substring(0, Math.max(1, caps[i] - 1)) + "…";
      }
      row.add(s);
    }
    rows.add(row);
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public void print(PrintWriter out) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> r : rows) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    line(out, headers, widths);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i > 0 ? "  " : "").append("-".repeat(widths[i]));
    }
    out.println(rule);
    for (List<String> r : rows) {
      line(out, r, widths);
    }
  }

  private static void line(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append("  ");
      }
      String c = cells.get(i);
      sb.append(c);
      if (i < cells.size() - 1) {
        sb.append(" ".repeat(widths[i] - c.length()));
      }
    }
    out.println(sb.toString().stripTrailing());
  }
}
