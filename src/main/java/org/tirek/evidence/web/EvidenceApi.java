package org.tirek.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.evidence.CustodyEntry;
import org.tirek.evidence.Download;
import org.tirek.evidence.Evidence;
import org.tirek.evidence.EvidenceFile;
import org.tirek.identity.TirekUser;
import org.tirek.people.OrganisationId;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;
import org.tirek.vault.Signing;

@RestController
@Tag(name = "Evidence", description = "Encrypted evidence files, chain of custody and signed bundles")
class EvidenceApi {

    static final String CASE_ROLES = "hasAnyRole('COORDINATOR','LAWYER','CASEWORKER')";

    private final Evidence evidence;
    private final Signing signing;

    EvidenceApi(Evidence evidence, Signing signing) {
        this.evidence = evidence;
        this.signing = signing;
    }

    // no "consumes": the content type is checked inside, after the role check (else 415 would answer callers due a 403)
    @PostMapping("/api/v1/cases/{caseId}/evidence")
    @NeedsKeys
    @PreAuthorize(CASE_ROLES)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Upload a file as the raw request body",
            description = "Send the bytes with Content-Type application/octet-stream and the file name,"
                    + " percent-encoded (UTF-8), in X-File-Name. Streamed and encrypted on arrival;"
                    + " limit tirek.evidence.max-size (default 2 GiB). 410 when the case was erased.")
    EvidenceFile upload(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestHeader(name = "X-File-Name", required = false) @Nullable String fileName,
            HttpServletRequest request)
            throws IOException {
        if (!MediaType.APPLICATION_OCTET_STREAM_VALUE.equals(request.getContentType())) {
            throw new InvalidRequestException(
                    "Send the file as the request body with Content-Type application/octet-stream",
                    Map.of("Content-Type", "application/octet-stream"));
        }
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidRequestException("The X-File-Name header is required", Map.of("X-File-Name", "required"));
        }
        try (InputStream body = request.getInputStream()) {
            return evidence.upload(user, caseId, URLDecoder.decode(fileName, StandardCharsets.UTF_8), body);
        }
    }

    @GetMapping("/api/v1/cases/{caseId}/evidence")
    @NeedsKeys
    @PreAuthorize(CASE_ROLES)
    @Operation(
            summary = "The case's evidence files (files whose content was deleted are left out)",
            description = "410 when the case was erased.")
    List<EvidenceFile> list(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId) {
        return evidence.list(user, caseId);
    }

    @GetMapping("/api/v1/evidence/{id}")
    @NeedsKeys
    @PreAuthorize(CASE_ROLES)
    @Operation(
            summary = "One file's record: name, hash, size, sniffed media type, sharing copy",
            description = "404 when its content was deleted; 410 when its case was erased.")
    EvidenceFile get(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id) {
        return evidence.get(user, id);
    }

    @GetMapping("/api/v1/evidence/{id}/custody")
    @NeedsKeys
    @PreAuthorize(CASE_ROLES)
    @Operation(
            summary = "The file's chain of custody, oldest first (also for a file whose content was deleted)",
            description = "Also after the file's case was erased: then no entry has a reason (reasons were sealed"
                    + " under the destroyed key), and the last entry is ERASED.")
    List<CustodyEntry> custody(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id) {
        return evidence.custody(user, id);
    }

    @PostMapping("/api/v1/evidence/{id}/download")
    @NeedsKeys
    @PreAuthorize(CASE_ROLES)
    @Operation(
            summary = "Download the original or the sharing copy; a reason is required and recorded",
            description = "Body {\"reason\": \"...\", \"copy\": \"ORIGINAL\"|\"SHARING\"}. The X-Content-SHA256"
                    + " header carries the recorded hash of the original.")
    void download(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestBody Access body,
            HttpServletResponse response)
            throws IOException {
        Download.Copy copy = body.copy() == null ? Download.Copy.ORIGINAL : body.copy();
        Downloads.stream(evidence.download(user, id, copy, body.reasonOrEmpty()), response);
    }

    @PostMapping("/api/v1/evidence/{id}/transfers")
    @NeedsKeys
    @PreAuthorize(CASE_ROLES)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Record that the file was handed to another organisation (to whom, why)",
            description = "Body {\"recipientId\": organisation id, \"reason\": \"...\"} (1 to 1000 characters)."
                    + " Needs the case's consent to share with that organisation: a SHARING consent, or a LEGAL_ACTION"
                    + " consent naming it, in force today; without one the answer is 422 with field recipientId and"
                    + " nothing is recorded. Tirek sends nothing; it records the transfer in the chain of custody and as"
                    + " shared under the consent, so that revoking the consent lists it.")
    void transfer(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, @RequestBody Transfer body) {
        evidence.recordTransfer(user, id, body.recipient(), body.reasonOrEmpty());
    }

    @PostMapping("/api/v1/evidence/{id}/delete")
    @NeedsKeys
    @PreAuthorize(CASE_ROLES)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Destroy the file's content; its record and custody chain remain",
            description = "Body {\"reason\": \"...\"}. Removes the original and the sharing copy from the store. The"
                    + " case's key is kept, so this is not an erasure: backups made earlier still hold the file.")
    void delete(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, @RequestBody Access body) {
        evidence.delete(user, id, body.reasonOrEmpty());
    }

    @PostMapping("/api/v1/cases/{caseId}/evidence/bundle")
    @NeedsKeys
    @PreAuthorize(CASE_ROLES)
    @Operation(
            summary = "Export chosen files as a ZIP with a signed manifest; verify it offline",
            description = "Body {\"fileIds\": [\"...\"], \"reason\": \"...\"}. Answers application/zip with the"
                    + " original files under files/, manifest.json, manifest.sig (base64 Ed25519 signature of"
                    + " manifest.json's exact bytes) and public-key.pem. The export is recorded in each file's chain"
                    + " of custody before the bundle is written.")
    void bundle(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestBody BundleRequest body,
            HttpServletResponse response)
            throws IOException {
        List<UUID> ids = body.fileIds() == null ? List.of() : body.fileIds();
        Downloads.bundle(caseId, evidence.exportBundle(user, caseId, ids, body.reasonOrEmpty()), response);
    }

    @GetMapping(path = "/api/v1/evidence/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
    @PreAuthorize("permitAll()")
    @Operation(
            summary = "The organisation's Ed25519 public key (PEM) that signs bundles; public",
            description = "Served also while the vault is sealed; 404 until the first bundle has been signed.")
    String publicKey() {
        return signing.publicKeyPem();
    }

    /** A reason left out is an empty one, refused with 422 naming the field; never the word "null". */
    record Access(@Nullable String reason, Download.@Nullable Copy copy) {
        String reasonOrEmpty() {
            return Objects.requireNonNullElse(reason, "");
        }
    }

    /** A transfer: to which organisation, and why. An identifier that is not one is refused with 422. */
    record Transfer(@Nullable String recipientId, @Nullable String reason) {
        String reasonOrEmpty() {
            return Objects.requireNonNullElse(reason, "");
        }

        @Nullable OrganisationId recipient() {
            return recipientOf(recipientId);
        }
    }

    /** An organisation named by a request, or {@code null} when none was named. */
    static @Nullable OrganisationId recipientOf(@Nullable String recipientId) {
        if (recipientId == null || recipientId.isBlank()) return null;
        try {
            return OrganisationId.of(UUID.fromString(recipientId.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "Choose the organisation the file was handed to", Map.of("recipientId", "an identifier (UUID)"));
        }
    }

    record BundleRequest(
            @Nullable List<UUID> fileIds, @Nullable String reason) {
        String reasonOrEmpty() {
            return Objects.requireNonNullElse(reason, "");
        }
    }

    /**
     * Response helpers shared with the pages. Content is copied straight to the response in the
     * request thread: constant memory, and every check and custody entry happened before the first byte.
     */
    static final class Downloads {
        private Downloads() {}

        static void stream(Download download, HttpServletResponse response) throws IOException {
            String name = download.copy() == Download.Copy.SHARING
                    ? "shared-" + download.file().name()
                    : download.file().name();
            response.setContentType(MediaType.APPLICATION_OCTET_STREAM_VALUE);
            response.setContentLengthLong(download.size());
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(name, StandardCharsets.UTF_8)
                            .build()
                            .toString());
            response.setHeader("X-Content-SHA256", download.file().sha256());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            try (InputStream in = download.content()) {
                in.transferTo(response.getOutputStream());
            }
        }

        static void bundle(UUID caseId, Evidence.BundleExport export, HttpServletResponse response) throws IOException {
            response.setContentType("application/zip");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename("evidence-" + caseId + ".zip")
                            .build()
                            .toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            export.writeTo(response.getOutputStream());
        }
    }
}
