package org.tirek.cases.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.cases.CaseId;
import org.tirek.vault.CaseErased;

/**
 * When a case is erased its key is gone, so the sealed conditions, revocation reasons and referral
 * outcomes are useless and are dropped, as is the link to the person who gave each consent. Purpose,
 * recipient, service type, provider, states and dates stay for statistics when the erasure keeps
 * structural data; otherwise the consents, their uses and the referrals are deleted. Runs in the
 * approval's transaction; each record's erasure is recorded, by the approver.
 */
@Component
class ErasedCaseConsents {

    private final CaseConsents consents;
    private final CaseReferrals referrals;
    private final AuditTrail audit;

    ErasedCaseConsents(CaseConsents consents, CaseReferrals referrals, AuditTrail audit) {
        this.consents = consents;
        this.referrals = referrals;
        this.audit = audit;
    }

    @EventListener
    void on(CaseErased erased) {
        CaseId caseId = CaseId.of(erased.caseId());
        List<UUID> referralIds =
                erased.keepStructural() ? referrals.dropSealed(caseId) : referrals.deleteOfCase(caseId);
        List<UUID> consentIds = erased.keepStructural() ? consents.dropSealed(caseId) : consents.deleteOfCase(caseId);
        Actor approver = Actor.user(erased.approvedBy(), erased.approvedByName());
        for (UUID id : referralIds) record(approver, CaseActions.REFERRAL_ERASED, "referral", id, erased.caseId());
        for (UUID id : consentIds) record(approver, CaseActions.CONSENT_ERASED, "consent", id, erased.caseId());
    }

    private void record(Actor approver, org.tirek.audit.AuditAction action, String type, UUID id, UUID caseId) {
        audit.record(AuditEntry.of(approver, action).about(type, id).inCase(caseId));
    }
}
