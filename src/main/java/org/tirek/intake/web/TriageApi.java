package org.tirek.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
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
import org.tirek.cases.CaseType;
import org.tirek.identity.TirekUser;
import org.tirek.intake.internal.Conversion;
import org.tirek.intake.internal.InboxItem;
import org.tirek.intake.internal.Triage;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;

/** Triage of anonymous reports over the API (coordinators, lawyers, caseworkers). */
@RestController
@Tag(
        name = "Intake",
        description = "Anonymous reports sent through the public form (/report): the inbox, reading a report,"
                + " replies the reporter reads with the receipt code, spam, assignment, and taking a report into a"
                + " new or existing case (incident, notes and evidence). Coordinators, lawyers and caseworkers only."
                + " Reports are encrypted to the intake key on arrival: everything but the inbox needs an unsealed"
                + " vault (503 while sealed), and every read of content is recorded in the audit trail.")
class TriageApi {

    private final Triage triage;
    private final Conversion conversion;

    TriageApi(Triage triage, Conversion conversion) {
        this.triage = triage;
        this.conversion = conversion;
    }

    @GetMapping("/api/v1/intake/reports")
    @PreAuthorize(TriagePages.TRIAGERS)
    @Operation(
            summary = "The inbox: untriaged reports, oldest first (structure only; works while sealed)",
            description = "Each item has id, receivedAt, state (NEW or SPAM), assignedTo (a username), caseId,"
                    + " lastReporterAt, lastStaffAt and deletionRequested (the reporter asked for deletion; retention"
                    + " deletes it unless it is taken into a case first). No content. At most 500 items.")
    List<InboxItem> inbox(
            @Parameter(description = "true: the reports marked as spam instead of the waiting ones")
                    @RequestParam(name = "spam", defaultValue = "false")
                    boolean spam) {
        return triage.inbox(spam);
    }

    @GetMapping("/api/v1/intake/reports/{id}")
    @PreAuthorize(TriagePages.TRIAGERS)
    @NeedsKeys
    @Operation(
            summary = "A report, decrypted: answers in words, the structured answers, the conversation and the files",
            description = "Sensitive: recorded as one read in the audit trail. 'answers' lists question and answer"
                    + " in the request's language (Accept-Language or ?lang=en|ru|kk), in the order of the form the"
                    + " reporter answered. 'structured' has reportedBy (SURVIVOR|SOMEONE_ELSE), type (GBVIMS core"
                    + " type), when (\"2025\"|\"2025-03\"|\"2025-03-14\"), region (ISO 3166), area"
                    + " (URBAN|RURAL|CAMP|ONLINE|OTHER), safeNow (YES|NO|UNSURE), contact (way NONE|FOLLOW_UP_PAGE|PHONE,"
                    + " phone, safeTimes, mayLeaveMessage), consent (asked, given: SERVICES, REFERRAL, LEGAL_ACTION,"
                    + " STATISTICS, ADVOCACY), story and other (the organisation's own questions by id); each is null"
                    + " when not answered. 'files' carry name, mediaType (sniffed from the content), size, sha256"
                    + " (computed on arrival) and evidenceId once taken into a case.")
    ReportJson read(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, Locale locale) {
        return ReportJson.of(triage.read(user, id, locale));
    }

    @GetMapping("/api/v1/intake/reports/{id}/files/{fileId}")
    @PreAuthorize(TriagePages.TRIAGERS)
    @NeedsKeys
    @Operation(
            summary = "A file of a report, decrypted, as an attachment (recorded as a read)",
            description = "The original as the reporter sent it, with its metadata; once the report is in a case,"
                    + " its evidence copy also has a metadata-stripped sharing copy.")
    void file(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @PathVariable UUID fileId,
            HttpServletResponse response)
            throws IOException {
        TriagePages.send(triage.download(user, id, fileId), response);
    }

    record Reply(@Nullable String text) {}

