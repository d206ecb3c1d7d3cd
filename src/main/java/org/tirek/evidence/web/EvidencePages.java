package org.tirek.evidence.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tirek.cases.CaseId;
import org.tirek.cases.Cases;
import org.tirek.cases.NoConsentException;
import org.tirek.evidence.Download;
import org.tirek.evidence.Evidence;
import org.tirek.identity.TirekUser;
import org.tirek.people.Organisations;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;
import org.tirek.vault.Signing;

/**
 * The evidence pages of a case: list, upload (script with progress), download, bundle, custody. A
 * refused request (no reason, no file chosen) comes back as the same page with a message next to the
 * field, keyed by the field's id; a download or bundle that is accepted streams the file instead.
 */
@Controller
class EvidencePages {

    private final Evidence evidence;
    private final Cases cases;
    private final Signing signing;
    private final Organisations organisations;

    EvidencePages(Evidence evidence, Cases cases, Signing signing, Organisations organisations) {
        this.evidence = evidence;
        this.cases = cases;
        this.signing = signing;
        this.organisations = organisations;
    }

    @GetMapping("/evidence")
    @PreAuthorize(EvidenceApi.CASE_ROLES)
    String index(@RequestParam(required = false) @Nullable String caseId, Model model) {
        if (caseId == null) return "evidence/index";
        try {
            return "redirect:/cases/" + UUID.fromString(caseId.strip()) + "/evidence";
        } catch (IllegalArgumentException e) {
            model.addAttribute("errors", Map.of("caseId", "evidence.error.caseId"));
            model.addAttribute("caseId", caseId);
            return "evidence/index";
        }
    }

    @GetMapping("/cases/{caseId}/evidence")
    @NeedsKeys
    @PreAuthorize(EvidenceApi.CASE_ROLES)
    String files(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, Model model) {
        return casePage(user, caseId, model);
    }

    @GetMapping("/evidence/{id}")
    @NeedsKeys
    @PreAuthorize(EvidenceApi.CASE_ROLES)
    String file(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, Model model) {
        return filePage(user, id, model);
    }

    @PostMapping("/cases/{caseId}/evidence/{id}/download")
    @NeedsKeys
    @PreAuthorize(EvidenceApi.CASE_ROLES)
    @Nullable String download(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "ORIGINAL") Download.Copy copy,
            HttpServletResponse response,
            Model model)
            throws IOException {
        Download download;
        try {
            download = evidence.download(user, caseId, id, copy, reason);
        } catch (InvalidRequestException e) {
            if (e.fieldErrors().containsKey("copy")) refuse(model, "download-copy", "evidence.error.download-copy");
            else refuse(model, "download-reason", "evidence.error.download-reason");
            keep(model, "download-reason", reason);
            return filePage(user, id, model);
        }
        EvidenceApi.Downloads.stream(download, response);
        return null;
    }

    @PostMapping("/evidence/{id}/transfer")
    @NeedsKeys
    @PreAuthorize(EvidenceApi.CASE_ROLES)
    String transfer(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String recipientId,
            Model model) {
        try {
            evidence.recordTransfer(user, id, EvidenceApi.recipientOf(recipientId), reason);
        } catch (NoConsentException e) {
            refuse(model, "transfer-recipient", "evidence.error.transfer-consent");
            model.addAttribute("form", Map.of("transfer-reason", reason, "transfer-recipient", recipientId));
            return filePage(user, id, model);
        } catch (InvalidRequestException e) {
            if (e.fieldErrors().containsKey("reason"))
                refuse(model, "transfer-reason", "evidence.error.transfer-reason");
            else refuse(model, "transfer-recipient", "evidence.error.transfer-recipient");
            model.addAttribute("form", Map.of("transfer-reason", reason, "transfer-recipient", recipientId));
            return filePage(user, id, model);
        }
        return "redirect:/evidence/" + id + "?recorded";
    }

    @PostMapping("/cases/{caseId}/evidence/{id}/delete")
    @NeedsKeys
    @PreAuthorize(EvidenceApi.CASE_ROLES)
    String delete(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            Model model) {
        try {
            evidence.delete(user, caseId, id, reason);
        } catch (InvalidRequestException e) {
            refuse(model, "delete-reason", "evidence.error.delete-reason");
            keep(model, "delete-reason", reason);
            return filePage(user, id, model);
        }
        return "redirect:/cases/" + caseId + "/evidence?deleted";
    }

    @PostMapping("/cases/{caseId}/evidence/bundle")
    @NeedsKeys
    @PreAuthorize(EvidenceApi.CASE_ROLES)
    @Nullable String bundle(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam(name = "fileId", required = false) List<UUID> fileIds,
            @RequestParam(defaultValue = "") String reason,
            HttpServletResponse response,
            Model model)
            throws IOException {
        List<UUID> ids = fileIds == null ? List.of() : fileIds;
        Evidence.BundleExport export;
        try {
            export = evidence.exportBundle(user, caseId, ids, reason);
        } catch (InvalidRequestException e) {
            if (e.fieldErrors().containsKey("reason")) refuse(model, "bundle-reason", "evidence.error.bundle-reason");
            else refuse(model, "bundle-files", "evidence.error.bundle-files");
            keep(model, "bundle-reason", reason);
            model.addAttribute("selected", ids);
            return casePage(user, caseId, model);
        }
        EvidenceApi.Downloads.bundle(caseId, export, response);
        return null;
    }

    @GetMapping("/evidence/public-key.pem")
    @PreAuthorize("permitAll()")
    void publicKey(HttpServletResponse response) throws IOException {
        response.setContentType("application/x-pem-file");
        response.setHeader("Content-Disposition", "attachment; filename=\"tirek-public-key.pem\"");
        response.getWriter().write(signing.publicKeyPem());
    }

    private String casePage(TirekUser user, UUID caseId, Model model) {
        model.addAttribute("caseHeader", cases.header(user, CaseId.of(caseId)));
        model.addAttribute("tab", "evidence");
        model.addAttribute("caseId", caseId);
        model.addAttribute("files", evidence.list(user, caseId));
        if (!model.containsAttribute("selected")) model.addAttribute("selected", List.of());
        model.addAttribute("currentPath", "/cases/" + caseId + "/evidence"); // the language links GET this
        return "evidence/case";
    }

    private String filePage(TirekUser user, UUID id, Model model) {
        Evidence.FileDetails details = evidence.details(user, id);
        model.addAttribute("tab", "evidence");
        model.addAttribute("custody", details.custody());
        model.addAttribute("currentPath", "/evidence/" + id); // also after a refused POST: the language links GET this
        return switch (details) {
            case Evidence.LiveFile live -> {
                model.addAttribute(
                        "caseHeader", cases.header(user, CaseId.of(live.file().caseId())));
                model.addAttribute("file", live.file());
                model.addAttribute("organisations", organisations.list(null));
                yield "evidence/file";
            }
            case Evidence.ErasedFile erased -> {
                model.addAttribute("caseHeader", cases.header(user, CaseId.of(erased.caseId())));
                model.addAttribute("erased", erased);
                yield "evidence/erased";
            }
        };
    }

    /** The message (a bundle key) to show next to the element {@code field} of the page shown again. */
    private static void refuse(Model model, String field, String messageKey) {
        model.addAttribute("errors", Map.of(field, messageKey));
    }

    /** What was typed into {@code field}, to be shown again. */
    private static void keep(Model model, String field, String value) {
        model.addAttribute("form", Map.of(field, value));
    }
}
