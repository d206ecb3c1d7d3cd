package org.tirek.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.identity.TirekUser;
import org.tirek.people.People;
import org.tirek.people.PersonCreation;
import org.tirek.people.PersonDetails;
import org.tirek.people.PersonId;
import org.tirek.people.PersonSummary;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;

@RestController
@Tag(name = "People", description = "Persons: client codes, structural data, sealed identities and safe-contact rules")
class PeopleApi {

    static final String CASE_STAFF = "hasAnyRole('COORDINATOR','LAWYER','CASEWORKER')";
    static final String DUPLICATES_DETAIL = "Persons who may be the same already exist (see 'candidates'). Add one of"
            + " them to the case instead, or send the request again with \"duplicatesSeen\": true to create a new"
            + " person anyway. Nothing was saved.";

    private final People people;

    PeopleApi(People people) {
        this.people = people;
    }

    @PostMapping("/api/v1/people")
    @NeedsKeys
    @PreAuthorize(CASE_STAFF)
    @Operation(
            summary = "Create a person who is not yet a party of any case (the caller may then read them)",
            description =
                    "Body: structural fields {\"kind\":\"SURVIVOR\", \"sex\":\"FEMALE\", \"ageBand\":\"AGE_26_40\","
                            + " \"birthYear\":1988, \"nationality\":\"KZ\", \"displacement\":\"REFUGEE\", \"languages\":[\"kk\",\"ru\"],"
                            + " \"region\":\"ME\", \"vulnerabilities\":[\"DEPENDANT_CHILDREN\"]}, sensitive identity {\"legalName\","
                            + " \"aliases\":[…], \"birthDate\":\"1988-04-02\", \"phones\", \"emails\", \"addresses\", \"documents\":"
                            + " [{\"type\":\"PASSPORT\",\"number\":\"…\"}]}, \"safeContact\": {\"safePhone\", \"safeTimes\","
                            + " \"mayLeaveMessage\":false, \"codeWord\", \"notes\"} and \"duplicatesSeen\". Only kind is required."
                            + " 201 with the person (client code and structure); 409 with 'candidates' when similar persons"
                            + " exist and duplicatesSeen is not true (nothing saved); 422 naming the fields otherwise.")
    ResponseEntity<Object> create(
            @AuthenticationPrincipal TirekUser user, @RequestBody PersonRequests.PersonBody body) {
        return created(people.create(user, body.person(), body.seen()));
    }

    @GetMapping("/api/v1/people")
    @PreAuthorize(CASE_STAFF)
    @Operation(
            summary = "Find a person by client code (structural data only)",
            description = "clientCode like CL-7K3Q-9XPD (any case, dashes optional) → a list of zero or one person.")
    List<PersonSummary> find(
            @AuthenticationPrincipal TirekUser user, @RequestParam(required = false) @Nullable String clientCode) {
        if (clientCode == null || clientCode.isBlank())
            throw new InvalidRequestException("clientCode is required", Map.of("clientCode", "required"));
        return people.find(user, Inputs.clientCode(clientCode, "clientCode")).stream()
                .toList();
    }

    @GetMapping("/api/v1/people/{id}")
    @NeedsKeys
    @PreAuthorize(CASE_STAFF)
    @Operation(
            summary = "A person with identity, safe-contact rules and the caller's cases they are a party of",
            description = "For those who may work on a case the person is a party of (or the creator of a person of"
                    + " no case); 403 otherwise. Recorded as a read. 410 when the identity was erased.")
    PersonDetails details(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id) {
        return people.details(user, PersonId.of(id));
    }

    @PutMapping("/api/v1/people/{id}/profile")
    @PreAuthorize(CASE_STAFF)
    @Operation(
            summary = "Replace a person's structural data",
            description = "Body: \"version\" and the structural fields of POST /api/v1/people. 409 when stale.")
    PersonSummary profile(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestBody PersonRequests.ProfileBody body) {
        return people.changeProfile(user, PersonId.of(id), Inputs.version(body.version()), body.value());
    }

    @PutMapping("/api/v1/people/{id}/identity")
    @NeedsKeys
    @PreAuthorize(CASE_STAFF)
    @Operation(
            summary = "Replace a person's sensitive identity",
            description = "Body: \"version\" and the identity fields of POST /api/v1/people. 409 when stale.")
    PersonSummary identity(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestBody PersonRequests.IdentityBody body) {
        return people.changeIdentity(user, PersonId.of(id), Inputs.version(body.version()), body.value());
    }

    @PutMapping("/api/v1/people/{id}/safe-contact")
    @NeedsKeys
    @PreAuthorize(CASE_STAFF)
    @Operation(
            summary = "Replace a person's safe-contact rules",
            description = "Body: {\"version\", \"safePhone\", \"safeTimes\", \"mayLeaveMessage\": true|false|null,"
                    + " \"codeWord\", \"notes\"}. 409 when stale.")
    PersonSummary safeContact(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestBody PersonRequests.SafeContactBody body) {
        return people.changeSafeContact(user, PersonId.of(id), Inputs.version(body.version()), body.value());
    }

    /** 201 with the person, or 409 with the possible duplicates. */
    static ResponseEntity<Object> created(PersonCreation creation) {
        if (creation instanceof PersonCreation.PossibleDuplicates d) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, DUPLICATES_DETAIL);
            problem.setProperty("candidates", d.candidates());
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(((PersonCreation.Created) creation).person());
    }
}