    @PostMapping("/api/v1/intake/reports/{id}/replies")
    @PreAuthorize(TriagePages.TRIAGERS)
    @NeedsKeys
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Reply to the reporter",
            description = "Body {\"text\":\"…\"} (1 to 20,000 characters). Encrypted to the intake key; the reporter"
                    + " reads it on the follow-up page with the receipt code, and it appears on the timeline of the"
                    + " report's case. Write nothing that would endanger the reporter if someone else read it.")
    void reply(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, @RequestBody Reply body) {
        triage.reply(user, id, body.text() == null ? "" : body.text());
    }

    record Spam(@Nullable Boolean spam) {}

    @PostMapping("/api/v1/intake/reports/{id}/spam")
    @PreAuthorize(TriagePages.TRIAGERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Mark an untriaged report as spam, or take the mark back",
            description = "Body {\"spam\":true|false}. Spam is deleted after tirek.intake.retention.spam (7 days by"
                    + " default); the reporter is never told. 409 once the report is part of a case.")
    void spam(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, @RequestBody Spam body) {
        triage.spam(user, id, !Boolean.FALSE.equals(body.spam()));
    }

    record Assignee(@Nullable String username) {}

    @PostMapping("/api/v1/intake/reports/{id}/assignee")
    @PreAuthorize(TriagePages.TRIAGERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Assign a report to a coordinator, lawyer or caseworker",
            description = "Body {\"username\":\"…\"}; 422 when no such account works on cases. The reporter then sees"
                    + " 'someone is looking at it'. Works while sealed.")
    void assign(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, @RequestBody Assignee body) {
        triage.assign(user, id, body.username() == null ? "" : body.username());
    }

    record NewCaseRequest(@Nullable String type, @Nullable String codename) {}

    record CaseRef(UUID caseId) {}

    @PostMapping("/api/v1/intake/reports/{id}/conversion")
    @PreAuthorize(TriagePages.TRIAGERS)
    @NeedsKeys
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Open a new case from the report",
            description = "Body {\"type\":\"SURVIVOR_SUPPORT\"|\"DEFENDER_PROTECTION\", \"codename\":\"…\"}. In one"
                    + " transaction: the case is opened with the report's region and the caller as its first team"
                    + " member; the answers in words (consent and contact wishes among them) and the conversation"
                    + " become notes; when the reporter said what happened, an incident is recorded with its GBVIMS"
                    + " type, partial date, region, kind of place and who reported; each file becomes evidence with"
                    + " the SHA-256 computed on arrival and a RECEIVED custody entry at its arrival. Returns"
                    + " {\"caseId\":…}. 409 when the report is already part of a case; 422 for a missing codename.")
    CaseRef convert(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestBody NewCaseRequest body,
            Locale locale) {
        CaseType type;
        try {
            type = CaseType.valueOf(body.type() == null ? "SURVIVOR_SUPPORT" : body.type());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "Unknown case type", Map.of("type", "SURVIVOR_SUPPORT or DEFENDER_PROTECTION"));
        }
        return new CaseRef(conversion
                .convert(user, id, type, body.codename() == null ? "" : body.codename(), locale)
                .value());
    }

    record Attachment(@Nullable UUID caseId) {}

    @PostMapping("/api/v1/intake/reports/{id}/attachment")
    @PreAuthorize(TriagePages.TRIAGERS)
    @NeedsKeys
    @Operation(
            summary = "Attach the report to an existing case the caller works on",
            description = "Body {\"caseId\":\"…\"}: as conversion, into that case (notes, incident, evidence). 403 when"
                    + " the caller is not on the case's team; 409 when the report is already part of a case.")
    CaseRef attach(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestBody Attachment body,
            Locale locale) {
        UUID caseId = body.caseId();
        if (caseId == null) throw new InvalidRequestException("caseId is required", Map.of("caseId", "required"));
        return new CaseRef(conversion.attach(user, id, caseId, locale).value());
    }

    record EvidenceRef(UUID evidenceId) {}

    @PostMapping("/api/v1/intake/reports/{id}/files/{fileId}/evidence")
    @PreAuthorize(TriagePages.TRIAGERS)
    @NeedsKeys
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Take into the report's case a file the reporter sent after the report became part of it",
            description = "The file becomes evidence of the case, with its arrival hash and custody, as at conversion."
                    + " Returns {\"evidenceId\":…}. 409 when the report is in no case or the file is already evidence.")
    EvidenceRef fileIntoCase(
            @AuthenticationPrincipal TirekUser user, @PathVariable UUID id, @PathVariable UUID fileId) {
        return new EvidenceRef(conversion.fileIntoCase(user, id, fileId));
    }
}
