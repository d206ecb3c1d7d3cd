package org.tirek.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseType;
import org.tirek.identity.TirekUser;
import org.tirek.intake.internal.Conversion;
import org.tirek.intake.internal.InboxItem;
import org.tirek.intake.internal.Triage;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;

/**
 * The staff pages of intake: the inbox, a report, and the triage actions (coordinators, lawyers,
 * caseworkers). A refused action shows the report again with the reason beside the form, and what
 * was typed kept.
 */
@Controller
class TriagePages {

    static final String TRIAGERS = "hasAnyRole('COORDINATOR','LAWYER','CASEWORKER')";

    private final Triage triage;
    private final Conversion conversion;
    private final Clock clock;
    private final Duration within;

    TriagePages(
            Triage triage,
            Conversion conversion,
            Clock clock,
            @Value("${tirek.intake.triage-within:P3D}") Duration within) {
        this.triage = triage;
        this.conversion = conversion;
        this.clock = clock;
        this.within = within;
    }

    @GetMapping("/intake")
    @PreAuthorize(TRIAGERS)
    String inbox(@RequestParam(name = "spam", defaultValue = "false") boolean spam, Model model) {
        List<InboxItem> items = triage.inbox(spam);
        Map<UUID, Long> ages = new HashMap<>();
        items.forEach(i -> ages.put(
                i.id(), Duration.between(i.receivedAt(), clock.instant()).toDays()));
        Set<UUID> late = items.stream()
                .filter(i -> !spam && i.receivedAt().plus(within).isBefore(clock.instant()))
                .map(InboxItem::id)
                .collect(Collectors.toSet());
        model.addAttribute("items", items);
        model.addAttribute("ages", ages);
        model.addAttribute("late", late);
        model.addAttribute("spam", spam);
        model.addAttribute("withinDays", within.toDays());
        return "intake/inbox";
    }

    @GetMapping("/intake/reports/{id}")
    @PreAuthorize(TRIAGERS)
    @NeedsKeys
    String report(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("view", triage.read(user, id, locale));
        model.addAttribute("cases", conversion.casesOf(user));
        if (!model.containsAttribute("errors")) model.addAttribute("errors", Map.of());
        if (!model.containsAttribute("form")) model.addAttribute("form", Map.of());
        return "intake/report";
    }

    @GetMapping("/intake/reports/{id}/files/{fileId}")
    @PreAuthorize(TRIAGERS)
    @NeedsKeys
    void file(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @PathVariable UUID fileId,
            HttpServletResponse response)
            throws IOException {
        send(triage.download(user, id, fileId), response);
    }

    /** The file as an attachment, never shown inline: it is whatever a stranger sent. */
    static void send(Triage.Download download, HttpServletResponse response) throws IOException {
        response.setContentType("application/octet-stream");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(download.name(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = download.content();
                OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    @PostMapping("/intake/reports/{id}/reply")
    @PreAuthorize(TRIAGERS)
    @NeedsKeys
    String reply(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam(name = "text", defaultValue = "") String text,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            triage.reply(user, id, text);
            return "redirect:/intake/reports/" + id + "?replied";
        } catch (InvalidRequestException e) {
            return refused(user, id, locale, model, response, Map.of("reply", "intake.report.error.reply"), text);
        }
    }

    @PostMapping("/intake/reports/{id}/spam")
    @PreAuthorize(TRIAGERS)
    String spam(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam(name = "spam", defaultValue = "true") boolean spam) {
        triage.spam(user, id, spam);
        return "redirect:/intake" + (spam ? "?marked" : "?spam=true");
    }

    @PostMapping("/intake/reports/{id}/assign")
    @PreAuthorize(TRIAGERS)
    @NeedsKeys
    String assign(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam(name = "username", defaultValue = "") String username,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            triage.assign(user, id, username);
            return "redirect:/intake/reports/" + id + "?assigned";
        } catch (InvalidRequestException e) {
            return refused(
                    user, id, locale, model, response, Map.of("username", "intake.report.error.assignee"), username);
        }
    }

    @PostMapping("/intake/reports/{id}/convert")
    @PreAuthorize(TRIAGERS)
    @NeedsKeys
    String convert(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam(name = "type", defaultValue = "SURVIVOR_SUPPORT") String type,
            @RequestParam(name = "codename", defaultValue = "") String codename,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            CaseId caseId = conversion.convert(user, id, caseType(type), codename, locale);
            return "redirect:/cases/" + caseId.value() + "?fromReport";
        } catch (InvalidRequestException e) {
            return refused(
                    user, id, locale, model, response, Map.of("codename", "intake.report.error.codename"), codename);
        } catch (ConflictException e) {
            return refused(user, id, locale, model, response, Map.of("form", "intake.report.error.taken"), codename);
        }
    }

    @PostMapping("/intake/reports/{id}/attach")
    @PreAuthorize(TRIAGERS)
    @NeedsKeys
    String attach(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam(name = "caseId", defaultValue = "") String caseId,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        UUID target;
        try {
            target = UUID.fromString(caseId.strip());
        } catch (IllegalArgumentException e) {
            return refused(user, id, locale, model, response, Map.of("caseId", "intake.report.error.case"), caseId);
        }
        try {
            CaseId attached = conversion.attach(user, id, target, locale);
            return "redirect:/cases/" + attached.value() + "?fromReport";
        } catch (ConflictException e) {
            return refused(user, id, locale, model, response, Map.of("form", "intake.report.error.taken"), caseId);
        }
    }

    @PostMapping("/intake/reports/{id}/files/{fileId}/evidence")
    @PreAuthorize(TRIAGERS)
    @NeedsKeys
    String fileIntoCase(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @PathVariable UUID fileId,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            conversion.fileIntoCase(user, id, fileId);
            return "redirect:/intake/reports/" + id + "?filed";
        } catch (ConflictException e) {
            return refused(user, id, locale, model, response, Map.of("files", "intake.report.error.filed"), "");
        }
    }

    private String refused(
            TirekUser user,
            UUID id,
            Locale locale,
            Model model,
            HttpServletResponse response,
            Map<String, String> errors,
            String typed) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("errors", errors);
        model.addAttribute("form", Map.of(errors.keySet().iterator().next(), typed));
        return report(user, id, locale, model);
    }

    private static CaseType caseType(String type) {
        try {
            return CaseType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Unknown case type", Map.of("type", "unknown"));
        }
    }
}
