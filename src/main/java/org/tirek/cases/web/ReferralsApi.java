package org.tirek.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.cases.CaseId;
import org.tirek.cases.Referral;
import org.tirek.cases.ReferralId;
import org.tirek.cases.Referrals;
import org.tirek.identity.TirekUser;
import org.tirek.vault.NeedsKeys;

@RestController
@Tag(name = "Referrals", description = "Referrals of a case to service providers, each under a consent")
class ReferralsApi {

    private final Referrals referrals;

    ReferralsApi(Referrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/api/v1/cases/{caseId}/referrals")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    @Operation(
            summary = "The case's referrals with their outcomes, open ones first (team members; one recorded read)",
            description = "outcome is sensitive. followUpOverdue: still open and the follow-up day has passed.")
    List<Referral> ofCase(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId) {
        return referrals.ofCase(user, CaseId.of(caseId));
    }

    @PostMapping("/api/v1/cases/{caseId}/referrals")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a referral: {\"serviceType\":…, \"providerId\":…, \"consentId\"?,"
                    + " \"status\":\"PLANNED\"|\"MADE\", \"on\":\"2026-03-02\", \"followUpOn\"?}",
            description =
                    "serviceType: HEALTH, PSYCHOSOCIAL, LEGAL, SAFETY, SHELTER, LIVELIHOOD, OTHER. providerId is an"
                            + " organisation. No consent, no referral: consentId names a REFERRAL consent of the case for this"
                            + " provider that is in force; left out, the one in force is used. Without one the answer is 422"
                            + " with field consentId and nothing is saved. A referral recorded as MADE counts as shared under"
                            + " the consent.")
    Referral make(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, @RequestBody ReferralRequest body) {
        return referrals.make(user, CaseId.of(caseId), ConsentRequests.newReferral(body.values()));
    }

    @GetMapping("/api/v1/referrals/{id}")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    @Operation(summary = "One referral with its status history and outcome (team members; one recorded read)")
    Referral get(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id) {
        return referrals.get(user, ReferralId.of(id));
    }

    @PatchMapping("/api/v1/referrals/{id}")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    @Operation(
            summary = "Move a referral on or change it: {\"version\":n, \"status\"?, \"on\"?, \"outcome\"?,"
                    + " \"followUpOn\"?}",
            description =
                    "Workflow: PLANNED → MADE → ACCEPTED → COMPLETED; MADE → DECLINED; PLANNED, MADE or ACCEPTED →"
                            + " CANCELLED. on is the day the status was reached (default today; not in the future, not before"
                            + " the current status's day). Making a planned referral checks its consent again (422 when it is"
                            + " no longer in force). outcome (sensitive) \"\" removes it; followUpOn \"\" removes it. A stale"
                            + " version answers 409 and changes nothing.")
    Referral change(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, @RequestBody ChangeRequest body) {
        return referrals.change(user, ReferralId.of(id), ConsentRequests.referralChange(body.values()));
    }

    record ReferralRequest(
            @Nullable String serviceType,
            @Nullable String providerId,
            @Nullable String consentId,
            @Nullable String status,
            @Nullable String on,
            @Nullable String followUpOn) {

        Map<String, String> values() {
            return new ConsentRequests.Values()
                    .put("serviceType", serviceType)
                    .put("providerId", providerId)
                    .put("consentId", consentId)
                    .put("status", status)
                    .put("on", on)
                    .put("followUpOn", followUpOn)
                    .map();
        }
    }

    record ChangeRequest(
            @Nullable Integer version,
            @Nullable String status,
            @Nullable String on,
            @Nullable String outcome,
            @Nullable String followUpOn) {

        Map<String, String> values() {
            return new ConsentRequests.Values()
                    .put("version", version)
                    .put("status", status)
                    .put("on", on)
                    .put("outcome", outcome)
                    .put("followUpOn", followUpOn)
                    .map();
        }
    }
}
