package org.tirek.incidents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.cases.CaseId;
import org.tirek.identity.TirekUser;
import org.tirek.incidents.CoreType;
import org.tirek.incidents.Incident;
import org.tirek.incidents.IncidentId;
import org.tirek.incidents.Incidents;
import org.tirek.incidents.Question;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;

@RestController
@Tag(
        name = "Incidents",
        description = "Incidents of a case, classified by the GBVIMS core types; the guided classifier")
class IncidentsApi {

    /** Case staff and administrators; inside a case only its team (checked by the service). */
    static final String STAFF = "hasAnyRole('COORDINATOR','LAWYER','CASEWORKER','ADMIN')";

    private static final String BODY =
            "Body: {\"type\":\"RAPE\"|\"SEXUAL_ASSAULT\"|\"PHYSICAL_ASSAULT\"|\"FORCED_MARRIAGE\""
                    + "|\"DENIAL_OF_RESOURCES\"|\"PSYCHOLOGICAL_ABUSE\"|\"NON_GBV\" (or, instead of type, \"answers\": the"
                    + " classifier's answers as for /api/v1/incidents/classify), \"reportedOn\":\"2026-03-02\" (required),"
                    + " \"occurredOn\":\"2025\"|\"2025-11\"|\"2025-11-20\", \"timeOfDay\":\"MORNING\"|\"AFTERNOON\"|\"EVENING\""
                    + "|\"NIGHT\"|\"UNKNOWN\", \"region\":\"KZ-75\", \"area\":\"URBAN\"|\"RURAL\"|\"CAMP\"|\"ONLINE\"|\"OTHER\","
                    + " \"contexts\":[\"DOMESTIC_VIOLENCE\",…], \"perpetrators\":[{\"relationship\":\"INTIMATE_PARTNER\","
                    + " \"count\":1, \"ageBand\":\"AGE_26_40\", \"sex\":\"MALE\"}], \"priorIncidents\":\"YES\"|\"NO\"|\"UNKNOWN\","
                    + " \"reportedBySurvivor\":true (required), \"narrative\":\"…\" (optional, sensitive: sealed under the case's"
                    + " key)}. A refused field is named in 'errors' (422) and nothing is saved. The reporting delay is derived.";

    private final Incidents incidents;

    IncidentsApi(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/api/v1/cases/{caseId}/incidents")
    @NeedsKeys
    @PreAuthorize(STAFF)
    @Operation(summary = "The case's incidents, most recently reported first, without narratives (team members)")
    List<Incident> list(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId) {
        return incidents.ofCase(user, CaseId.of(caseId));
    }

    @PostMapping("/api/v1/cases/{caseId}/incidents")
    @NeedsKeys
    @PreAuthorize(STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an incident of the case (team members)", description = BODY)
    Incident record(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, @RequestBody IncidentRequest body) {
        return incidents.record(user, CaseId.of(caseId), body.toInput());
    }

    @GetMapping("/api/v1/incidents/{id}")
    @NeedsKeys
    @PreAuthorize(STAFF)
    @Operation(summary = "An incident with its narrative (team members of its case)")
    Incident get(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id) {
        return incidents.get(user, IncidentId.of(id));
    }

    @PutMapping("/api/v1/incidents/{id}")
    @NeedsKeys
    @PreAuthorize(STAFF)
    @Operation(
            summary = "Replace an incident's fields (team members of its case)",
            description = BODY + " Also send the incident's current \"version\": a stale one answers 409 and changes"
                    + " nothing. A narrative left out is removed.")
    Incident change(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, @RequestBody IncidentRequest body) {
        if (body.version() == null) {
            throw new InvalidRequestException("version is required", Map.of("version", "required"));
        }
        return incidents.change(user, IncidentId.of(id), body.version(), body.toInput());
    }

    @PostMapping("/api/v1/incidents/classify")
    @PreAuthorize(STAFF)
    @Operation(
            summary = "The GBVIMS classifier: answers in, core type out (nothing is stored)",
            description = "Body: {\"penetration\":false, \"unwantedSexualContact\":false, \"physicalAssault\":true,"
                    + " \"forcedMarriage\":…, \"denialOfResources\":…, \"psychologicalAbuse\":…}. The questions are"
                    + " asked in this fixed priority order and the first true decides; later ones may be left out."
                    + " Every answer false gives NON_GBV. A question that must be answered first is named in 'errors'"
                    + " (422).")
    Classified classify(@RequestBody @Nullable Map<String, @Nullable Boolean> answers) {
        FieldErrors errors = new FieldErrors();
        CoreType type = IncidentRequest.classified(answers == null ? Map.of() : answers, errors, "");
        errors.throwIfAny("The classifier needs more answers; see 'errors'");
        Question decidedBy = null;
        for (Question q : Question.values()) if (q.type() == type) decidedBy = q;
        return new Classified(Objects.requireNonNull(type), decidedBy == null ? null : decidedBy.field());
    }

    /**
     * The classifier's answer.
     *
     * @param decidedBy the question answered "yes", or {@code null} for NON_GBV
     */
    record Classified(CoreType type, @Nullable String decidedBy) {}
}
