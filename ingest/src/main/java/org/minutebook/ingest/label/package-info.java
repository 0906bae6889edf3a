/**
 * The label stage, between {@code layout} and {@code segment}: every row of the layout is read
 * once by the recognisers of {@link org.minutebook.ingest.label.rules} and becomes a {@link
 * org.minutebook.ingest.label.LabelledRow} that keeps its words, position and typed {@link
 * org.minutebook.ingest.label.Labels}. Segmenting and extraction ask the labels instead of
 * matching the text again; {@code minutebook layout FILE} prints them beside each row.
 */
package org.minutebook.ingest.label;
