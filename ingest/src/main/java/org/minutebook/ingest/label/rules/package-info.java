/**
 * The rules that recognise what a line of minutes is: one recogniser per label, each the only
 * place its pattern is spelled. An item number ({@link org.minutebook.ingest.label.rules.ItemNumber}),
 * an agenda reference, a minutes heading, an attendance list's label, a decision's opening, a vote's
 * heading, the closing line, a signature line, an Action label, a report's head field or date line,
 * a page stamp, a finished sentence, the next meeting.
 *
 * <p>Every recogniser is a pure function of text and depends on nothing but the JDK and the model,
 * so every stage can ask it: {@code text} and {@code layout} for number cells, page stamps and
 * sentence ends, the {@link org.minutebook.ingest.label label} stage to label each row once, and
 * {@code segment} and {@code extract} for the text they join from rows (a paragraph, a title).
 */
package org.minutebook.ingest.label.rules;
