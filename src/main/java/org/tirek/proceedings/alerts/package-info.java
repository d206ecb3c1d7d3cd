/**
 * Safeguard alerts (DOMAIN.md §7): rules evaluated across a case's proceedings, in the transaction of
 * every change and daily for the rules that depend on time; each alert with a severity, an
 * explanation made of structural facts (states, types, dates; never names or notes), links to the
 * proceedings involved, and an acknowledgement. {@link org.tirek.proceedings.alerts.SafeguardAlerts}
 * is the entry point; the rules themselves are a pure function of a case's snapshot.
 *
 * <p>A named interface of the proceedings module, so that the demo can record the safeguard facts of
 * its case; everything but the public types here is package-private.
 */
@NullMarked
@NamedInterface("alerts")
package org.tirek.proceedings.alerts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
