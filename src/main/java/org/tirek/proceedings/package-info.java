/**
 * Legal proceedings of a case: each proceeding is its own state machine (arrest warrant and
 * prosecution, Interpol matter, extradition with a separate custody region, asylum, protective order,
 * interim measure, ECtHR application, UN communication, domestic criminal case, and a generic type),
 * driven by an append-only log of events from which its state is derived; measures, decisions and
 * charges; links between proceedings; deadlines computed from jurisdiction rule packs; safeguard
 * alerts across proceedings; and a calendar.
 *
 * <p>Invariant-heavy: the machines are data in {@code proceedings.machine} (one definition per type,
 * checked at start), replay is a pure function, and an event that is illegal in the current state is
 * refused with a message naming both. Events are never edited: a correction is a new event that voids
 * an earlier one.
 */
@NullMarked
package org.tirek.proceedings;

import org.jspecify.annotations.NullMarked;
