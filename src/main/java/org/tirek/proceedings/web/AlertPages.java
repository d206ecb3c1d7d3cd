package org.tirek.proceedings.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tirek.cases.CaseId;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.proceedings.alerts.AlertDigestRecipients;
import org.tirek.proceedings.alerts.AlertTexts;
import org.tirek.proceedings.alerts.SafeguardAlerts;
import org.tirek.proceedings.alerts.SafeguardFact;
import org.tirek.vault.NeedsKeys;

/**
 * The daily digest page ({@code /alerts}: the active alerts of the viewer's cases, new since
 * yesterday first), acknowledging an alert from a panel, and the safeguard facts form of a case.
 * Forms work without JavaScript.
 */
@Controller
class AlertPages {

    private final SafeguardAlerts alerts;
    private final AlertTexts texts;
    private final AlertDigestRecipients recipients;

    AlertPages(SafeguardAlerts alerts, AlertTexts texts, AlertDigestRecipients recipients) {
        this.alerts = alerts;
        this.texts = texts;
        this.recipients = recipients;
    }

    @GetMapping("/alerts")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String digest(@AuthenticationPrincipal TirekUser user, Locale locale, Model model) {
        List<Line> lines = alerts.digest(user).stream()
                .map(e -> new Line(
                        e,
                        texts.title(e.alert(), locale),
                        texts.explanation(e.alert(), locale),
                        texts.severity(e.alert().severity(), locale),
                        AlertPanels.badge(e.alert().severity())))
                .toList();
        model.addAttribute("lines", lines);
        model.addAttribute("mailAddress", recipients.addressOf(user).orElse(""));
        model.addAttribute("mailConfigured", recipients.mailConfigured());
        model.addAttribute("currentPath", "/alerts");
        return "proceedings/alerts";
    }

    @PostMapping("/alerts/{id}/acknowledge")
    @NeedsKeys
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String acknowledge(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "/alerts") String back) {
        String target = safe(back);
        try {
            alerts.acknowledge(user, id, note);
            return "redirect:" + target + "?acknowledged";
        } catch (ConflictException | InvalidRequestException e) {
            return "redirect:" + target + "?ackRefused";
        }
    }

    @PostMapping("/cases/{caseId}/safeguard-facts")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String facts(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam(defaultValue = "false") boolean hrdActivity,
            @RequestParam(defaultValue = "false") boolean travelPlanned) {
        CaseId id = CaseId.of(caseId);
        alerts.setFact(user, id, SafeguardFact.HRD_ACTIVITY, hrdActivity);
        alerts.setFact(user, id, SafeguardFact.TRAVEL_PLANNED, travelPlanned);
        return "redirect:/cases/" + id + "/proceedings?facts";
    }

    @PostMapping("/alerts/mail")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String mail(@AuthenticationPrincipal TirekUser user, @RequestParam(defaultValue = "") String address) {
        try {
            recipients.set(user, address);
            return "redirect:/alerts?mail";
        } catch (InvalidRequestException e) {
            return "redirect:/alerts?mailRefused";
        }
    }

    /** Only our own pages: a path, never another host. */
    private static String safe(String back) {
        boolean local = back.matches("/(alerts|cases/[0-9a-f-]{36}/proceedings|proceedings/[0-9a-f-]{36})");
        return local ? back : "/alerts";
    }

    /** One line of the digest page. */
    record Line(SafeguardAlerts.DigestEntry entry, String title, String explanation, String severity, String badge) {}
}
