/**
 * Anonymous intake: a public report form that works without JavaScript and sets no cookie, reports
 * and files encrypted on arrival to the organisation's intake public key (so intake works while the
 * vault is sealed), receipt codes kept only as Argon2id hashes, two-way messages, and staff triage
 * into cases. Nothing that identifies a reporter's device or network is written anywhere.
 *
 * <p>A report taken into a case reaches the other modules through their public APIs: the case is
 * opened through {@link org.tirek.cases.Cases}, the incident recorded through
 * {@link org.tirek.incidents.Incidents}, the files received by {@link org.tirek.evidence.Evidence}
 * with the hash and arrival time of their upload; then {@link org.tirek.intake.ReportConverted} is
 * published. Persistence is explicit SQL in package-private repositories of {@code intake.internal},
 * rows mapped straight to records (the module is CRUD-shaped apart from its cryptography).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "audit", "identity", "vault", "cases", "incidents", "evidence"})
package org.tirek.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
