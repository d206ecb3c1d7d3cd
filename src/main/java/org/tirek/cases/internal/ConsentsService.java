package org.tirek.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseTask;
import org.tirek.cases.Consent;
import org.tirek.cases.ConsentId;
import org.tirek.cases.ConsentPurpose;
import org.tirek.cases.ConsentState;
import org.tirek.cases.ConsentSummary;
import org.tirek.cases.ConsentUse;
import org.tirek.cases.Consents;
import org.tirek.cases.NewConsent;
import org.tirek.cases.NoConsentException;
import org.tirek.cases.TeamMember;
import org.tirek.identity.Actors;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.TirekUser;
import org.tirek.people.OrganisationId;
import org.tirek.people.Organisations;
import org.tirek.people.Parties;
import org.tirek.people.PartyCode;
import org.tirek.people.PersonId;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;
import org.tirek.vault.DecryptionFailedException;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;
import org.tirek.vault.SealedText;

/**
 * Consents of cases. Access first (the case's team), then the rules, then the write and its audit
 * entry in one transaction: a refused request saves nothing. Whether a consent is in force is
 * decided by {@link org.tirek.cases.ConsentTerms} alone, against the organisation's calendar
 * ({@code tirek.time-zone}).
 */
@Service
@Transactional
class ConsentsService implements Consents {

    private final CaseConsents consents;
    private final CaseFiles cases;
    private final CaseAccess access;
    private final Organisations organisations;
    private final Parties parties;
    private final RevocationTasks revocationTasks;
    private final FieldEncryption fields;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;

