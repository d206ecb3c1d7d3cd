package org.tirek.proceedings.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.tirek.cases.CaseId;
import org.tirek.identity.TirekUser;
import org.tirek.platform.NotFoundException;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.alerts.Alert;
import org.tirek.proceedings.alerts.AlertTexts;
import org.tirek.proceedings.alerts.SafeguardAlerts;
import org.tirek.proceedings.alerts.SafeguardFact;
import org.tirek.proceedings.alerts.Severity;

/**
 * Puts the alerts panel on the proceedings tab of a case and on each proceeding's page, without the
 * pages' controller knowing of alerts. Structural data only (no acknowledgement notes), so the pages'
 * audited reads stay as they were. When the viewer may not see the case, or it does not exist, no
 * panel is added and the page's own handler answers as it always does (403, 404, 503).
 */
@ControllerAdvice(assignableTypes = ProceedingPages.class)
class AlertPanels {

    private final SafeguardAlerts alerts;
    private final AlertTexts texts;

    AlertPanels(SafeguardAlerts alerts, AlertTexts texts) {
        this.alerts = alerts;
        this.texts = texts;
    }

    @ModelAttribute
    void panel(
            @AuthenticationPrincipal @Nullable TirekUser user,
            @PathVariable Map<String, String> path,
            Locale locale,
            Model model) {
        if (user == null) return;
        try {
            String caseId = path.get("caseId");
            String id = path.get("id");
            if (caseId != null) {
                CaseId c = CaseId.of(UUID.fromString(caseId));
                model.addAttribute(
                        "alertPanel",
                        new Panel(
                                views(alerts.activeOfCase(user, c), locale),
                                alerts.facts(user, c),
                                true,
                                "/cases/" + c + "/proceedings"));
            } else if (id != null) {
                ProceedingId p = ProceedingId.of(UUID.fromString(id));
                model.addAttribute(
                        "alertPanel",
                        new Panel(
                                views(alerts.activeOfProceeding(user, p), locale),
                                Set.of(),
                                false,
                                "/proceedings/" + p));
            }
        } catch (NotFoundException | AccessDeniedException | IllegalArgumentException e) {
            // the handler refuses the request by itself
        }
    }

    private List<View> views(List<Alert> list, Locale locale) {
        return list.stream()
                .map(a -> new View(
                        a,
                        texts.title(a, locale),
                        texts.explanation(a, locale),
                        texts.severity(a.severity(), locale),
                        badge(a.severity())))
                .toList();
    }

    static String badge(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "text-bg-danger";
            case HIGH -> "text-bg-warning";
            case MEDIUM -> "text-bg-info";
            case LOW -> "text-bg-secondary";
            case INFO -> "text-bg-light border";
        };
    }

    /** The panel: the active alerts, and on the case's tab the safeguard facts with their form. */
    record Panel(List<View> alerts, Set<SafeguardFact> facts, boolean caseLevel, String back) {

        public boolean hrdActivity() {
            return facts.contains(SafeguardFact.HRD_ACTIVITY);
        }

        public boolean travelPlanned() {
            return facts.contains(SafeguardFact.TRAVEL_PLANNED);
        }
    }

    /** One alert as the panel shows it. */
    record View(Alert alert, String title, String explanation, String severity, String badge) {}
}
