package org.tirek.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.identity.TirekUser;
import org.tirek.people.OrganisationId;

/**
 * Consent of a case (DOMAIN.md §8.6): granular by purpose and recipient, time-limited, revocable.
 * Only the case's team records, reads and revokes consents; every read is recorded before it returns
 * and every change in its transaction.
 *
 * <p><b>Every feature that shares a case's data outside the organisation, counts it or publishes it
 * must ask here first</b>: {@link #recordUse} before handing anything to a recipient (it checks and
 * records the use in the caller's transaction, so a revocation can list what was shared), and
 * {@link #permits} for checks that share nothing by themselves (statistics that count the case, a
 * publication draft). Referrals and evidence transfers do; statistics and publication must when they
 * are built.
 */
public interface Consents {

    /**
     * Records a consent.
     *
     * @throws org.tirek.platform.InvalidRequestException naming every refused field (a recipient missing,
     *     unknown or not allowed for the purpose; a date in the future; an expiry before the given day; a
     *     giver who is not a party of the case; an explainer off the team); nothing is saved
     * @throws org.springframework.security.access.AccessDeniedException unless on the case's team
     * @throws org.tirek.platform.NotFoundException when there is no such case
     */
    Consent record(TirekUser who, CaseId caseId, NewConsent consent);

    /** The case's consents, those in force first, each with what was shared under it (one recorded read). */
    List<Consent> ofCase(TirekUser who, CaseId caseId);

    /**
     * One consent (one recorded read).
     *
     * @throws org.tirek.platform.NotFoundException when there is no such consent
     */
    Consent get(TirekUser who, ConsentId id);

    /**
     * The case's consents for {@code purpose} in force now, oldest first: structure only, so nothing
     * is recorded (for forms that offer them).
     *
     * @throws org.springframework.security.access.AccessDeniedException unless on the case's team
     */
    List<ConsentSummary> inForce(TirekUser who, CaseId caseId, ConsentPurpose purpose);

    /**
     * Revokes a consent: it permits nothing from now on, and a task is opened on the case to tell the
     * recipient and chase the copies already shared under it, which the task lists.
     *
     * @throws org.tirek.platform.InvalidRequestException without a reason, or when already revoked
     */
    Revocation revoke(TirekUser who, ConsentId id, String reason);

    /** A revoked consent and the task it opened. */
    record Revocation(Consent consent, CaseTask task) {}

    /**
     * The consent of the case that permits {@code purpose} for {@code recipient} at {@code at}, if any.
     * Structural: needs no keys and records nothing; the caller has checked who asks.
     */
    Optional<ConsentId> permitting(
            CaseId caseId, ConsentPurpose purpose, @Nullable OrganisationId recipient, Instant at);

    /** Whether some consent of the case permits {@code purpose} for {@code recipient} at {@code at}. */
    default boolean permits(CaseId caseId, ConsentPurpose purpose, @Nullable OrganisationId recipient, Instant at) {
        return permitting(caseId, purpose, recipient, at).isPresent();
    }

    /**
     * Checks that a consent in force now permits one of {@code purposes} for {@code recipient}, and
     * records that {@code subject} was shared under it, in the caller's transaction.
     *
     * @param field the caller's request field that names the recipient, for the refusal
     * @return the consent it was shared under
     * @throws NoConsentException when no consent permits it; nothing is recorded
     * @throws org.springframework.security.access.AccessDeniedException unless on the case's team
     */
    ConsentId recordUse(
            TirekUser who,
            CaseId caseId,
            Set<ConsentPurpose> purposes,
            OrganisationId recipient,
            ConsentUse.Kind kind,
            UUID subject,
            String field);
}
