package org.tirek.people.internal;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.identity.Actors;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.TirekUser;
import org.tirek.people.CaseLabel;
import org.tirek.people.CaseLabels;
import org.tirek.people.ClientCode;
import org.tirek.people.Identity;
import org.tirek.people.NewPerson;
import org.tirek.people.People;
import org.tirek.people.PersonCase;
import org.tirek.people.PersonCreation;
import org.tirek.people.PersonDetails;
import org.tirek.people.PersonId;
import org.tirek.people.PersonProfile;
import org.tirek.people.PersonSummary;
import org.tirek.people.SafeContact;
import org.tirek.platform.ConflictException;
import org.tirek.vault.DecryptionFailedException;

/**
 * The people service. Checks come first, then everything is validated, then sealed and written in
 * one transaction: a refusal saves nothing. The duplicate check reads only structural columns and
 * blind indexes.
 */
@Service
@Transactional
class PeopleService implements People {

    private final Persons persons;
    private final CaseParties parties;
    private final PersonAccess access;
    private final SealedPerson sealed;
    private final NameIndexes names;
    private final PersonCreator creator;
    private final CaseAccess caseAccess;
    private final ObjectProvider<CaseLabels> labels;
    private final AuditTrail audit;
    private final Clock clock;

    PeopleService(
            Persons persons,
            CaseParties parties,
            PersonAccess access,
            SealedPerson sealed,
            NameIndexes names,
            PersonCreator creator,
            CaseAccess caseAccess,
            ObjectProvider<CaseLabels> labels,
            AuditTrail audit,
            Clock clock) {
        this.persons = persons;
        this.parties = parties;
        this.access = access;
        this.sealed = sealed;
        this.names = names;
        this.creator = creator;
        this.caseAccess = caseAccess;
        this.labels = labels;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public PersonCreation create(TirekUser who, NewPerson person, boolean duplicatesSeen) {
        PersonAccess.requireStaff(who);
        return creator.create(who, person, duplicatesSeen, null);
    }

    @Override
    public PersonDetails details(TirekUser who, PersonId id) {
        PersonAccess.requireStaff(who);
        PersonSummary summary = find(id);
        access.require(who, id);
        Persons.SealedParts parts = persons.sealed(id)
                .orElseThrow(() -> DecryptionFailedException.keyDestroyed(SealedPerson.scope(id.value())));
        Identity identity = sealed.openIdentity(id.value(), parts.identity());
        SafeContact contact = sealed.openSafeContact(id.value(), parts.safeContact());
        List<PersonCase> cases = parties.ofPerson(id.value()).stream()
                .filter(p -> caseAccess.mayWorkOn(who, p.caseId()))
                .map(p -> new PersonCase(p.caseId(), p.role(), p.addedAt(), label(p.caseId())))
                .toList();
        audit.record(entry(who, PeopleActions.VIEW, id.value()));
        return new PersonDetails(summary, identity, contact, cases);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonSummary summary(TirekUser who, PersonId id) {
        PersonAccess.requireStaff(who);
        return find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonSummary> find(TirekUser who, ClientCode code) {
        PersonAccess.requireStaff(who);
        return persons.find(code);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayKnow(TirekUser who, PersonId id) {
        return access.mayKnow(who, id);
    }

    @Override
    public PersonSummary changeProfile(TirekUser who, PersonId id, int version, PersonProfile profile) {
        PersonSummary current = checkChange(who, id);
        PersonProfile checked = PersonRules.profile(profile, thisYear());
        if (!persons.updateProfile(id.value(), version, checked, clock.instant())) throw stale(current);
        audit.record(entry(who, PeopleActions.PROFILE_CHANGE, id.value()));
        return find(id);
    }

    @Override
    public PersonSummary changeIdentity(TirekUser who, PersonId id, int version, Identity identity) {
        PersonSummary current = checkChange(who, id);
        Identity checked = PersonRules.identity(identity, thisYear());
        Set<IndexBytes> indexes = names.of(checked);
        if (!persons.touch(id.value(), version, clock.instant())) throw stale(current);
        persons.updateIdentity(id.value(), sealed.seal(id.value(), checked));
        persons.replaceNameIndexes(id.value(), indexes);
        audit.record(entry(who, PeopleActions.IDENTITY_CHANGE, id.value()));
        return find(id);
    }

    @Override
    public PersonSummary changeSafeContact(TirekUser who, PersonId id, int version, SafeContact safeContact) {
        PersonSummary current = checkChange(who, id);
        SafeContact checked = PersonRules.safeContact(safeContact);
        if (!persons.touch(id.value(), version, clock.instant())) throw stale(current);
        persons.updateSafeContact(id.value(), sealed.seal(id.value(), checked));
        audit.record(entry(who, PeopleActions.SAFE_CONTACT_CHANGE, id.value()));
        return find(id);
    }

    private PersonSummary checkChange(TirekUser who, PersonId id) {
        PersonAccess.requireStaff(who);
        PersonSummary current = find(id);
        access.require(who, id);
        if (current.erased()) throw DecryptionFailedException.keyDestroyed(SealedPerson.scope(id.value()));
        return current;
    }

    private PersonSummary find(PersonId id) {
        return creator.find(id);
    }

    private @Nullable CaseLabel label(UUID caseId) {
        CaseLabels source = labels.getIfAvailable();
        return source == null ? null : source.label(caseId).orElse(null);
    }

    private Year thisYear() {
        return Year.now(clock);
    }

    private static ConflictException stale(PersonSummary current) {
        return new ConflictException(
                "The person " + current.clientCode() + " was changed by someone else meanwhile. Reload and try again.");
    }

    private static AuditEntry entry(TirekUser who, AuditAction action, UUID personId) {
        return AuditEntry.of(Actors.of(who), action).about("person", personId);
    }
}
