package org.tirek.proceedings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.cases.CaseId;
import org.tirek.identity.TirekUser;
import org.tirek.platform.InvalidRequestException;
import org.tirek.proceedings.Charge;
import org.tirek.proceedings.ChargeCategory;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.Jurisdictions;
import org.tirek.proceedings.LinkKind;
import org.tirek.proceedings.NewEvent;
import org.tirek.proceedings.NewProceeding;
import org.tirek.proceedings.OccurredAt;
import org.tirek.proceedings.ProceedingDetails;
import org.tirek.proceedings.ProceedingEvent;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingSummary;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.Proceedings;
import org.tirek.proceedings.machine.Machine;
import org.tirek.proceedings.machine.Machines;
import org.tirek.vault.NeedsKeys;

@RestController
@Tag(name = "Proceedings", description = "Legal proceedings: state machines, events, charges, links")
class ProceedingsApi {

    static final String CASE_VIEWERS = "hasAnyRole('COORDINATOR','LAWYER','CASEWORKER','ADMIN')";

    private final Proceedings proceedings;

    ProceedingsApi(Proceedings proceedings) {
        this.proceedings = proceedings;
    }

    @PostMapping("/api/v1/cases/{caseId}/proceedings")
    @NeedsKeys
    @PreAuthorize(CASE_VIEWERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Open a proceeding in a case (team members)",
            description =
                    "Body {\"type\":\"EXTRADITION\"|\"ASYLUM\"|\"ARREST_WARRANT\"|\"INTERPOL\"|\"PROTECTIVE_ORDER\"|"
                            + "\"DOMESTIC_CRIMINAL\"|\"INTERIM_MEASURE\"|\"ECTHR_APPLICATION\"|\"UN_COMMUNICATION\"|\"GENERIC\","
                            + " \"jurisdiction\":\"ME\" (a country, or ECHR, INTERPOL, EU, UN), \"title\":\"…\","
                            + " \"clientRole\":\"REQUESTED_PERSON\"…, \"openedOn\":\"2023-10-15\", \"requestingState\":\"KZ\""
                            + " (an ISO 3166 country, not a forum),"
                            + " \"reference\":\"…\" (sealed), \"forumId\", \"leadLawyer\", \"backupLawyer\" (usernames on the team)}.")
    ProceedingSummary open(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, @RequestBody OpenRequest body) {
        return proceedings.open(
                user,
                CaseId.of(caseId),
                new NewProceeding(
                        Inputs.required(ProceedingType.class, body.type(), "type"),
                        Inputs.text(body.jurisdiction()),
                        Inputs.text(body.title()),
                        Inputs.uuid(body.forumId(), "forumId"),
                        body.reference(),
                        body.clientRole() == null
                                ? ClientRole.OTHER
                                : Inputs.required(ClientRole.class, body.clientRole(), "clientRole"),
                        body.requestingState(),
                        Inputs.date(body.openedOn(), "openedOn"),
                        body.leadLawyer(),
                        body.backupLawyer()));
    }

    @GetMapping("/api/v1/cases/{caseId}/proceedings")
    @PreAuthorize(CASE_VIEWERS)
    @Operation(summary = "The case's proceedings with their states (team members)")
    List<ProceedingSummary> ofCase(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId) {
        return proceedings.ofCase(user, CaseId.of(caseId));
    }

    @GetMapping("/api/v1/proceedings/{id}")
    @NeedsKeys
    @PreAuthorize(CASE_VIEWERS)
    @Operation(summary = "A proceeding: its events, the events allowed now, measures, charges, links and blocks")
    ProceedingDetails details(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id) {
        return proceedings.details(user, ProceedingId.of(id));
    }

