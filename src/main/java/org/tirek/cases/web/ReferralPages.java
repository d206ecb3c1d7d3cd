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
import org.tirek.cases.ConsentPurpose;
import org.tirek.cases.Consents;
import org.tirek.cases.NoConsentException;
import org.tirek.cases.ReferralId;
import org.tirek.cases.ReferralStatus;
import org.tirek.cases.Referrals;
import org.tirek.cases.ServiceType;
import org.tirek.identity.TirekUser;
import org.tirek.people.Organisations;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;

/**
 * A case's referrals tab: the referrals, open ones first, each with its history, outcome and a form
 * to move it on; and the form that records a referral under a consent in force. Works without
 * JavaScript; a refused form comes back with what was typed and messages next to the fields (keys
 * {@code referrals.error.<field>}); nothing is saved then.
 */
@Controller
class ReferralPages {

    static final List<String> FORM_FIELDS =
            List.of("serviceType", "providerId", "consentId", "status", "on", "followUpOn");
    static final List<String> CHANGE_FIELDS = List.of("status", "on", "outcome", "followUpOn");

    private final Cases cases;
    private final Referrals referrals;
    private final Consents consents;
    private final Organisations organisations;
    private final Clock clock;
    private final ZoneId zone;

    ReferralPages(
            Cases cases,
            Referrals referrals,
            Consents consents,
            Organisations organisations,
            Clock clock,
            @Value("${tirek.time-zone:UTC}") ZoneId zone) {
        this.cases = cases;
        this.referrals = referrals;
        this.consents = consents;
        this.organisations = organisations;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/cases/{caseId}/referrals")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String list(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, Model model) {
        return page(user, CaseId.of(caseId), blank(), Refusal.NONE, model);
    }

    @PostMapping("/cases/{caseId}/referrals")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String make(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam Map<String, String> params,
            Model model) {
        CaseId id = CaseId.of(caseId);
        try {
            var referral = referrals.make(user, id, ConsentRequests.newReferral(params));
            return "redirect:/cases/" + caseId + "/referrals?made=" + referral.id() + "#referral-" + referral.id();
        } catch (InvalidRequestException e) {
            return page(user, id, params, Refusal.of(e, "referrals.error.", FORM_FIELDS), model);
        }
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String change(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @PathVariable UUID referralId,
            @RequestParam Map<String, String> params,
            Model model) {
        CaseId id = CaseId.of(caseId);
        try {
            var referral = referrals.change(user, ReferralId.of(referralId), ConsentRequests.referralChange(params));
            return "redirect:/cases/" + referral.caseId() + "/referrals?changed=" + referralId + "#referral-"
                    + referralId;
        } catch (NoConsentException e) {
            changeRefused(model, referralId, params, new Refusal(Map.of("form", "referrals.error.consentLapsed"), ""));
        } catch (InvalidRequestException e) {
            changeRefused(model, referralId, params, Refusal.of(e, "referrals.error.", CHANGE_FIELDS));
        } catch (ConflictException e) {
            changeRefused(model, referralId, params, new Refusal(Map.of("form", "referrals.error.conflict"), ""));
        }
        return page(user, id, blank(), Refusal.NONE, model);
    }

    private static void changeRefused(Model model, UUID referralId, Map<String, String> params, Refusal refusal) {
        model.addAttribute("changeFor", referralId.toString());
        model.addAttribute("changeForm", params);
        model.addAttribute("changeErrors", refusal.errors());
    }

    private String page(TirekUser user, CaseId id, Map<String, String> form, Refusal refusal, Model model) {
        model.addAttribute("caseHeader", cases.header(user, id));
        model.addAttribute("tab", "referrals");
        model.addAttribute("referrals", referrals.ofCase(user, id));
        model.addAttribute("organisations", organisations.list(null));
        model.addAttribute("referralConsents", consents.inForce(user, id, ConsentPurpose.REFERRAL));
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("initialStatuses", List.of(ReferralStatus.PLANNED, ReferralStatus.MADE));
        model.addAttribute("today", today().toString());
        model.addAttribute("form", form);
        model.addAttribute("errors", refusal.errors());
        model.addAttribute("autofocus", refusal.autofocus());
        if (!model.containsAttribute("changeErrors")) model.addAttribute("changeErrors", Map.of());
        model.addAttribute("currentPath", "/cases/" + id + "/referrals"); // the language links GET this
        return "cases/referrals";
    }

    private Map<String, String> blank() {
        Map<String, String> form = new HashMap<>();
        form.put("on", today().toString());
        form.put("status", ReferralStatus.MADE.name());
        return form;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
