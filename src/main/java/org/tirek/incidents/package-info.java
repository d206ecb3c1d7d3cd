/**
 * Incidents: single reported acts of harm within a case (GBVIMS distinguishes the case, managed over
 * time, from the incidents reported in it). Each incident has exactly one GBVIMS core type, found by
 * the {@link org.tirek.incidents.Classifier} in the tool's fixed priority order, with case contexts,
 * perpetrators, a partial incident date, a coarse area and the reporting delay derived from its dates.
 *
 * <p>Structural fields stay in clear for aggregate statistics; only the optional narrative is
 * sensitive and sealed under the case's key. Only the case's team reads and writes incidents
 * ({@link org.tirek.identity.CaseAccess}), and every read and change is recorded in the audit trail.
 * CRUD-shaped: a package-private repository maps rows straight to the records of this package.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "audit", "identity", "vault", "cases"})
package org.tirek.incidents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
