package org.tirek.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.audit.AuditFilter;
import org.tirek.audit.AuditLog;
import org.tirek.audit.AuditVerification;
import org.tirek.audit.CheckpointFile;
import org.tirek.audit.CurrentActor;
import org.tirek.audit.Outcome;
import org.tirek.audit.VerificationReport;
import org.tirek.audit.Witness;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;

@RestController
@Tag(
        name = "Audit",
        description = "The tamper-evident audit trail: search, case access logs, verification, checkpoints")
class AuditApi {

    static final String AUDITORS = "hasAnyRole('ADMIN','AUDITOR')";
    static final String CASE_LOG_READERS = "hasAnyRole('ADMIN','AUDITOR','COORDINATOR')";
    static final String CHECKPOINT_FILE = "tirek-audit-checkpoints.json";

    private final AuditLog log;
    private final AuditVerification verification;
    private final CurrentActor actor;

    AuditApi(AuditLog log, AuditVerification verification, CurrentActor actor) {
        this.log = log;
        this.verification = verification;
        this.actor = actor;
    }

    @GetMapping("/api/v1/audit/events")
    @PreAuthorize(AUDITORS)
    @Operation(
            summary = "Search the audit trail, newest first",
            description = "Every criterion is optional. 'action' is an action name, or a module followed by a dot"
                    + " (e.g. 'evidence.'). Continue with the returned 'nextOlderThan'. The search itself is recorded.")
    AuditLog.Page events(
            @RequestParam(name = "actor", required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable UUID caseId,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable Outcome outcome,
            @Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(required = false) @Nullable Instant from,
            @Parameter(description = "ISO-8601 instant, exclusive") @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable Long olderThan,
            @RequestParam(defaultValue = "100") int limit) {
        return log.search(actor.get(), new AuditFilter(username, caseId, action, outcome, from, to), olderThan, limit);
    }

    @GetMapping("/api/v1/cases/{caseId}/access-log")
    @PreAuthorize(CASE_LOG_READERS)
    @Operation(summary = "Who read or changed what in one case, newest first (recorded)")
    AuditLog.Page caseAccessLog(
            @PathVariable UUID caseId,
            @RequestParam(required = false) @Nullable Long olderThan,
            @RequestParam(defaultValue = "100") int limit) {
        return log.caseAccess(actor.get(), caseId, olderThan, limit);
    }

    @GetMapping("/api/v1/audit/verification")
    @PreAuthorize(AUDITORS)
    @Operation(summary = "The newest verification report (the background check runs after start and every 6 hours)")
    VerificationReport latest() {
        return verification.latest().orElseThrow(() -> new NotFoundException("The trail has not been verified yet"));
    }

    @PostMapping(path = "/api/v1/audit/verification")
    @PreAuthorize(AUDITORS)
    @Operation(
            summary = "Verify the whole trail now",
            description = "Optionally send an exported checkpoint file as the body: its key is then the one trusted,"
                    + " and its checkpoints also reveal entries removed from the end of the chain.")
    VerificationReport verify(@RequestBody(required = false) byte @Nullable [] witnessFile) {
        Witness witness = null;
        if (witnessFile != null && witnessFile.length > 0) {
            try {
                witness = CheckpointFile.read(new ByteArrayInputStream(witnessFile));
            } catch (IOException e) {
                throw new InvalidRequestException(String.valueOf(e.getMessage()));
            }
        }
        return verification.verify(actor.get(), witness);
    }

    @GetMapping(path = "/api/v1/audit/checkpoints", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(AUDITORS)
    @Operation(summary = "Download every signed checkpoint and the public key, for a witness outside the server")
    ResponseEntity<byte[]> checkpoints() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        verification.exportCheckpoints(actor.get(), file);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + CHECKPOINT_FILE + "\"")
                .body(file.toByteArray());
    }
}
