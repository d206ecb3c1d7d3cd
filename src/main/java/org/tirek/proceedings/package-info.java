/**
 * Legal proceedings of a case (DOMAIN.md §2–§7). Each proceeding is its own state machine (arrest
 * warrant and prosecution, Interpol matter, extradition with its custody beside the merits, asylum,
 * protective order, interim measure, ECtHR application, UN communication, domestic criminal case, and
 * a generic type), driven by an append-only log of events from which its state is derived. A
 * proceeding also carries measures (custody and restrictions, derived from its events), the details
 * of its decisions ({@link org.tirek.proceedings.DecisionDetails}), charges, and typed links to the
 * case's other proceedings ({@link org.tirek.proceedings.LinkKind}).
 *
 * <p>Recording an event checks, in this order: a type the proceeding's machine knows; a date not in
 * the future and a note of at most {@link org.tirek.proceedings.NewEvent#MAX_NOTE} characters; the
 * attributes its type needs; the state it happened in (a late entry is replayed in date order against
 * everything after it); and last the <em>surrender safeguard</em>. While an asylum claim is pending
 * or protection granted, an interim measure is in force, a suspensive remedy is pending, or a
 * proceeding that has not ended BLOCKS or SUSPENDS the extradition, setting the surrender date or
 * recording the handover needs an override with a reason. Events are never edited: a correction is a
 * new event that voids an earlier one.
 *
 * <p>Around the proceedings: deadlines computed from jurisdiction rule packs ({@code rules},
 * {@code deadlines}), the safeguard alerts of DOMAIN.md §7 evaluated across a case's proceedings
 * ({@code alerts}), and a calendar of hearings and deadlines with a per-user iCal feed
 * ({@code calendar}). Other modules learn of changes through past-tense events ({@link
 * org.tirek.proceedings.ProceedingEventRecorded}, {@link org.tirek.proceedings.DeadlinesRecomputed},
 * {@link org.tirek.proceedings.DeadlineStatusChanged}).
 *
 * <p>Invariant-heavy, so the machines are data in {@code machine} (one definition per type, checked
 * when built) and replay is a pure function of the events; persistence is explicit SQL in
 * package-private row classes. Reference numbers, notes and charge descriptions are sensitive: sealed
 * under the case's key, and every read of them is audited.
 */
@NullMarked
package org.tirek.proceedings;

import org.jspecify.annotations.NullMarked;
