package org.tirek.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
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
import org.tirek.cases.ConsentId;
import org.tirek.cases.ConsentMethod;
import org.tirek.cases.ConsentPurpose;
import org.tirek.cases.Consents;
import org.tirek.identity.TirekUser;
import org.tirek.people.Organisations;
import org.tirek.people.Parties;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;

/**
 * A case's consent tab: the consents, those in force first, each with what was shared under it and
 * a revoke form; and the form that records a consent. Works without JavaScript. A refused form comes
 * back with what was typed and a message next to each field (keys {@code consent.error.<field>}), the
 * first of them focused; nothing is saved then.
 */
@Controller
class ConsentPages {

    static final List<String> FORM_FIELDS = List.of(
            "purpose",
            "recipientId",
            "givenBy",
            "method",
            "givenOn",
            "expiresOn",
            "language",
            "explainedBy",
            "conditions");

    private final Cases cases;
    private final Consents consents;
    private final Organisations organisations;
    private final Parties parties;
    private final Clock clock;
    private final ZoneId zone;

    ConsentPages(
            Cases cases,
            Consents consents,
            Organisations organisations,
            Parties parties,
            Clock clock,
            @Value("${tirek.time-zone:UTC}") ZoneId zone) {
        this.cases = cases;
        this.consents = consents;
        this.organisations = organisations;
        this.parties = parties;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/cases/{caseId}/consent")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String list(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("givenOn", today().toString());
        form.put("explainedBy", user.getUsername());
        return page(user, CaseId.of(caseId), form, Refusal.NONE, model);
    }

    @PostMapping("/cases/{caseId}/consent")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String record(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam Map<String, String> params,
            Model model) {
        CaseId id = CaseId.of(caseId);
        try {
            var consent = consents.record(user, id, ConsentRequests.newConsent(params));
            return "redirect:/cases/" + caseId + "/consent?recorded=" + consent.id() + "#consent-" + consent.id();
        } catch (InvalidRequestException e) {
            return page(user, id, params, Refusal.of(e, "consent.error.", FORM_FIELDS), model);
        }
    }

    @PostMapping("/cases/{caseId}/consent/{consentId}/revoke")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String revoke(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @PathVariable UUID consentId,
            @RequestParam(defaultValue = "") String reason,
            Model model) {
        CaseId id = CaseId.of(caseId);
        try {
            var revocation = consents.revoke(user, ConsentId.of(consentId), reason);
            return "redirect:/cases/" + revocation.consent().caseId() + "/consent?revoked=" + consentId + "#consent-"
                    + consentId;
        } catch (InvalidRequestException e) {
            model.addAttribute("revokeFor", consentId.toString());
            model.addAttribute("revokeReason", reason);
            model.addAttribute(
                    "revokeError",
                    e.fieldErrors().containsKey("reason") ? "consent.error.reason" : "consent.error.revoked");
            Map<String, String> form = new HashMap<>();
            form.put("givenOn", today().toString());
            form.put("explainedBy", user.getUsername());
            return page(user, id, form, Refusal.NONE, model);
        }
    }

    private String page(TirekUser user, CaseId id, Map<String, String> form, Refusal refusal, Model model) {
        model.addAttribute("caseHeader", cases.header(user, id));
        model.addAttribute("tab", "consent");
        model.addAttribute("consents", consents.ofCase(user, id));
        model.addAttribute("organisations", organisations.list(null));
        model.addAttribute("parties", parties.codes(user, id.value()));
        model.addAttribute("team", cases.team(user, id));
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("methods", ConsentMethod.recordedByHand());
        model.addAttribute("form", form);
        model.addAttribute("errors", refusal.errors());
        model.addAttribute("autofocus", refusal.autofocus());
        model.addAttribute("currentPath", "/cases/" + id + "/consent"); // the language links GET this
        return "cases/consent";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
