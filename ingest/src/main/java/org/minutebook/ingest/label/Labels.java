package org.minutebook.ingest.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minutebook.ingest.label.rules.AgendaReference;
import org.minutebook.ingest.label.rules.AttendanceLabel;
import org.minutebook.ingest.label.rules.DecisionOpening;
import org.minutebook.ingest.label.rules.ItemNumber;
import org.minutebook.ingest.label.rules.VoteHeading;

/**
 * What one row is, as its recognisers in {@link org.minutebook.ingest.label.rules} read it. Each
 * is null (or false) where the row is not that.
 *
 * @param number the item number in the row's number cell
 * @param leading the item number opening the row's text, where it has no number cell
 * @param reference the agenda reference the row holds alone ("(Item 3)")
 * @param minutesHeading the row opens a set of minutes ("Minutes of the meeting held ...")
 * @param attendance the attendance list the row's label opens, as a heading
 * @param opensAttendance the row opens an attendance list in any form (a heading, a sentence, a roll call)
 * @param decision the decision the row's text opens with
 * @param vote the vote heading the row opens with
 * @param closing the row is the closing line ("The meeting ended at ...")
 * @param signature the row is a signature line
 * @param actionLine the entries of an action written on the row alone ("ACTION: AB" gives "AB")
 * @param field the report-head field the row is
 * @param finished the row ends a sentence
 * @param typography how the row is set
 */
public record Labels(
    ItemNumber number,
    ItemNumber.Leading leading,
    AgendaReference reference,
    boolean minutesHeading,
    AttendanceLabel attendance,
    boolean opensAttendance,
    DecisionOpening decision,
    VoteHeading vote,
    boolean closing,
    boolean signature,
    String actionLine,
    Field field,
    boolean finished,
    Typography typography) {

  /** The kind of report-head field a row is. */
  public enum Field { REPORT_NUMBER, STRONG, WEAK }

  /** The item number of the row's number cell. */
  public Optional<ItemNumber> itemNumber() {
    return Optional.ofNullable(number);
  }

  /** Whether the row is set as a heading by its typography alone. */
  public boolean heading(String text) {
    return typography.heading(text);
  }

  /** The labels as a reader sees them, for {@code minutebook layout}: "number=16a decision=RESOLVED heading". */
  public List<String> describe(String text) {
    List<String> out = new ArrayList<>();
    if (number != null) {
      out.add("number=" + number.printed());
    }
    if (leading != null) {
      out.add("leading=" + leading.number().printed());
    }
    if (reference != null) {
      out.add("agenda-ref=" + reference.number());
    }
    if (minutesHeading) {
      out.add("minutes-heading");
    }
    if (attendance != null) {
      out.add("attendance=" + attendance.kind());
    } else if (opensAttendance) {
      out.add("attendance");
    }
    if (decision != null) {
      out.add("decision=" + decision.kind());
    }
    if (vote != null) {
      out.add("vote=" + vote.side());
    }
    if (closing) {
      out.add("closing");
    }
    if (signature) {
      out.add("signature");
    }
    if (actionLine != null) {
      out.add("action=" + actionLine);
    }
    if (field != null) {
      out.add("field=" + field);
    }
    if (typography.heading(text)) {
      out.add("heading(" + typography.describe() + ")");
    }
    return out;
  }
}
