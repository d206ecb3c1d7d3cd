package org.tirek.proceedings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.cases.CaseId;
import org.tirek.identity.TirekUser;
import org.tirek.proceedings.alerts.Alert;
import org.tirek.proceedings.alerts.AlertTexts;
import org.tirek.proceedings.alerts.SafeguardAlerts;
import org.tirek.proceedings.alerts.SafeguardFact;
import org.tirek.vault.NeedsKeys;

@RestController
@Tag(
        name = "Safeguard alerts",
        description = "Alerts raised by the safeguard rules of DOMAIN.md §7 across a case's proceedings (A1–A21)")
class AlertsApi {

    private final SafeguardAlerts alerts;
    private final AlertTexts texts;

    AlertsApi(SafeguardAlerts alerts, AlertTexts texts) {
        this.alerts = alerts;
        this.texts = texts;
    }

    @GetMapping("/api/v1/cases/{caseId}/alerts")
    @NeedsKeys
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    @Operation(
            summary = "The case's safeguard alerts, active and resolved (team members; an audited read)",
            description = "Each alert has `rule` (the rule id of DOMAIN.md §7, e.g. \"A1\"), `severity`"
                    + " (CRITICAL, HIGH, MEDIUM, LOW, INFO), `title`, `explanation` (the facts that raised it, in the"
                    + " request's language), `status` (OPEN, ACKNOWLEDGED, RESOLVED), `links` (the proceedings"
                    + " involved), and when acknowledged, by whom, when and with which note. Most severe first.")
    List<AlertJson> ofCase(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, Locale locale) {
        return alerts.readOfCase(user, CaseId.of(caseId)).stream()
                .map(a -> AlertJson.of(a, texts, locale))
                .toList();
    }

    @PostMapping("/api/v1/alerts/{id}/acknowledge")
    @NeedsKeys
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    @Operation(
            summary = "Acknowledge an open alert (team members)",
            description = "Body {\"note\":\"…\"} (optional, at most 2000 characters, sealed). 404 for an unknown"
                    + " alert, 409 when it is acknowledged or resolved already. The alert stays until its condition"
                    + " no longer holds; then it is resolved by itself.")
    AlertJson acknowledge(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestBody AcknowledgeRequest body,
            Locale locale) {
        return AlertJson.of(alerts.acknowledge(user, id, body.note()), texts, locale);
    }

    @PutMapping("/api/v1/cases/{caseId}/safeguard-facts")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    @Operation(
            summary = "Record the client's safeguard facts (team members)",
            description = "Body {\"hrdActivity\":true|false, \"travelPlanned\":true|false}; a field left out is"
                    + " left as it is. hrdActivity: a record of human-rights-defender activity exists (rule A9);"
                    + " travelPlanned: the client plans to travel or leave the country (A13). The case's alerts"
                    + " are re-evaluated at once. Answers the facts now recorded.")
    FactsJson setFacts(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, @RequestBody FactsJson body) {
        CaseId id = CaseId.of(caseId);
        if (body.hrdActivity() != null) alerts.setFact(user, id, SafeguardFact.HRD_ACTIVITY, body.hrdActivity());
        if (body.travelPlanned() != null) alerts.setFact(user, id, SafeguardFact.TRAVEL_PLANNED, body.travelPlanned());
        Set<SafeguardFact> facts = alerts.facts(user, id);
        return new FactsJson(facts.contains(SafeguardFact.HRD_ACTIVITY), facts.contains(SafeguardFact.TRAVEL_PLANNED));
    }

    record AcknowledgeRequest(@Nullable String note) {}

    record FactsJson(
            @Nullable Boolean hrdActivity, @Nullable Boolean travelPlanned) {}

    record LinkJson(String proceeding, String type, String href) {}

    record AlertJson(
            UUID id,
            String rule,
            String severity,
            String title,
            String explanation,
            String status,
            List<LinkJson> links,
            Instant openedAt,
            @Nullable String acknowledgedBy,
            @Nullable Instant acknowledgedAt,
            @Nullable String acknowledgementNote,
            @Nullable Instant resolvedAt) {

        static AlertJson of(Alert a, AlertTexts texts, Locale locale) {
            return new AlertJson(
                    a.id(),
                    a.rule(),
                    a.severity().name(),
                    texts.title(a, locale),
                    texts.explanation(a, locale),
                    a.status().name(),
                    a.links().stream()
                            .map(l -> new LinkJson(
                                    l.proceeding().toString(),
                                    l.type().name(),
                                    "/api/v1/proceedings/" + l.proceeding()))
                            .toList(),
                    a.openedAt(),
                    a.acknowledgedBy(),
                    a.acknowledgedAt(),
                    a.acknowledgementNote(),
                    a.resolvedAt());
        }
    }
}
