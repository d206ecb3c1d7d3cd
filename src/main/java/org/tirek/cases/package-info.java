/**
 * Cases: the unit of work of a caseworker and a lawyer. A case has a reference ({@code TRK-2026-0001}),
 * a non-identifying codename, a type, a status workflow with reasons, a priority, a coarse region,
 * a sealed summary, a team, and notes whose earlier texts are kept. The team is need-to-know: only
 * members read and write a case's sensitive data ({@link org.tirek.identity.CaseAccess} is
 * implemented here); coordinators and administrators see every case's structural data and may join
 * a case, which is recorded. Analysts see no case at all.
 *
 * <p>Consent ({@link org.tirek.cases.Consents}) is recorded per purpose and recipient organisation,
 * with an expiry and revocation; whether one is in force is decided by {@link
 * org.tirek.cases.ConsentTerms} alone. Features that share, count or publish a case's data check it
 * there: referrals ({@link org.tirek.cases.Referrals}) and evidence transfers do, and revoking a
 * consent opens a task listing what was shared under it.
 *
 * <p>Other modules add to a case through their own pages under {@code /cases/{id}/…} (the case
 * header and tabs come from {@link org.tirek.cases.Cases#header}) and to its timeline through
 * {@link org.tirek.cases.TimelineSource}. Persistence is explicit SQL in package-private
 * repositories; the status workflow lives in {@link org.tirek.cases.CaseStatus}.
 */
@NullMarked
package org.tirek.cases;

import org.jspecify.annotations.NullMarked;
