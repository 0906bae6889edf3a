package org.minutebook.ingest.label.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minutebook.ingest.label.rules.ActionLabel.LogColumn;

class ActionLabelTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "NO | REF", "No. | REF", "Ref | REF", "Item No | REF",
    "ACTION | ACTION", "Action | ACTION", "ITEM | ACTION", "Actions: | ACTION",
    "OWNER | OWNER", "Owner | OWNER", "Action by | OWNER", "Who | OWNER", "Responsible | OWNER",
    "UPDATE | UPDATE", "Update | UPDATE", "Status | UPDATE", "Progress | UPDATE",
    "Action date | DUE", "Due date | DUE", "Deadline | DUE",
    "Payee | ''", "Total £s | ''", "Car Park Ramp | ''", "AS | ''"})
  void headerCellsNameColumns(String cell, String column) {
    Optional<LogColumn> read = ActionLabel.logColumn(cell);
    assertEquals(column.isEmpty() ? Optional.empty() : Optional.of(LogColumn.valueOf(column)), read);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "NO;ACTION;OWNER;UPDATE | REF,ACTION,OWNER,UPDATE",
    "NO;ITEM;OWNER | REF,ACTION,OWNER",
    "No;Owner;Update | REF,OWNER,UPDATE",
    "Action;Action by;Action date | ACTION,OWNER,DUE",
    "Payee;Detail;Total £s;VAT;Comments | ''",
    "Item;Date;Comments | ''",
    "ACTION;ACTION;OWNER | ''",
    "NO;ACTION;Car Park Ramp;OWNER | ''"})
  void headerRowsAreAllColumnsWithWhatAndWho(String cells, String columns) {
    Optional<List<LogColumn>> read = ActionLabel.logHeader(Arrays.asList(cells.split(";")));
    Optional<List<LogColumn>> expected = columns.isEmpty() ? Optional.empty()
        : Optional.of(Arrays.stream(columns.split(",")).map(LogColumn::valueOf).toList());
    assertEquals(expected, read);
  }
}
