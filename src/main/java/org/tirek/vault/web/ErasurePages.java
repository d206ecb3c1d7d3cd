package org.tirek.vault.web;

import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.CaseErasures;
import org.tirek.vault.NeedsKeys;

/**
 * Erasure requests: asking (case staff) and deciding (coordinators, administrators). A refused
 * request or decision comes back as this page with the reason in the user's language.
 */
@Controller
@NeedsKeys
class ErasurePages {

    private final CaseErasures erasures;

    ErasurePages(CaseErasures erasures) {
        this.erasures = erasures;
    }

    @GetMapping("/erasures")
    @PreAuthorize("hasAnyRole('COORDINATOR','LAWYER','CASEWORKER','ADMIN')")
    String list(@AuthenticationPrincipal TirekUser user, Model model) {
        return page(user, model);
    }

    @PostMapping("/erasures")
    @PreAuthorize(ErasureApi.CASE_ROLES)
    String request(
            @AuthenticationPrincipal TirekUser user,
            @RequestParam(defaultValue = "") String caseId,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean keepStructural,
            Model model) {
        // parsed here, after the role check, so that a caller without the role gets 403 rather than 400
        UUID id;
        try {
            id = UUID.fromString(caseId.strip());
        } catch (IllegalArgumentException e) {
            return refused(user, model, Map.of("caseId", "erasure.error.caseId"), caseId, reason, keepStructural);
        }
        try {
            erasures.request(user, id, reason, keepStructural);
        } catch (InvalidRequestException e) {
            return refused(user, model, requestErrors(e), caseId, reason, keepStructural);
        }
        return "redirect:/erasures?requested";
    }

    @PostMapping("/erasures/{id}/approve")
    @PreAuthorize(ErasureApi.APPROVERS)
    String approve(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, Model model) {
        try {
            erasures.approve(user, id);
        } catch (InvalidRequestException e) {
            model.addAttribute("decisionError", decisionError(e));
            return page(user, model);
        }
        return "redirect:/erasures?approved";
    }

    @PostMapping("/erasures/{id}/reject")
    @PreAuthorize(ErasureApi.APPROVERS)
    String reject(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, Model model) {
        try {
            erasures.reject(user, id);
        } catch (InvalidRequestException e) {
            model.addAttribute("decisionError", decisionError(e));
            return page(user, model);
        }
        return "redirect:/erasures?rejected";
    }

    private String page(TirekUser user, Model model) {
        boolean approver = user.role() == Role.COORDINATOR || user.role() == Role.ADMIN;
        model.addAttribute("approver", approver);
        model.addAttribute("mayRequest", user.role() != Role.ADMIN);
        CaseErasures.Overview overview = erasures.overview(user);
        model.addAttribute("pending", overview.pending());
        model.addAttribute("decided", overview.recentDecisions());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("caseId", "", "reason", "", "keepStructural", false));
        }
        model.addAttribute("currentPath", "/erasures"); // also after a refused POST, for the menu and language links
        return "vault/erasures";
    }

    private String refused(
            TirekUser user,
            Model model,
            Map<String, String> errors,
            String caseId,
            String reason,
            boolean keepStructural) {
        model.addAttribute("errors", errors);
        model.addAttribute("form", Map.of("caseId", caseId, "reason", reason, "keepStructural", keepStructural));
        return page(user, model);
    }

    private static Map<String, String> requestErrors(InvalidRequestException e) {
        String caseProblem = e.fieldErrors().get("caseId");
        if (CaseErasures.ALREADY_ERASED.equals(caseProblem)) return Map.of("caseId", "erasure.error.erased");
        if (CaseErasures.ALREADY_PENDING.equals(caseProblem)) return Map.of("caseId", "erasure.error.pending");
        return Map.of("reason", "erasure.error.reason");
    }

    private static String decisionError(InvalidRequestException e) {
        return CaseErasures.SAME_PERSON.equals(e.fieldErrors().get("decidedBy"))
                ? "erasure.error.samePerson"
                : "erasure.error.decided";
    }
}
