package org.tirek.people.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.identity.Actors;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.TirekUser;
import org.tirek.people.Identity;
import org.tirek.people.NewPerson;
import org.tirek.people.Parties;
import org.tirek.people.Party;
import org.tirek.people.PartyCode;
import org.tirek.people.PartyList;
import org.tirek.people.PartyRole;
import org.tirek.people.PersonCreation;
import org.tirek.people.PersonId;
import org.tirek.people.PersonKind;
import org.tirek.people.PersonSummary;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;

/**
 * The parties of a case. Only those who may work on the case get anywhere ({@link CaseAccess}
 * first, before anything is read). A person is hidden on the list when any of their roles in the
 * case is hidden by default or they are a survivor by kind: a name shown in one row must not give
 * away a hidden one in another.
 */
@Service
@Transactional
class PartiesService implements Parties {

    private final CaseParties parties;
    private final Persons persons;
    private final PersonCreator people;
    private final SealedPerson sealed;
    private final CaseAccess caseAccess;
    private final AuditTrail audit;
    private final Clock clock;

    PartiesService(
            CaseParties parties,
            Persons persons,
            PersonCreator people,
            SealedPerson sealed,
            CaseAccess caseAccess,
            AuditTrail audit,
            Clock clock) {
        this.parties = parties;
        this.persons = persons;
        this.people = people;
        this.sealed = sealed;
        this.caseAccess = caseAccess;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public PartyList list(TirekUser who, UUID caseId) {
        check(who, caseId);
        PartyList list = build(caseId, null);
        audit.record(AuditEntry.of(Actors.of(who), PeopleActions.PARTIES)
                .about("case", caseId)
                .inCase(caseId));
        return list;
    }

    @Override
    public PartyList reveal(TirekUser who, UUID caseId, PersonId person) {
        check(who, caseId);
        PartyList list = build(caseId, person.value());
        if (list.parties().stream().noneMatch(p -> p.person().id().equals(person)))
            throw new NotFoundException("Not a party of this case");
        audit.record(entry(who, PeopleActions.REVEAL, caseId, person.value()));
        return list;
    }

    @Override
    public List<PartyCode> codes(TirekUser who, UUID caseId) {
        caseAccess.check(who, caseId);
        Map<UUID, PersonSummary> persons = new HashMap<>();
        List<PartyCode> codes = new ArrayList<>();
        for (CaseParties.PartyRow row : parties.ofCase(caseId)) {
            PersonSummary person = persons.computeIfAbsent(row.personId(), id -> people.find(PersonId.of(id)));
            codes.add(new PartyCode(person.id(), person.clientCode(), row.role()));
        }
        return codes;
    }

    @Override
    public void add(TirekUser who, UUID caseId, PersonId person, PartyRole role) {
        check(who, caseId);
        PersonSummary summary = persons.find(person)
                .filter(p -> !p.erased())
                .orElseThrow(() ->
                        new InvalidRequestException("There is no such person", Map.of("personId", "no such person")));
        addRow(who, caseId, summary.id().value(), role);
    }

    @Override
    public PersonCreation createAndAdd(
            TirekUser who, UUID caseId, NewPerson person, PartyRole role, boolean duplicatesSeen) {
        check(who, caseId);
        PersonCreation created = people.create(who, person, duplicatesSeen, caseId);
        if (created instanceof PersonCreation.Created c)
            addRow(who, caseId, c.person().id().value(), role);
        return created;
    }

    @Override
    public void remove(TirekUser who, UUID caseId, PersonId person, @Nullable PartyRole role) {
        check(who, caseId);
        if (parties.remove(caseId, person.value(), role) == 0)
            throw new NotFoundException("Not a party of this case" + (role == null ? "" : " in this role"));
        audit.record(entry(who, PeopleActions.PARTY_REMOVE, caseId, person.value()));
    }

    private void addRow(TirekUser who, UUID caseId, UUID personId, PartyRole role) {
        if (!parties.add(caseId, personId, role, who.id(), who.getUsername(), clock.instant())) {
            throw new InvalidRequestException(
                    "This person is already a party of the case in this role", Map.of("role", "already a party"));
        }
        audit.record(entry(who, PeopleActions.PARTY_ADD, caseId, personId));
    }

    private void check(TirekUser who, UUID caseId) {
        PersonAccess.requireStaff(who);
        caseAccess.check(who, caseId);
    }

    /** The list; identities are opened only for persons shown or {@code reveal}ed. */
    private PartyList build(UUID caseId, @Nullable UUID reveal) {
        List<CaseParties.PartyRow> rows = parties.ofCase(caseId);
        Map<UUID, Listed> persons = new LinkedHashMap<>();
        for (CaseParties.PartyRow row : rows) {
            Listed listed = persons.computeIfAbsent(
                    row.personId(), id -> new Listed(people.find(PersonId.of(id)), id.equals(reveal)));
            if (row.role().hiddenByDefault()) listed.hide();
        }
        List<Party> list = new ArrayList<>();
        for (CaseParties.PartyRow row : rows) {
            Listed listed = Objects.requireNonNull(persons.get(row.personId()));
            list.add(party(listed.summary, row, listed.visibility(), listed.identity(this::identity)));
        }
        return new PartyList(caseId, list);
    }

    /** A person on the list, hidden when any of their roles is, with their identity opened at most once. */
    private static final class Listed {
        final PersonSummary summary;
        final boolean revealed;
        boolean hidden;

        boolean opened;

        @Nullable Identity identity;

        Listed(PersonSummary summary, boolean revealed) {
            this.summary = summary;
            this.revealed = revealed;
            this.hidden = summary.profile().kind() == PersonKind.SURVIVOR;
        }

        void hide() {
            hidden = true;
        }

        Party.Visibility visibility() {
            if (revealed) return Party.Visibility.REVEALED;
            return hidden ? Party.Visibility.HIDDEN : Party.Visibility.SHOWN;
        }

        @Nullable Identity identity(Function<UUID, Optional<Identity>> open) {
            if (visibility() == Party.Visibility.HIDDEN) return null;
            if (!opened) {
                identity = open.apply(summary.id().value()).orElse(null);
                opened = true;
            }
            return identity;
        }
    }

    private Optional<Identity> identity(UUID personId) {
        return persons.sealed(PersonId.of(personId)).map(parts -> sealed.openIdentity(personId, parts.identity()));
    }

    private static Party party(
            PersonSummary summary, CaseParties.PartyRow row, Party.Visibility visibility, @Nullable Identity identity) {
        String name = null;
        List<String> aliases = List.of();
        if (identity != null) {
            List<String> names = new ArrayList<>();
            if (identity.legalName() != null) names.add(identity.legalName());
            names.addAll(identity.aliases());
            if (!names.isEmpty()) {
                name = names.getFirst();
                aliases = names.subList(1, names.size());
            }
        }
        return new Party(summary, row.role(), visibility, name, aliases, row.addedBy(), row.addedAt());
    }

    private static AuditEntry entry(TirekUser who, AuditAction action, UUID caseId, UUID personId) {
        return AuditEntry.of(Actors.of(who), action).about("person", personId).inCase(caseId);
    }
}
