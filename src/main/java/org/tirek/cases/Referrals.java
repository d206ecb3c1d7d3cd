package org.tirek.cases;

import java.util.List;
import org.tirek.identity.TirekUser;

/**
 * Referrals of a case to service providers (organisations of the people module). No consent, no
 * referral: each is made under a {@link ConsentPurpose#REFERRAL} consent of the case naming the
 * provider, checked when it is recorded and again when it is made; making it records the use of the
 * consent ({@link Consents#recordUse}). Only the case's team reads and writes referrals; reads are
 * recorded before they return, changes in their transaction.
 */
public interface Referrals {

    /**
     * Records a referral, planned or made.
     *
     * @throws NoConsentException (field {@code consentId}) when no consent in force permits it; nothing is saved
     * @throws org.tirek.platform.InvalidRequestException naming the refused field (an unknown or archived
     *     provider, a consent of another case, purpose or provider, a day in the future); nothing is saved
     */
    Referral make(TirekUser who, CaseId caseId, NewReferral referral);

    /** The case's referrals with their outcomes, open ones first (one recorded read). */
    List<Referral> ofCase(TirekUser who, CaseId caseId);

    /**
     * One referral (one recorded read).
     *
     * @throws org.tirek.platform.NotFoundException when there is no such referral
     */
    Referral get(TirekUser who, ReferralId id);

    /**
     * Moves a referral in its workflow, and/or changes its outcome or follow-up day.
     *
     * @throws ReferralStatus.IllegalTransitionException when the workflow does not allow the move
     * @throws NoConsentException when it is to be made and its consent is no longer in force
     * @throws org.tirek.platform.ConflictException when {@code change.version()} is stale; nothing changed
     */
    Referral change(TirekUser who, ReferralId id, ReferralChange change);
}
