/**
 * The state machines of the proceeding types, as data: one definition per type in {@link
 * org.tirek.proceedings.machine.Machines} (after DOMAIN.md §3.7, §4.5, §5.2, §6.3, §8.5), checked when
 * built, and their replay; which asylum states mean a claim pending or protection granted, and when a
 * proceeding has ended for what it blocks. Pure Java: no Spring, no database.
 */
@NullMarked
package org.tirek.proceedings.machine;

import org.jspecify.annotations.NullMarked;
