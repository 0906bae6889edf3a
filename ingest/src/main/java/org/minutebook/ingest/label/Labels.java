package org.minutebook.ingest.label;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.minutebook.ingest.label.rules.ActionLabel;
import org.minutebook.ingest.label.rules.AgendaReference;
import org.minutebook.ingest.label.rules.AttendanceLabel;
import org.minutebook.ingest.label.rules.ClosingLine;
import org.minutebook.ingest.label.rules.DecisionOpening;
import org.minutebook.ingest.label.rules.DecisionWords;
import org.minutebook.ingest.label.rules.ItemNumber;
import org.minutebook.ingest.label.rules.MinutesHeading;
import org.minutebook.ingest.label.rules.ReportField;
import org.minutebook.ingest.label.rules.Sentences;
import org.minutebook.ingest.label.rules.VoteHeading;
import org.minutebook.ingest.layout.Row;

/**
 * What one row is, as its recognisers in {@link org.minutebook.ingest.label.rules} read it. Each
 * label is null (or false) where the row is not that.
 *
 * <p>A label is read when a stage first asks for it and kept: each recogniser reads a row at most
 * once, and rows no stage asks about (most of a long document's body text) cost nothing. The
 * value of each label is a pure function of the row and the document's body size, so when it is
 * read makes no difference; instances may be read from several threads (a race only reads a label
 * twice, to the same value).
 */
public final class Labels {
  /** Where each label is kept once read: its slot in {@link #read}. */
  private enum Slot { NUMBER, LEADING, REFERENCE, MINUTES_HEADING, ATTENDANCE, OPENS_ATTENDANCE, DECISION, VOTE, CLOSING, SIGNATURE,
    ACTION_LINE, FIELD, FINISHED, DECISION_WORDS }

  /** A label read and found absent, told apart from one not read yet (null). */
  private static final Object ABSENT = new Object();

  private final Row row;
  private final String text;
  private final Typography typography;
  private final Object[] read = new Object[Slot.values().length];

  Labels(Row row, Typography typography) {
    this.row = row;
    this.text = row.text().strip();
    this.typography = typography;
  }

  /** The label in slot, read by the recogniser the first time it is asked for; null where the row is not that. */
  @SuppressWarnings("unchecked")
  private <T> T read(Slot slot, Supplier<T> recogniser) {
    Object v = read[slot.ordinal()];
    if (v == null) {
      T found = recogniser.get();
      v = found == null ? ABSENT : found;
      read[slot.ordinal()] = v;
    }
    return v == ABSENT ? null : (T) v;
  }

  /** The item number in the row's number cell, or null. */
  public ItemNumber number() {
    return read(Slot.NUMBER, () -> row.number() == null ? null : ItemNumber.parse(row.number()).orElse(null));
  }

  /** The item number opening the row's text, where it has no number cell, or null. */
  public ItemNumber.Leading leading() {
    return read(Slot.LEADING, () -> row.number() == null ? ItemNumber.leading(text).orElse(null) : null);
  }

  /** The agenda reference the row holds alone ("(Item 3)"), or null. */
  public AgendaReference reference() {
    return read(Slot.REFERENCE, () -> AgendaReference.line(text).orElse(null));
  }

  /** Whether the row opens a set of minutes ("Minutes of the meeting held ..."). */
  public boolean minutesHeading() {
    return read(Slot.MINUTES_HEADING, () -> row.number() == null && MinutesHeading.opens(text));
  }

  /** The attendance list the row's label opens, as a heading, or null. */
  public AttendanceLabel attendance() {
    return read(Slot.ATTENDANCE, () -> AttendanceLabel.heading(text, row.bold()).orElse(null));
  }

  /** Whether the row opens an attendance list in any form (a heading, a sentence, a roll call). */
  public boolean opensAttendance() {
    return read(Slot.OPENS_ATTENDANCE, () -> AttendanceLabel.opensList(text));
  }

  /** The decision the row's text opens with, or null. */
  public DecisionOpening decision() {
    return read(Slot.DECISION, () -> DecisionOpening.at(text).orElse(null));
  }

  /** The vote heading the row opens with, or null. */
  public VoteHeading vote() {
    return read(Slot.VOTE, () -> VoteHeading.parse(text).orElse(null));
  }

  /** Whether the row is the closing line ("The meeting ended at ..."). */
  public boolean closing() {
    return read(Slot.CLOSING, () -> ClosingLine.closes(row.text()));
  }

  /** Whether the row is a signature line. */
  public boolean signature() {
    return read(Slot.SIGNATURE, () -> ClosingLine.signature(text));
  }

  /** The entries of an action written on the row alone ("ACTION: AB" gives "AB"), or null. */
  public String actionLine() {
    return read(Slot.ACTION_LINE, () -> row.action() == null ? ActionLabel.line(text).orElse(null) : null);
  }

  /** The report-head field the row is, or null. */
  public Field field() {
    return read(Slot.FIELD, () -> ReportField.numberLine(text) ? Field.REPORT_NUMBER
        : ReportField.strong(text) ? Field.STRONG : ReportField.field(text) ? Field.WEAK : null);
  }

  /** Whether the row ends a sentence. */
  public boolean finished() {
    return read(Slot.FINISHED, () -> Sentences.finished(text));
  }

  /** The words in the row that record a decision ("agreed", "seconded", "Motion"), in order; empty when none. */
  public List<DecisionWords.Found> decisionWords() {
    return read(Slot.DECISION_WORDS, () -> DecisionWords.in(row.text()));
  }

  /** How the row is set. */
  public Typography typography() {
    return typography;
  }

  /** The kind of report-head field a row is. */
  public enum Field { REPORT_NUMBER, STRONG, WEAK }

  /** Whether the row is set as a heading by its typography alone. */
  public boolean heading() {
    return typography.heading(text);
  }

  /** The labels as a reader sees them, for {@code minutebook layout}: "number=16a decision=RESOLVED heading". */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    if (number() != null) {
      out.add("number=" + number().printed());
    }
    if (leading() != null) {
      out.add("leading=" + leading().number().printed());
    }
    if (reference() != null) {
      out.add("agenda-ref=" + reference().number());
    }
    if (minutesHeading()) {
      out.add("minutes-heading");
    }
    if (attendance() != null) {
      out.add("attendance=" + attendance().kind());
    } else if (opensAttendance()) {
      out.add("attendance");
    }
    if (decision() != null) {
      out.add("decision=" + decision().kind());
    }
    if (vote() != null) {
      out.add("vote=" + vote().side());
    }
    if (closing()) {
      out.add("closing");
    }
    if (signature()) {
      out.add("signature");
    }
    if (actionLine() != null) {
      out.add("action=" + actionLine());
    }
    if (field() != null) {
      out.add("field=" + field());
    }
    if (typography.heading(text)) {
      out.add("heading(" + typography.describe() + ")");
    }
    return out;
  }
}
