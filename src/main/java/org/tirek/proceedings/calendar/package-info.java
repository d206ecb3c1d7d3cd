/**
 * The calendar: the hearings ({@code HEARING_SCHEDULED} events neither voided nor cancelled) and the
 * deadlines a user may see in a time range, for the month and week pages, the API and a per-user
 * iCal feed. Who sees what is the deadline board's rule. A feed leaves our control once it is on a
 * phone, so it carries only the case's reference and what an entry is: no title, name, note or place.
 */
@NullMarked
package org.tirek.proceedings.calendar;

import org.jspecify.annotations.NullMarked;