    ConsentsService(
            CaseConsents consents,
            CaseFiles cases,
            CaseAccess access,
            Organisations organisations,
            Parties parties,
            RevocationTasks revocationTasks,
            FieldEncryption fields,
            AuditTrail audit,
            Clock clock,
            @Value("${tirek.time-zone:UTC}") ZoneId zone) {
        this.consents = consents;
        this.cases = cases;
        this.access = access;
        this.organisations = organisations;
        this.parties = parties;
        this.revocationTasks = revocationTasks;
        this.fields = fields;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Consent record(TirekUser who, CaseId caseId, NewConsent request) {
        access.check(who, caseId.value());
        NewConsent consent = normalised(request);
        Map<String, String> problems = new LinkedHashMap<>(ConsentRules.problems(consent, today()));
        OrganisationId recipient = consent.recipient();
        if (recipient != null && !problems.containsKey("recipientId") && !offered(recipient)) {
            problems.put("recipientId", "no such organisation");
        }
        Map<PersonId, PartyCode> codes = codes(who, caseId);
        if (consent.givenBy() != null && !codes.containsKey(consent.givenBy())) {
            problems.put("givenBy", "not a party of this case");
        }
        TeamMember explainer = explainer(who, caseId, consent.explainedBy(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(
                    "The consent was not saved; see 'errors' for the fields to correct", problems);
        }
        requireKey(caseId);
        ConsentId id = ConsentId.generate();
        String conditions = consent.conditions();
        CaseConsents.ConsentRow row = new CaseConsents.ConsentRow(
                id,
                caseId,
                consent.purpose(),
                recipient,
                consent.givenBy(),
                consent.method(),
                consent.language(),
                consent.givenOn(),
                consent.expiresOn(),
                explainer.userId(),
                explainer.username(),
                conditions == null ? null : seal(caseId, conditionsField(id), conditions),
                who.id(),
                who.getUsername(),
                clock.instant(),
                null,
                null,
                null);
        consents.insert(row);
        audit.record(entry(who, CaseActions.CONSENT_RECORD, caseId, id));
        return open(row, List.of(), codes, new OrganisationNames(organisations), clock.instant());
    }

    @Override
    public List<Consent> ofCase(TirekUser who, CaseId caseId) {
        access.check(who, caseId.value());
        Instant now = clock.instant();
        Map<ConsentId, List<ConsentUse>> uses = consents.usesOfCase(caseId);
        Map<PersonId, PartyCode> codes = codes(who, caseId);
        OrganisationNames names = new OrganisationNames(organisations);
        List<Consent> list = consents.ofCase(caseId).stream()
                .map(row -> open(row, uses.getOrDefault(row.id(), List.of()), codes, names, now))
                .sorted(Comparator.comparing((Consent c) -> c.state() != ConsentState.ACTIVE))
                .toList();
        audit.record(AuditEntry.of(Actors.of(who), CaseActions.CONSENTS)
                .about("case", caseId.value())
                .inCase(caseId.value()));
        return list;
    }

    @Override
    public Consent get(TirekUser who, ConsentId id) {
        CaseConsents.ConsentRow row = found(id);
        access.check(who, row.caseId().value());
        Consent consent = open(
                row,
                consents.usesOf(id),
                codes(who, row.caseId()),
                new OrganisationNames(organisations),
                clock.instant());
        audit.record(entry(who, CaseActions.CONSENT_VIEW, row.caseId(), id));
        return consent;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConsentSummary> inForce(TirekUser who, CaseId caseId, ConsentPurpose purpose) {
        access.check(who, caseId.value());
        Instant now = clock.instant();
        OrganisationNames names = new OrganisationNames(organisations);
        return consents.forPurpose(caseId, purpose).stream()
                .filter(row -> row.terms().stateAt(now, zone) == ConsentState.ACTIVE)
                .map(row -> {
                    OrganisationId recipient = row.recipient();
                    return new ConsentSummary(
                            row.id(),
                            row.purpose(),
                            recipient,
                            recipient == null ? null : names.of(recipient),
                            row.givenOn(),
                            row.expiresOn());
                })
                .toList();
    }

    @Override
    public Revocation revoke(TirekUser who, ConsentId id, String reason) {
        CaseConsents.ConsentRow row = found(id);
        CaseId caseId = row.caseId();
        access.check(who, caseId.value());
        String why = ConsentRules.text(reason);
        if (why == null || why.length() > ConsentRules.MAX_TEXT) {
            throw new InvalidRequestException(
                    "Say why the consent is revoked, in 1 to " + ConsentRules.MAX_TEXT + " characters",
                    Map.of("reason", why == null ? "required" : "at most " + ConsentRules.MAX_TEXT));
        }
        requireKey(caseId);
        // PostgreSQL keeps microseconds and rounds the rest: a stored instant rounded up past "now"
        // would leave the consent active at the very moment it was revoked
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (row.revokedAt() != null
                || !consents.revoke(id, now, who.getUsername(), seal(caseId, revocationField(id), why))) {
            throw new InvalidRequestException("This consent is already revoked", Map.of("consent", "already revoked"));
        }
        audit.record(entry(who, CaseActions.CONSENT_REVOKE, caseId, id));
        List<ConsentUse> uses = consents.usesOf(id);
        OrganisationNames names = new OrganisationNames(organisations);
        OrganisationId recipient = row.recipient();
        CaseTask task = revocationTasks.open(
                caseId, row.purpose(), recipient == null ? null : names.of(recipient), uses, today(), zone);
        Consent revoked = open(found(id), uses, codes(who, caseId), names, now);
        return new Revocation(revoked, task);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ConsentId> permitting(
            CaseId caseId, ConsentPurpose purpose, @Nullable OrganisationId recipient, Instant at) {
        return consents.forPurpose(caseId, purpose).stream()
                .filter(row -> row.terms().permits(purpose, recipient, at, zone))
                .map(CaseConsents.ConsentRow::id)
                .findFirst();
    }

    @Override
    public ConsentId recordUse(
            TirekUser who,
            CaseId caseId,
            Set<ConsentPurpose> purposes,
            OrganisationId recipient,
            ConsentUse.Kind kind,
            UUID subject,
            String field) {
        access.check(who, caseId.value());
        Instant now = clock.instant();
        ConsentId consent = EnumSet.copyOf(purposes).stream()
                .map(purpose -> permitting(caseId, purpose, recipient, now))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new NoConsentException(
                        "No consent in force permits this for this organisation (" + purposes
                                + "); record the survivor's consent first",
                        field));
        use(who, caseId, consent, kind, subject, now);
        return consent;
    }

    /** Records that {@code subject} was shared under {@code consent} (the caller checked the consent). */
    void use(TirekUser who, CaseId caseId, ConsentId consent, ConsentUse.Kind kind, UUID subject, Instant at) {
        consents.insertUse(consent, caseId, kind, subject, at, who.getUsername());
        audit.record(entry(who, CaseActions.CONSENT_USE, caseId, consent));
    }

    /** The consent, for another service of this module that checks it against a referral. */
    Optional<CaseConsents.ConsentRow> find(ConsentId id) {
        return consents.find(id);
    }

    ZoneId zone() {
        return zone;
    }

    // --- rules

    private NewConsent normalised(NewConsent c) {
        return new NewConsent(
                c.purpose(),
                c.recipient(),
                c.givenBy(),
                c.method(),
                c.givenOn(),
                c.expiresOn(),
                ConsentRules.language(c.language()),
                ConsentRules.text(c.explainedBy()),
                ConsentRules.text(c.conditions()));
    }

    private boolean offered(OrganisationId id) {
        return organisations.find(id).filter(o -> !o.archived()).isPresent();
    }

    private Map<PersonId, PartyCode> codes(TirekUser who, CaseId caseId) {
        return parties.codes(who, caseId.value()).stream()
                .collect(Collectors.toMap(PartyCode::person, Function.identity(), (a, b) -> a));
    }

    /** The team member who explained the consent: the one named, or the recorder. */
    private TeamMember explainer(
            TirekUser who, CaseId caseId, @Nullable String username, Map<String, String> problems) {
        String name = username == null ? who.getUsername() : username;
        Optional<TeamMember> member = cases.team(caseId).stream()
                .filter(m -> m.username().equals(name))
                .findFirst();
        if (member.isEmpty()) problems.put("explainedBy", "not on the case's team");
        return member.orElse(new TeamMember(who.id(), who.getUsername(), clock.instant()));
    }

    private CaseConsents.ConsentRow found(ConsentId id) {
        return consents.find(id).orElseThrow(() -> new NotFoundException("No such consent"));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    // --- vault and audit

    private Consent open(
            CaseConsents.ConsentRow row,
            List<ConsentUse> uses,
            Map<PersonId, PartyCode> codes,
            OrganisationNames names,
            Instant now) {
        OrganisationId recipient = row.recipient();
        PersonId givenBy = row.givenBy();
        PartyCode giver = givenBy == null ? null : codes.get(givenBy);
        return new Consent(
                row.id(),
                row.caseId(),
                row.purpose(),
                recipient,
                recipient == null ? null : names.of(recipient),
                givenBy,
                giver == null ? null : giver.clientCode().value(),
                row.method(),
                row.givenOn(),
                row.expiresOn(),
                row.language(),
                row.explainedByName(),
                openText(row.caseId(), conditionsField(row.id()), row.conditionsSealed()),
                row.recordedByName(),
                row.recordedAt(),
                row.revokedAt(),
                row.revokedByName(),
                openText(row.caseId(), revocationField(row.id()), row.revocationSealed()),
                row.terms().stateAt(now, zone),
                uses);
    }

    static FieldRef conditionsField(ConsentId id) {
        return FieldRef.of("case_consent", "conditions", id.value());
    }

    static FieldRef revocationField(ConsentId id) {
        return FieldRef.of("case_consent", "revocation", id.value());
    }

    private byte[] seal(CaseId caseId, FieldRef field, String text) {
        return fields.seal(KeyScope.ofCase(caseId.value()), field, text).stored();
    }

    private @Nullable String openText(CaseId caseId, FieldRef field, byte @Nullable [] sealed) {
        if (sealed == null) return null;
        return fields.open(KeyScope.ofCase(caseId.value()), field, SealedText.fromStored(sealed));
    }

    private void requireKey(CaseId caseId) {
        KeyScope scope = KeyScope.ofCase(caseId.value());
        if (fields.shredded(scope)) throw DecryptionFailedException.keyDestroyed(scope);
    }

    private static AuditEntry entry(TirekUser who, AuditAction action, CaseId caseId, ConsentId id) {
        return AuditEntry.of(Actors.of(who), action)
                .about("consent", id.value())
                .inCase(caseId.value());
    }
}
