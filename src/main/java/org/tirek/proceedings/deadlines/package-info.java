/**
 * Deadlines of proceedings: computed from the rule packs by a pure engine when an event is
 * recorded (in the recording transaction) and recomputed when one is corrected; kept in the {@code
 * deadline} table with their provenance; moved to DUE_SOON and OVERDUE by a job that also escalates
 * an unacknowledged deadline to the backup lawyer; overridden, acknowledged and waived by lawyers.
 * Rows map straight to package-private records (CRUD-shaped); the only sensitive values are the
 * reasons of overrides and waivers, sealed under the case's key.
 */
@NullMarked
package org.tirek.proceedings.deadlines;

import org.jspecify.annotations.NullMarked;