    @PostMapping("/api/v1/proceedings/{id}/events")
    @NeedsKeys
    @PreAuthorize(CASE_VIEWERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record an event",
            description = "Body {\"type\":\"ARRESTED_ON_PROVISIONAL_REQUEST\", \"occurredAt\":\"2025-04-14\" or"
                    + " \"2025-04-14T09:30\" (local to the jurisdiction, or give \"zone\") or with an offset, \"note\":\"source"
                    + " or remark\" (sealed, at most 10000 characters), \"attributes\":{…}, \"voids\":\"event id\" (for a"
                    + " CORRECTION)}. occurredAt may not lie in the future (5 minutes' tolerance). An event the machine does"
                    + " not allow now answers 422 naming the state and the event; SURRENDER_DATE_SET and HANDED_OVER"
                    + " while surrender is blocked need attributes.override=\"true\" and a note.")
    ProceedingEvent record(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID id, @RequestBody EventRequest body) {
        if (body.type() == null || body.type().isBlank()) {
            throw new InvalidRequestException("type is required", Map.of("type", "required"));
        }
        if (body.occurredAt() == null) {
            throw new InvalidRequestException("occurredAt is required", Map.of("occurredAt", "required"));
        }
        ZoneId zone =
                zone(body.zone(), proceedings.summary(user, ProceedingId.of(id)).jurisdiction());
        return proceedings.record(
                user,
                ProceedingId.of(id),
                new NewEvent(
                        body.type().strip().toUpperCase(java.util.Locale.ROOT),
                        OccurredAt.parse(body.occurredAt(), zone, "occurredAt"),
                        body.note(),
                        body.attributes() == null ? Map.of() : body.attributes(),
                        Inputs.uuid(body.voids(), "voids")));
    }

    @PostMapping("/api/v1/proceedings/{id}/charges")
    @NeedsKeys
    @PreAuthorize(CASE_VIEWERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Add a charge: {\"article\", \"category\", \"maxPenaltyMonths\", \"lifeOrDeath\", \"description\" (sealed)}")
    Charge addCharge(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, @RequestBody ChargeRequest body) {
        return proceedings.addCharge(
                user,
                ProceedingId.of(id),
                Inputs.text(body.article()),
                Inputs.required(ChargeCategory.class, body.category(), "category"),
                body.maxPenaltyMonths(),
                Boolean.TRUE.equals(body.lifeOrDeath()),
                body.description());
    }

    @PostMapping("/api/v1/proceedings/{id}/links")
    @NeedsKeys
    @PreAuthorize(CASE_VIEWERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link this proceeding to another of the case: {\"to\":\"id\", \"kind\":\"BLOCKS\"|…}")
    Map<String, UUID> link(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID id, @RequestBody LinkRequest body) {
        UUID to = Inputs.uuid(body.to(), "to");
        if (to == null) throw new InvalidRequestException("to is required", Map.of("to", "required"));
        UUID linkId = proceedings.link(
                user, ProceedingId.of(id), ProceedingId.of(to), Inputs.required(LinkKind.class, body.kind(), "kind"));
        return Map.of("id", linkId);
    }

    @GetMapping("/api/v1/proceedings/machines/{type}")
    @PreAuthorize(CASE_VIEWERS)
    @Operation(summary = "A proceeding type's machine: regions, states and the events that move it")
    Map<String, Object> machine(@PathVariable String type) {
        Machine machine = Machines.of(Inputs.required(ProceedingType.class, type, "type"));
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("type", machine.type());
        Map<String, Object> regions = new LinkedHashMap<>();
        for (String region : machine.regions()) regions.put(region, machine.states(region));
        description.put("regions", regions);
        description.put("events", machine.events());
        description.put("initial", machine.initial().regions());
        return description;
    }

    static ZoneId zone(@Nullable String zone, String jurisdiction) {
        if (zone == null || zone.isBlank()) return Jurisdictions.zone(jurisdiction);
        try {
            return ZoneId.of(zone.strip());
        } catch (java.time.DateTimeException e) {
            throw new InvalidRequestException(
                    "Unknown time zone; use one like Europe/Podgorica", Map.of("zone", "a region id"));
        }
    }

    record OpenRequest(
            @Nullable String type,
            @Nullable String jurisdiction,
            @Nullable String title,
            @Nullable String forumId,
            @Nullable String reference,
            @Nullable String clientRole,
            @Nullable String requestingState,
            @Nullable String openedOn,
            @Nullable String leadLawyer,
            @Nullable String backupLawyer) {}

    record EventRequest(
            @Nullable String type,
            @Nullable String occurredAt,
            @Nullable String zone,
            @Nullable String note,
            @Nullable Map<String, String> attributes,
            @Nullable String voids) {}

    record ChargeRequest(
            @Nullable String article,
            @Nullable String category,
            @Nullable Integer maxPenaltyMonths,
            @Nullable Boolean lifeOrDeath,
            @Nullable String description) {}

    record LinkRequest(@Nullable String to, @Nullable String kind) {}
}
