package org.tirek.proceedings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.cases.CaseId;
import org.tirek.identity.TirekUser;
import org.tirek.proceedings.Deadline;
import org.tirek.proceedings.Deadlines;
import org.tirek.proceedings.ProceedingId;
import org.tirek.vault.NeedsKeys;

@RestController
@Tag(
        name = "Deadlines",
        description = "Deadlines computed from the rule packs: lists, the board, overrides, acknowledgements, waivers")
class DeadlinesApi {

    /** Who may set another date or waive a deadline: a legal judgement (the service checks it too). */
    static final String DECIDERS = "hasAnyRole('COORDINATOR','LAWYER')";

    private final Deadlines deadlines;

    DeadlinesApi(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/api/v1/proceedings/{id}/deadlines")
    @NeedsKeys
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    @Operation(
            summary =
                    "A proceeding's deadlines, soonest first, with the reasons of overrides and waivers (team; a recorded read)",
            description =
                    "Each deadline has its rule, pack and version, the legal basis as cited, its confidence (VERIFIED,"
                            + " SECONDARY, UNVERIFIED: an UNVERIFIED date must be checked by a lawyer), how it was counted, the"
                            + " computed and the effective due time, status UPCOMING, DUE_SOON, OVERDUE, MET or WAIVED, and who"
                            + " acknowledged it.")
    List<Deadline> ofProceeding(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id) {
        return deadlines.ofProceeding(user, ProceedingId.of(id));
    }

    @GetMapping("/api/v1/cases/{caseId}/deadlines")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    @Operation(
            summary = "The case's deadlines without reasons (team, coordinators, administrators)",
            description = "Every deadline of every proceeding of the case, open or closed, soonest first; the"
                    + " reasons of overrides and waivers are left out (read them per proceeding).")
    List<Deadline> ofCase(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId) {
        return deadlines.ofCase(user, CaseId.of(caseId));
    }

    @GetMapping("/api/v1/deadlines")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    @Operation(
            summary = "Deadlines across cases (the board), without reasons, soonest first, at most 500",
            description = "Query: status (UPCOMING, DUE_SOON, OVERDUE, MET, WAIVED, OPEN or ALL; repeatable or"
                    + " comma-separated; default OPEN: upcoming, due soon and overdue, as of now), lawyer (username"
                    + " of the lead or backup lawyer), withinDays (due within that many days from now, overdue ones"
                    + " included; 0 to 3660), from and until (due in [from, until), ISO-8601 with an offset: a"
                    + " calendar's range), confidence (VERIFIED, SECONDARY, UNVERIFIED). Coordinators and"
                    + " administrators see every case, others the cases whose team they are on. 422 names a"
                    + " malformed parameter.")
    List<Deadline> board(
            @AuthenticationPrincipal TirekUser user,
            @RequestParam(required = false) @Nullable List<String> status,
            @RequestParam(required = false) @Nullable String lawyer,
            @RequestParam(required = false) @Nullable String withinDays,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String until,
            @RequestParam(required = false) @Nullable String confidence) {
        return deadlines.board(user, new DeadlineFilter(status, lawyer, withinDays, from, until, confidence).query());
    }

    @PostMapping("/api/v1/deadlines/{id}/override")
    @NeedsKeys
    @PreAuthorize(DeadlinesApi.DECIDERS)
    @Operation(
            summary = "Set another due date with a reason (lawyers and coordinators on the case's team)",
            description = "Body {\"due\":\"2026-03-10\" (the end of that day in the deadline's zone),"
                    + " \"2026-03-10T14:00\" (a local time there) or a time with an offset, \"reason\":\"…\""
                    + " (1 to 2000 characters; sealed)}. The computed date is kept beside it. 422 names a missing or"
                    + " malformed field and changes nothing; 409 when the deadline is closed.")
    Deadline override(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID id, @RequestBody OverrideRequest body) {
        return deadlines.override(user, id, Inputs.text(body.due()), Inputs.text(body.reason()));
    }

    @PostMapping("/api/v1/deadlines/{id}/acknowledge")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    @Operation(
            summary = "Record that the caller has seen the deadline (team)",
            description = "From the lead lawyer it stops the escalation to the backup lawyer, which otherwise"
                    + " happens when an open deadline is due within 48 hours. 409 when the deadline is closed.")
    Deadline acknowledge(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id) {
        return deadlines.acknowledge(user, id);
    }

    @PostMapping("/api/v1/deadlines/{id}/waive")
    @NeedsKeys
    @PreAuthorize(DeadlinesApi.DECIDERS)
    @Operation(
            summary = "Waive a deadline: close it as no longer to be met (lawyers and coordinators on the team)",
            description = "Body {\"reason\":\"…\"} (1 to 2000 characters; sealed). For good: a waived deadline"
                    + " is not reopened, also when its proceeding's events are recomputed. 409 when it is closed"
                    + " already.")
    Deadline waive(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, @RequestBody ReasonRequest body) {
        return deadlines.waive(user, id, Inputs.text(body.reason()));
    }

    record OverrideRequest(@Nullable String due, @Nullable String reason) {}

    record ReasonRequest(@Nullable String reason) {}
}
