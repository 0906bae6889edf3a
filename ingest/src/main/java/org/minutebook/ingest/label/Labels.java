package org.minutebook.ingest.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  private final Row row;
  private final String text;
  private final Typography typography;
  private Optional<ItemNumber> number;
  private Optional<ItemNumber.Leading> leading;
  private Optional<AgendaReference> reference;
  private Boolean minutesHeading;
  private Optional<AttendanceLabel> attendance;
  private Boolean opensAttendance;
  private Optional<DecisionOpening> decision;
  private Optional<VoteHeading> vote;
  private Boolean closing;
  private Boolean signature;
  private Optional<String> actionLine;
  private Optional<Field> field;
  private Boolean finished;

  Labels(Row row, Typography typography) {
    this.row = row;
    this.text = row.text().strip();
    this.typography = typography;
  }

  /** The item number in the row's number cell, or null. */
  public ItemNumber number() {
    if (number == null) {
      number = row.number() == null ? Optional.empty() : ItemNumber.parse(row.number());
    }
    return number.orElse(null);
  }

  /** The item number opening the row's text, where it has no number cell, or null. */
  public ItemNumber.Leading leading() {
    if (leading == null) {
      leading = row.number() == null ? ItemNumber.leading(text) : Optional.empty();
    }
    return leading.orElse(null);
  }

  /** The agenda reference the row holds alone ("(Item 3)"), or null. */
  public AgendaReference reference() {
    if (reference == null) {
      reference = AgendaReference.line(text);
    }
    return reference.orElse(null);
  }

  /** Whether the row opens a set of minutes ("Minutes of the meeting held ..."). */
  public boolean minutesHeading() {
    if (minutesHeading == null) {
      minutesHeading = row.number() == null && MinutesHeading.opens(text);
    }
    return minutesHeading;
  }

  /** The attendance list the row's label opens, as a heading, or null. */
  public AttendanceLabel attendance() {
    if (attendance == null) {
      attendance = AttendanceLabel.heading(text, row.bold());
    }
    return attendance.orElse(null);
  }

  /** Whether the row opens an attendance list in any form (a heading, a sentence, a roll call). */
  public boolean opensAttendance() {
    if (opensAttendance == null) {
      opensAttendance = AttendanceLabel.opensList(text);
    }
    return opensAttendance;
  }

  /** The decision the row's text opens with, or null. */
  public DecisionOpening decision() {
    if (decision == null) {
      decision = DecisionOpening.at(text);
    }
    return decision.orElse(null);
  }

  /** The vote heading the row opens with, or null. */
  public VoteHeading vote() {
    if (vote == null) {
      vote = VoteHeading.parse(text);
    }
    return vote.orElse(null);
  }

  /** Whether the row is the closing line ("The meeting ended at ..."). */
  public boolean closing() {
    if (closing == null) {
      closing = ClosingLine.closes(row.text());
    }
    return closing;
  }

  /** Whether the row is a signature line. */
  public boolean signature() {
    if (signature == null) {
      signature = ClosingLine.signature(text);
    }
    return signature;
  }

  /** The entries of an action written on the row alone ("ACTION: AB" gives "AB"), or null. */
  public String actionLine() {
    if (actionLine == null) {
      actionLine = row.action() == null ? ActionLabel.line(text) : Optional.empty();
    }
    return actionLine.orElse(null);
  }

  /** The report-head field the row is, or null. */
  public Field field() {
    if (field == null) {
      field = Optional.ofNullable(ReportField.numberLine(text) ? Field.REPORT_NUMBER
          : ReportField.strong(text) ? Field.STRONG : ReportField.field(text) ? Field.WEAK : null);
    }
    return field.orElse(null);
  }

  /** Whether the row ends a sentence. */
  public boolean finished() {
    if (finished == null) {
      finished = Sentences.finished(text);
    }
    return finished;
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
