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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.cases.CaseChanges;
import org.tirek.cases.CaseDetails;
import org.tirek.cases.CaseId;
import org.tirek.cases.CasePage;
import org.tirek.cases.CaseQuery;
import org.tirek.cases.CaseStatus;
import org.tirek.cases.CaseSummary;
import org.tirek.cases.CaseType;
import org.tirek.cases.Cases;
import org.tirek.cases.NewCase;
import org.tirek.cases.Note;
import org.tirek.cases.NoteRevision;
import org.tirek.cases.Priority;
import org.tirek.cases.TeamMember;
import org.tirek.cases.TimelineEntry;
import org.tirek.identity.TirekUser;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;

@RestController
@Tag(name = "Cases", description = "Cases, their teams, status workflow, notes and timeline")
class CasesApi {

    static final String CASE_STAFF = "hasAnyRole('COORDINATOR','LAWYER','CASEWORKER')";
    static final String CASE_VIEWERS = "hasAnyRole('COORDINATOR','LAWYER','CASEWORKER','ADMIN')";
    static final String OVERSEERS = "hasAnyRole('COORDINATOR','ADMIN')";

    private final Cases cases;

    CasesApi(Cases cases) {
        this.cases = cases;
    }

    @PostMapping("/api/v1/cases")
    @NeedsKeys
    @PreAuthorize(CASE_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Open a case; the caller becomes its first team member",
            description =
                    "Body {\"type\":\"SURVIVOR_SUPPORT\"|\"DEFENDER_PROTECTION\", \"codename\":\"…\", \"summary\":\"…\","
                            + " \"priority\":\"LOW\"|\"NORMAL\"|\"HIGH\"|\"URGENT\", \"region\":\"KZ-75\"}. The codename must"
                            + " identify nobody; the summary is sensitive (sealed under the case's key).")
    CaseSummary open(@AuthenticationPrincipal TirekUser user, @RequestBody OpenRequest body) {
        return cases.open(
                user,
                new NewCase(
                        Inputs.required(CaseType.class, body.type(), "type"),
                        Inputs.text(body.codename()),
                        body.summary(),
                        Inputs.optional(Priority.class, body.priority(), "priority"),
                        Inputs.region(body.region(), "region")));
    }

