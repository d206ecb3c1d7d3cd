package org.tirek.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.cases.CaseId;
import org.tirek.cases.Consent;
import org.tirek.cases.ConsentId;
import org.tirek.cases.ConsentPurpose;
import org.tirek.cases.Consents;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.TirekUser;
import org.tirek.people.OrganisationId;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;

@RestController
@Tag(
        name = "Consent",
        description = "Consent of a case by purpose and recipient, with expiry and revocation (team members only)")
class ConsentsApi {

    private final Consents consents;
    private final CaseAccess access;
    private final Clock clock;

    ConsentsApi(Consents consents, CaseAccess access, Clock clock) {
        this.consents = consents;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/api/v1/cases/{caseId}/consents")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    @Operation(
            summary = "The case's consents, those in force first, each with what was shared under it",
            description = "conditions and revocationReason are sensitive; state is ACTIVE, NOT_YET_VALID, EXPIRED or"
                    + " REVOKED at the moment of the request. One recorded read.")
    List<Consent> ofCase(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId) {
        return consents.ofCase(user, CaseId.of(caseId));
    }

    @PostMapping("/api/v1/cases/{caseId}/consents")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a consent: {\"purpose\":…, \"recipientId\":…, \"method\":\"VERBAL\"|\"WRITTEN\","
                    + " \"givenOn\":\"2026-03-01\", \"expiresOn\"?, \"givenBy\"?, \"language\"?, \"explainedBy\"?,"
                    + " \"conditions\"?}",
            description = "purpose: SERVICES, REFERRAL, SHARING, LEGAL_ACTION, STATISTICS, PUBLICATION. recipientId (an"
                    + " organisation) is required for REFERRAL and SHARING, optional for LEGAL_ACTION and refused for the"
                    + " others. givenOn is not in the future; expiresOn (the last day in force) not before it. givenBy is"
                    + " the person id of a party of the case; language an ISO 639 code (kk, ru, en); explainedBy the"
                    + " username of a team member (default: the caller); conditions (sensitive) what exactly was agreed."
                    + " A refusal (422) names every field to correct; nothing is saved.")
    Consent record(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, @RequestBody ConsentRequest body) {
        return consents.record(user, CaseId.of(caseId), ConsentRequests.newConsent(body.values()));
    }

    @GetMapping("/api/v1/consents/{id}")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    @Operation(summary = "One consent with what was shared under it (team members; one recorded read)")
    Consent get(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id) {
        return consents.get(user, ConsentId.of(id));
    }

    @PostMapping("/api/v1/consents/{id}/revoke")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    @Operation(
            summary = "Revoke a consent: {\"reason\":\"…\"}",
            description = "From now on the consent permits nothing. A task is opened on the case, due in three days,"
                    + " to tell the recipient and chase what was already shared under the consent (the task lists it)."
                    + " The reason is sensitive. 422 without a reason or when already revoked.")
    Consents.Revocation revoke(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID id, @RequestBody RevokeRequest body) {
        return consents.revoke(user, ConsentId.of(id), body.reason() == null ? "" : body.reason());
    }

    @GetMapping("/api/v1/cases/{caseId}/consents/effective")
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    @Operation(
            summary = "Whether a consent of the case permits a purpose for a recipient at a moment",
            description = "Query: purpose (required), recipientId (an organisation; leave out for purposes without a"
                    + " recipient), at (ISO-8601 instant; default now). Answers {\"permitted\":true|false, \"consentId\"}."
                    + " Structural: works while the vault is sealed and records nothing. A consent permits exactly its"
                    + " purpose and recipient, from the start of its given-on day to the end of its expiry day"
                    + " (organisation's time zone), until revoked.")
    Effective effective(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(required = false) @Nullable String recipientId,
            @RequestParam(required = false) @Nullable String at) {
        access.check(user, caseId);
        ConsentPurpose wanted = Inputs.required(ConsentPurpose.class, purpose, "purpose");
        UUID recipient = Inputs.uuid(recipientId, "recipientId");
        ConsentId consent = consents.permitting(
                        CaseId.of(caseId), wanted, recipient == null ? null : OrganisationId.of(recipient), instant(at))
                .orElse(null);
        return new Effective(consent != null, consent);
    }

    private Instant instant(@Nullable String at) {
        if (at == null || at.isBlank()) return clock.instant();
        try {
            return Instant.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    "A moment is written like 2026-03-01T09:30:00Z", Map.of("at", "an ISO-8601 instant"));
        }
    }

    /** The answer of the effective-consent check. */
    record Effective(boolean permitted, @Nullable ConsentId consentId) {}

    record ConsentRequest(
            @Nullable String purpose,
            @Nullable String recipientId,
            @Nullable String givenBy,
            @Nullable String method,
            @Nullable String givenOn,
            @Nullable String expiresOn,
            @Nullable String language,
            @Nullable String explainedBy,
            @Nullable String conditions) {

        Map<String, String> values() {
            return new ConsentRequests.Values()
                    .put("purpose", purpose)
                    .put("recipientId", recipientId)
                    .put("givenBy", givenBy)
                    .put("method", method)
                    .put("givenOn", givenOn)
                    .put("expiresOn", expiresOn)
                    .put("language", language)
                    .put("explainedBy", explainedBy)
                    .put("conditions", conditions)
                    .map();
        }
    }

    record RevokeRequest(@Nullable String reason) {}
}
