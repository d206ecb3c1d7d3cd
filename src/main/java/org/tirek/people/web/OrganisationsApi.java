package org.tirek.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.identity.TirekUser;
import org.tirek.people.OrganisationDraft;
import org.tirek.people.OrganisationId;
import org.tirek.people.OrganisationKind;
import org.tirek.people.OrganisationSummary;
import org.tirek.people.Organisations;
import org.tirek.platform.NotFoundException;

@RestController
@Tag(name = "Organisations", description = "Courts, prosecutors, ministries, police, NGOs and other institutions")
class OrganisationsApi {

    private final Organisations organisations;

    OrganisationsApi(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/organisations")
    @PreAuthorize(PeopleApi.CASE_STAFF)
    @Operation(summary = "Organisations not archived, by name; ?kind=COURT for one kind")
    List<OrganisationSummary> list(@RequestParam(required = false) @Nullable String kind) {
        return organisations.list(Inputs.optional(OrganisationKind.class, kind, "kind"));
    }

    @PostMapping("/api/v1/organisations")
    @PreAuthorize(PeopleApi.CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add an organisation",
            description =
                    "{\"name\":\"Higher Court in Podgorica\", \"kind\":\"COURT\", \"country\":\"ME\", \"region\":\"ME\","
                            + " \"phone\", \"email\", \"website\":\"https://…\", \"address\"}. Kinds: COURT, PROSECUTOR, MINISTRY,"
                            + " POLICE, NGO, OVERSIGHT_BODY, INTERNATIONAL_BODY, EMBASSY, SHELTER, HEALTH, LEGAL_AID, OTHER."
                            + " Not sensitive: stored in clear.")
    OrganisationSummary create(@AuthenticationPrincipal TirekUser user, @RequestBody OrganisationBody body) {
        return organisations.create(user, body.draft());
    }

    @GetMapping("/api/v1/organisations/{id}")
    @PreAuthorize(PeopleApi.CASE_STAFF)
    @Operation(summary = "One organisation, also when archived")
    OrganisationSummary get(@PathVariable UUID id) {
        return organisations
                .find(OrganisationId.of(id))
                .orElseThrow(() -> new NotFoundException("No such organisation"));
    }

    @PutMapping("/api/v1/organisations/{id}")
    @PreAuthorize(PeopleApi.CASE_STAFF)
    @Operation(summary = "Replace an organisation's fields; send its \"version\" (409 when stale)")
    OrganisationSummary change(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID id, @RequestBody OrganisationBody body) {
        return organisations.change(user, OrganisationId.of(id), Inputs.version(body.version()), body.draft());
    }

    @DeleteMapping("/api/v1/organisations/{id}")
    @PreAuthorize(PeopleApi.CASE_STAFF)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Archive an organisation: off the lists, still readable by its id")
    void archive(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id) {
        organisations.archive(user, OrganisationId.of(id));
    }

    record OrganisationBody(
            @Nullable Integer version,
            @Nullable String name,
            @Nullable String kind,
            @Nullable String country,
            @Nullable String region,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String website,
            @Nullable String address) {

        OrganisationDraft draft() {
            return new OrganisationDraft(
                    name == null ? "" : name,
                    Inputs.required(OrganisationKind.class, kind, "kind"),
                    Inputs.country(country),
                    Inputs.region(region, "region"),
                    phone,
                    email,
                    website,
                    address);
        }
    }
}
