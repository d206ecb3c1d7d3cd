package org.tirek.vault.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.identity.TirekUser;
import org.tirek.vault.CaseErasures;
import org.tirek.vault.NeedsKeys;

@RestController
@NeedsKeys
@Tag(name = "Erasure", description = "Two-person erasure of a case by destroying its keys")
class ErasureApi {

    static final String CASE_ROLES = "hasAnyRole('COORDINATOR','LAWYER','CASEWORKER')";
    static final String APPROVERS = "hasAnyRole('COORDINATOR','ADMIN')";

    private final CaseErasures erasures;

    ErasureApi(CaseErasures erasures) {
        this.erasures = erasures;
    }

    @PostMapping("/api/v1/cases/{caseId}/erasure")
    @PreAuthorize(CASE_ROLES)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Ask for the case to be erased; a second person (coordinator or administrator) approves",
            description = "Body {\"reason\": \"...\" (1 to 1000 characters), \"keepStructural\": true|false}. One"
                    + " pending request per case.")
    CaseErasures.Request request(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, @RequestBody Ask body) {
        return erasures.request(
                user,
                caseId,
                Objects.requireNonNullElse(body.reason(), ""),
                Boolean.TRUE.equals(body.keepStructural()));
    }

    @GetMapping("/api/v1/erasures")
    @PreAuthorize(APPROVERS)
    @Operation(summary = "Erasure requests waiting for a decision")
    List<CaseErasures.Request> pending(@AuthenticationPrincipal TirekUser user) {
        return erasures.pending(user);
    }

    @PostMapping("/api/v1/erasures/{id}/approve")
    @PreAuthorize(APPROVERS)
    @Operation(summary = "Approve: the case's keys are destroyed at once and for good")
    CaseErasures.Request approve(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id) {
        return erasures.approve(user, id);
    }

    @PostMapping("/api/v1/erasures/{id}/reject")
    @PreAuthorize(APPROVERS)
    @Operation(summary = "Reject the request")
    CaseErasures.Request reject(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id) {
        return erasures.reject(user, id);
    }

    /** A reason left out is an empty one, refused with 422 naming the field; never the word "null". */
    record Ask(@Nullable String reason, @Nullable Boolean keepStructural) {}
}
