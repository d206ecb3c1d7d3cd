package org.tirek.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.identity.TirekUser;
import org.tirek.people.ClientCode;
import org.tirek.people.Parties;
import org.tirek.people.Party;
import org.tirek.people.PartyList;
import org.tirek.people.PartyRole;
import org.tirek.people.People;
import org.tirek.people.PersonId;
import org.tirek.people.PersonSummary;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;

@RestController
@Tag(name = "Parties", description = "The persons of a case and their roles; survivors' names hidden until revealed")
class PartiesApi {

    private final Parties parties;
    private final People people;

    PartiesApi(Parties parties, People people) {
        this.parties = parties;
        this.people = people;
    }

    @GetMapping("/api/v1/cases/{caseId}/parties")
    @NeedsKeys
    @PreAuthorize(PeopleApi.CASE_STAFF)
    @Operation(
            summary = "The case's parties (team members); recorded as one read",
            description = "Survivors and clients (by role, and survivors by kind) have \"visibility\":\"HIDDEN\" and no"
                    + " name: reveal them one at a time. Others are SHOWN with their name and aliases.")
    PartyList list(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId) {
        return parties.list(user, caseId);
    }

    @PostMapping("/api/v1/cases/{caseId}/parties")
    @NeedsKeys
    @PreAuthorize(PeopleApi.CASE_STAFF)
    @Operation(
            summary = "Add a party: an existing person, or a new one",
            description =
                    "Existing: {\"role\":\"WITNESS\", \"personId\":\"…\"} or {\"role\":…, \"clientCode\":\"CL-…\"}."
                            + " New: {\"role\":\"SURVIVOR\", \"person\":{the body of POST /api/v1/people}}; 409 with"
                            + " 'candidates' when similar persons exist and person.duplicatesSeen is not true. 201 with the"
                            + " person. Roles: SURVIVOR, CLIENT, DEFENDER, PERPETRATOR, WITNESS, FAMILY, LAWYER, CONTACT.")
    ResponseEntity<Object> add(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, @RequestBody AddBody body) {
        PartyRole role = Inputs.required(PartyRole.class, body.role(), "role");
        PersonRequests.PersonBody person = body.person();
        if (person != null) {
            return PeopleApi.created(parties.createAndAdd(user, caseId, person.person(), role, person.seen()));
        }
        PersonId id = existing(user, body);
        parties.add(user, caseId, id, role);
        return ResponseEntity.status(HttpStatus.CREATED).body(people.summary(user, id));
    }

    @DeleteMapping("/api/v1/cases/{caseId}/parties/{personId}")
    @PreAuthorize(PeopleApi.CASE_STAFF)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a person off the case: in ?role=…, or in every role")
    void remove(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @PathVariable UUID personId,
            @RequestParam(required = false) @Nullable String role) {
        parties.remove(user, caseId, PersonId.of(personId), Inputs.optional(PartyRole.class, role, "role"));
    }

    @PostMapping("/api/v1/cases/{caseId}/parties/{personId}/reveal")
    @NeedsKeys
    @PreAuthorize(PeopleApi.CASE_STAFF)
    @Operation(
            summary = "Reveal a party's names (team members); recorded as a read naming the person",
            description = "→ {\"personId\", \"clientCode\", \"name\", \"aliases\"}; 404 when not a party of the case.")
    Revealed reveal(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, @PathVariable UUID personId) {
        PersonId id = PersonId.of(personId);
        Party party = parties.reveal(user, caseId, id).parties().stream()
                .filter(p -> p.person().id().equals(id))
                .findFirst()
                .orElseThrow();
        return new Revealed(id, party.person().clientCode(), party.name(), party.aliases());
    }

    private PersonId existing(TirekUser user, AddBody body) {
        if (body.personId() != null) return PersonId.of(Inputs.uuid(body.personId(), "personId"));
        if (body.clientCode() != null) {
            ClientCode code = Inputs.clientCode(body.clientCode(), "clientCode");
            return people.find(user, code)
                    .map(PersonSummary::id)
                    .orElseThrow(() -> new InvalidRequestException(
                            "There is no person with this client code", Map.of("clientCode", "no such person")));
        }
        throw new InvalidRequestException(
                "Give personId or clientCode of an existing person, or person for a new one",
                Map.of("personId", "required"));
    }

    record AddBody(
            @Nullable String role,
            @Nullable String personId,
            @Nullable String clientCode,
            PersonRequests.@Nullable PersonBody person) {}

    /** A party's names, revealed. */
    record Revealed(
            PersonId personId,
            ClientCode clientCode,
            @Nullable String name,
            List<String> aliases) {

        @Override
        public String toString() {
            return "Revealed[" + clientCode + "]";
        }
    }
}
