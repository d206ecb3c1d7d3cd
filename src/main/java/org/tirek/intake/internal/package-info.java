/** Internal to the intake module: encryption on arrival, receipts, throttles, persistence, triage. */
@NullMarked
package org.tirek.intake.internal;

import org.jspecify.annotations.NullMarked;
