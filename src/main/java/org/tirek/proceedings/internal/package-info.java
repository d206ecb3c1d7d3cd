/**
 * Internal to the proceedings module: the service behind {@link org.tirek.proceedings.Proceedings}
 * (opening, recording with replay, charges, links), the rules an event's attributes must meet
 * ({@code EventRules}), the blocks on an extradition's surrender computed from the case's other
 * proceedings ({@code Blocks}), the proceedings' entries on the case timeline, and the package-private
 * row classes with their SQL.
 */
@NullMarked
package org.tirek.proceedings.internal;

import org.jspecify.annotations.NullMarked;
