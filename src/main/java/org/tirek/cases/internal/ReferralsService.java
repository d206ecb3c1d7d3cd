package org.tirek.cases.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.cases.CaseId;
import org.tirek.cases.ConsentId;
import org.tirek.cases.ConsentPurpose;
import org.tirek.cases.ConsentUse;
import org.tirek.cases.NewReferral;
import org.tirek.cases.NoConsentException;
import org.tirek.cases.Referral;
import org.tirek.cases.ReferralChange;
import org.tirek.cases.ReferralId;
import org.tirek.cases.ReferralStatus;
import org.tirek.cases.ReferralStep;
import org.tirek.cases.Referrals;
import org.tirek.identity.Actors;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.TirekUser;
import org.tirek.people.OrganisationId;
import org.tirek.people.Organisations;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;
import org.tirek.vault.DecryptionFailedException;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;
import org.tirek.vault.SealedText;

/**
 * Referrals of cases. No consent, no referral: the consent is checked when a referral is recorded
 * and again when it is made, and making it records the use of the consent so that a revocation can
 * list it. Access first, then the rules, then the write and its audit entry in one transaction.
 */
@Service
@Transactional
class ReferralsService implements Referrals {

    private final CaseReferrals referrals;
    private final ConsentsService consents;
    private final CaseAccess access;
    private final Organisations organisations;
    private final FieldEncryption fields;
    private final AuditTrail audit;
    private final Clock clock;

    ReferralsService(
            CaseReferrals referrals,
            ConsentsService consents,
            CaseAccess access,
            Organisations organisations,
            FieldEncryption fields,
            AuditTrail audit,
            Clock clock) {
        this.referrals = referrals;
        this.consents = consents;
        this.access = access;
        this.organisations = organisations;
        this.fields = fields;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Referral make(TirekUser who, CaseId caseId, NewReferral request) {
        access.check(who, caseId.value());
        Map<String, String> problems = new LinkedHashMap<>();
        if (!request.status().initial()) problems.put("status", "PLANNED or MADE");
        if (request.on().isAfter(today())) problems.put("on", "not in the future");
        LocalDate followUp = request.followUpOn();
        if (followUp != null && followUp.isBefore(request.on())) problems.put("followUpOn", "not before on");
        if (organisations.find(request.provider()).filter(o -> !o.archived()).isEmpty()) {
            problems.put("providerId", "no such organisation");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(
                    "The referral was not saved; see 'errors' for the fields to correct", problems);
        }
        Instant now = clock.instant();
        ConsentId consent = consentFor(caseId, request.consent(), request.provider(), now);
        requireKey(caseId);
        ReferralId id = ReferralId.generate();
        referrals.insert(new CaseReferrals.ReferralRow(
                id,
                caseId,
                request.serviceType(),
                request.provider(),
                consent,
                request.status(),
                request.on(),
                followUp,
                null,
                who.id(),
                who.getUsername(),
                now,
                0));
        referrals.insertStep(id, request.status(), request.on(), now, who.getUsername());
        if (request.status() == ReferralStatus.MADE)
            consents.use(who, caseId, consent, ConsentUse.Kind.REFERRAL, id.value(), now);
        audit.record(entry(who, CaseActions.REFERRAL_MAKE, caseId, id));
        return open(found(id), referrals.history(id), new OrganisationNames(organisations));
    }

    @Override
    public List<Referral> ofCase(TirekUser who, CaseId caseId) {
        access.check(who, caseId.value());
        Map<ReferralId, List<ReferralStep>> histories = referrals.historiesOfCase(caseId);
        OrganisationNames names = new OrganisationNames(organisations);
        List<Referral> list = referrals.ofCase(caseId).stream()
                .map(row -> open(row, histories.getOrDefault(row.id(), List.of()), names))
                .toList();
        audit.record(AuditEntry.of(Actors.of(who), CaseActions.REFERRALS)
                .about("case", caseId.value())
                .inCase(caseId.value()));
        return list;
    }

    @Override
    public Referral get(TirekUser who, ReferralId id) {
        CaseReferrals.ReferralRow row = found(id);
        access.check(who, row.caseId().value());
        Referral referral = open(row, referrals.history(id), new OrganisationNames(organisations));
        audit.record(entry(who, CaseActions.REFERRAL_VIEW, row.caseId(), id));
        return referral;
    }

    @Override
    public Referral change(TirekUser who, ReferralId id, ReferralChange change) {
        CaseReferrals.ReferralRow row = found(id);
        CaseId caseId = row.caseId();
        access.check(who, caseId.value());
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, @Nullable Object> columns = new LinkedHashMap<>();
        ReferralStatus target = change.status();
        LocalDate on = change.on() == null ? today() : change.on();
        if (target != null) {
            row.status().moveTo(target);
            if (on.isAfter(today())) problems.put("on", "not in the future");
            else if (on.isBefore(row.statusOn())) problems.put("on", "not before " + row.statusOn());
            columns.put("status", target.name());
            columns.put("status_on", Date.valueOf(on));
        }
        String outcome = change.outcome();
        if (outcome != null) {
            String text = ConsentRules.text(outcome);
            if (text != null && text.length() > ConsentRules.MAX_TEXT)
                problems.put("outcome", "at most " + ConsentRules.MAX_TEXT);
            else columns.put("outcome_sealed", text == null ? null : seal(caseId, id, text));
        }
        if (change.followUpOn() != null) columns.put("follow_up_on", Date.valueOf(change.followUpOn()));
        else if (change.clearFollowUp()) columns.put("follow_up_on", null);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(
                    "The referral was not changed; see 'errors' for the fields to correct", problems);
        }
        if (columns.isEmpty()) throw new InvalidRequestException("Nothing to change");
        Instant now = clock.instant();
        if (target == ReferralStatus.MADE) requireConsentInForce(row, now);
        requireKey(caseId);
        if (!referrals.update(id, change.version(), columns, now)) {
            throw new ConflictException("The referral was changed by someone else meanwhile. Reload it and try again.");
        }
        if (target != null) referrals.insertStep(id, target, on, now, who.getUsername());
        if (target == ReferralStatus.MADE)
            consents.use(who, caseId, row.consent(), ConsentUse.Kind.REFERRAL, id.value(), now);
        audit.record(entry(who, CaseActions.REFERRAL_CHANGE, caseId, id));
        return open(found(id), referrals.history(id), new OrganisationNames(organisations));
    }