    @GetMapping("/api/v1/cases")
    @PreAuthorize(CASE_VIEWERS)
    @Operation(
            summary = "The case list (structural data only), filtered, sorted and paged",
            description = "Lawyers and caseworkers see the cases they are on; coordinators and administrators all"
                    + " (or theirs with mine=true). sort: NEWEST, OLDEST, REFERENCE, PRIORITY, RECENTLY_CHANGED.")
    CasePage list(
            @AuthenticationPrincipal TirekUser user,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String priority,
            @RequestParam(required = false) @Nullable String member,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "true") boolean synthetic,
            @RequestParam(defaultValue = "NEWEST") String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) @Nullable String codename) {
        return cases.list(
                user,
                new CaseQuery(
                        Inputs.optional(CaseType.class, type, "type"),
                        Inputs.optional(CaseStatus.class, status, "status"),
                        Inputs.region(region, "region"),
                        Inputs.optional(Priority.class, priority, "priority"),
                        Inputs.uuid(member, "member"),
                        mine,
                        synthetic,
                        Inputs.required(CaseQuery.Sort.class, sort, "sort"),
                        page,
                        size,
                        codename));
    }

    @GetMapping("/api/v1/cases/{caseId}")
    @NeedsKeys
    @PreAuthorize(CASE_VIEWERS)
    @Operation(summary = "A case: its structure for coordinators and administrators, everything for its team")
    CaseDetails details(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId) {
        return cases.details(user, CaseId.of(caseId));
    }

    @PatchMapping("/api/v1/cases/{caseId}")
    @NeedsKeys
    @PreAuthorize(CASE_VIEWERS)
    @Operation(
            summary = "Change a case's codename, summary, priority or region (team members)",
            description = "Send the case's current 'version'; a stale one answers 409 and changes nothing.")
    CaseSummary change(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, @RequestBody ChangeRequest body) {
        if (body.version() == null)
            throw new InvalidRequestException("version is required", Map.of("version", "required"));
        return cases.change(
                user,
                CaseId.of(caseId),
                new CaseChanges(
                        body.version(),
                        body.codename(),
                        body.summary(),
                        Inputs.optional(Priority.class, body.priority(), "priority"),
                        Inputs.region(body.region(), "region"),
                        "".equals(body.region())));
    }

    @PostMapping("/api/v1/cases/{caseId}/status")
    @NeedsKeys
    @PreAuthorize(CASE_VIEWERS)
    @Operation(
            summary = "Move the case in its workflow (team members)",
            description = "OPEN → ACTIVE, DORMANT or CLOSED; ACTIVE → DORMANT or CLOSED; DORMANT → ACTIVE or CLOSED;"
                    + " CLOSED → ACTIVE (reopen). Moving to DORMANT or CLOSED, or reopening, needs a reason.")
    CaseSummary status(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, @RequestBody StatusRequest body) {
        return cases.moveTo(
                user,
                CaseId.of(caseId),
                Inputs.required(CaseStatus.class, body.status(), "status"),
                Inputs.text(body.reason()));
    }

    @GetMapping("/api/v1/cases/{caseId}/team")
    @PreAuthorize(CASE_VIEWERS)
    @Operation(summary = "The case's team")
    List<TeamMember> team(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId) {
        return cases.team(user, CaseId.of(caseId));
    }

    @PostMapping("/api/v1/cases/{caseId}/team")
    @PreAuthorize(OVERSEERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Add an account to the team (coordinators, administrators): {\"username\":\"…\"}")
    void addMember(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, @RequestBody TeamRequest body) {
        cases.addMember(user, CaseId.of(caseId), Inputs.text(body.username()));
    }

    @DeleteMapping("/api/v1/cases/{caseId}/team/{userId}")
    @PreAuthorize(OVERSEERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take an account off the team (coordinators, administrators); the last member stays")
    void removeMember(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, @PathVariable UUID userId) {
        cases.removeMember(user, CaseId.of(caseId), userId);
    }

    @PostMapping("/api/v1/cases/{caseId}/join")
    @PreAuthorize(OVERSEERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Join the team to see the case's sensitive data (recorded in the case's access log)")
    void join(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId) {
        cases.join(user, CaseId.of(caseId));
    }

    @GetMapping("/api/v1/cases/{caseId}/notes")
    @NeedsKeys
    @PreAuthorize(CASE_VIEWERS)
    @Operation(summary = "The case's notes, newest first (team members)")
    List<Note> notes(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId) {
        return cases.notes(user, CaseId.of(caseId));
    }

    @PostMapping("/api/v1/cases/{caseId}/notes")
    @NeedsKeys
    @PreAuthorize(CASE_VIEWERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note: {\"text\":\"…\"} (sensitive, sealed under the case's key)")
    Note addNote(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, @RequestBody NoteRequest body) {
        return cases.addNote(user, CaseId.of(caseId), Inputs.text(body.text()));
    }

    @PutMapping("/api/v1/cases/{caseId}/notes/{noteId}")
    @NeedsKeys
    @PreAuthorize(CASE_VIEWERS)
    @Operation(
            summary = "Replace a note's text: {\"text\":\"…\", \"version\":n}",
            description = "The earlier text is kept in the note's history. A stale version answers 409.")
    Note editNote(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @PathVariable UUID noteId,
            @RequestBody NoteRequest body) {
        if (body.version() == null)
            throw new InvalidRequestException("version is required", Map.of("version", "required"));
        return cases.editNote(user, CaseId.of(caseId), noteId, Inputs.text(body.text()), body.version());
    }

    @GetMapping("/api/v1/cases/{caseId}/notes/{noteId}/history")
    @NeedsKeys
    @PreAuthorize(CASE_VIEWERS)
    @Operation(summary = "Every text the note has had, oldest first")
    List<NoteRevision> noteHistory(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, @PathVariable UUID noteId) {
        return cases.noteHistory(user, CaseId.of(caseId), noteId);
    }

    @GetMapping("/api/v1/cases/{caseId}/timeline")
    @NeedsKeys
    @PreAuthorize(CASE_VIEWERS)
    @Operation(summary = "Everything that happened in the case, newest first (team members)")
    List<TimelineEntry> timeline(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId) {
        return cases.timeline(user, CaseId.of(caseId));
    }

    record OpenRequest(
            @Nullable String type,
            @Nullable String codename,
            @Nullable String summary,
            @Nullable String priority,
            @Nullable String region) {}

    record ChangeRequest(
            @Nullable Integer version,
            @Nullable String codename,
            @Nullable String summary,
            @Nullable String priority,
            @Nullable String region) {}

    record StatusRequest(@Nullable String status, @Nullable String reason) {}

    record TeamRequest(@Nullable String username) {}

    record NoteRequest(@Nullable String text, @Nullable Integer version) {}
}
