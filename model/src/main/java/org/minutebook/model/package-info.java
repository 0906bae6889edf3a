/**
 * The domain of minutebook as immutable records: a {@link org.minutebook.model.Meeting} with its
 * {@link org.minutebook.model.Attendance}, numbered {@link org.minutebook.model.Item}s, formal
 * {@link org.minutebook.model.Decision}s and Action-column {@link org.minutebook.model.ActionRow}s.
 *
 * <p>Records validate in their compact constructors and expose only unmodifiable lists. The package
 * does no I/O and depends on no third-party library, so every stage of the pipeline and every test
 * can build these values directly.
 */
package org.minutebook.model;