    // --- consent

    /** The consent a new referral is made under: the one named, checked, or the one in force. */
    private ConsentId consentFor(CaseId caseId, @Nullable ConsentId named, OrganisationId provider, Instant at) {
        if (named == null) {
            return consents.permitting(caseId, ConsentPurpose.REFERRAL, provider, at)
                    .orElseThrow(() -> new NoConsentException(
                            "No consent in force permits referring this survivor to this provider; record the"
                                    + " survivor's consent to the referral first",
                            "consentId"));
        }
        CaseConsents.ConsentRow consent = consents.find(named)
                .filter(c -> c.caseId().equals(caseId))
                .orElseThrow(() -> new InvalidRequestException(
                        "There is no such consent in this case", Map.of("consentId", "unknown")));
        if (consent.purpose() != ConsentPurpose.REFERRAL || !provider.equals(consent.recipient())) {
            throw new InvalidRequestException(
                    "The consent chosen is not a consent to refer to this provider",
                    Map.of("consentId", "not for this provider"));
        }
        if (!consent.terms().permits(ConsentPurpose.REFERRAL, provider, at, consents.zone())) {
            throw new NoConsentException(
                    "The consent chosen is " + consent.terms().stateAt(at, consents.zone()) + ", not in force",
                    "consentId");
        }
        return named;
    }

    private void requireConsentInForce(CaseReferrals.ReferralRow row, Instant at) {
        boolean inForce = consents.find(row.consent())
                .filter(c -> c.terms().permits(ConsentPurpose.REFERRAL, row.provider(), at, consents.zone()))
                .isPresent();
        if (!inForce) {
            throw new NoConsentException(
                    "The consent this referral was planned under is no longer in force; it cannot be made",
                    "consentId");
        }
    }

    // --- reading

    private Referral open(CaseReferrals.ReferralRow row, List<ReferralStep> history, OrganisationNames names) {
        LocalDate followUp = row.followUpOn();
        byte[] sealed = row.outcomeSealed();
        return new Referral(
                row.id(),
                row.caseId(),
                row.serviceType(),
                row.provider(),
                names.of(row.provider()),
                row.consent(),
                row.status(),
                row.statusOn(),
                followUp,
                row.status().open() && followUp != null && followUp.isBefore(today()),
                sealed == null
                        ? null
                        : fields.open(
                                KeyScope.ofCase(row.caseId().value()),
                                outcomeField(row.id()),
                                SealedText.fromStored(sealed)),
                history,
                row.createdByName(),
                row.createdAt(),
                row.version());
    }

    private CaseReferrals.ReferralRow found(ReferralId id) {
        return referrals.find(id).orElseThrow(() -> new NotFoundException("No such referral"));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), consents.zone());
    }

    // --- vault and audit

    static FieldRef outcomeField(ReferralId id) {
        return FieldRef.of("case_referral", "outcome", id.value());
    }

    private byte[] seal(CaseId caseId, ReferralId id, String text) {
        return fields.seal(KeyScope.ofCase(caseId.value()), outcomeField(id), text)
                .stored();
    }

    private void requireKey(CaseId caseId) {
        KeyScope scope = KeyScope.ofCase(caseId.value());
        if (fields.shredded(scope)) throw DecryptionFailedException.keyDestroyed(scope);
    }

    private static AuditEntry entry(TirekUser who, AuditAction action, CaseId caseId, ReferralId id) {
        return AuditEntry.of(Actors.of(who), action)
                .about("referral", id.value())
                .inCase(caseId.value());
    }
}
