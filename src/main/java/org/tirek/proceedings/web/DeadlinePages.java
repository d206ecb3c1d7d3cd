package org.tirek.proceedings.web;

import java.util.LinkedHashMap;
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
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;
import org.tirek.proceedings.Confidence;
import org.tirek.proceedings.Deadline;
import org.tirek.proceedings.DeadlineStatus;
import org.tirek.proceedings.Deadlines;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.deadlines.ProceedingDeadlines;
import org.tirek.vault.NeedsKeys;

/**
 * The deadlines board across cases, and the forms on a proceeding's page that override, acknowledge
 * and waive a deadline. A refused form comes back on the proceeding's page with what was typed and
 * the reason beside the deadline; nothing is changed.
 */
@Controller
class DeadlinePages {

    private final Deadlines deadlines;
    private final ProceedingDeadlines routes;
    private final ProceedingPageModel page;

    DeadlinePages(Deadlines deadlines, ProceedingDeadlines routes, ProceedingPageModel page) {
        this.deadlines = deadlines;
        this.routes = routes;
        this.page = page;
    }

    @GetMapping("/deadlines")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String board(
            @AuthenticationPrincipal TirekUser user,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String lawyer,
            @RequestParam(required = false) @Nullable String withinDays,
            @RequestParam(required = false) @Nullable String confidence,
            Model model) {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("status", status == null ? "OPEN" : status.strip());
        filter.put("lawyer", lawyer == null ? "" : lawyer.strip());
        filter.put("withinDays", withinDays == null ? "" : withinDays.strip());
        filter.put("confidence", confidence == null ? "" : confidence.strip());
        List<Deadline> list;
        try {
            list = deadlines.board(
                    user,
                    new DeadlineFilter(
                                    status == null ? null : List.of(status), lawyer, withinDays, null, null, confidence)
                            .query());
        } catch (InvalidRequestException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().keySet().forEach(f -> errors.put(f, "deadlines.error." + f));
            model.addAttribute("errors", errors);
            list = List.of();
        }
        model.addAttribute("deadlines", list);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", DeadlineStatus.values());
        model.addAttribute("confidences", Confidence.values());
        model.addAttribute("overseer", user.role() == Role.COORDINATOR || user.role() == Role.ADMIN);
        model.addAttribute("currentPath", "/deadlines");
        return "proceedings/deadlines";
    }

    @PostMapping("/deadlines/{id}/override")
    @NeedsKeys
    @PreAuthorize(DeadlinesApi.DECIDERS)
    String override(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            Model model) {
        ProceedingId proceeding = proceedingOf(id);
        try {
            String date = params.getOrDefault("dueDate", "").strip();
            String time = params.getOrDefault("dueTime", "").strip();
            if (date.isEmpty()) throw new InvalidRequestException("Give the new date", Map.of("due", "required"));
            deadlines.override(user, id, time.isEmpty() ? date : date + "T" + time, params.getOrDefault("reason", ""));
            return "redirect:/proceedings/" + proceeding + "?deadline=override#deadline-" + id;
        } catch (InvalidRequestException | ConflictException e) {
            return refused(user, proceeding, id, "override", params, e, model);
        }
    }

    @PostMapping("/deadlines/{id}/acknowledge")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String acknowledge(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, Model model) {
        ProceedingId proceeding = proceedingOf(id);
        try {
            deadlines.acknowledge(user, id);
            return "redirect:/proceedings/" + proceeding + "?deadline=acknowledge#deadline-" + id;
        } catch (ConflictException e) {
            return refused(user, proceeding, id, "acknowledge", Map.of(), e, model);
        }
    }

    @PostMapping("/deadlines/{id}/waive")
    @NeedsKeys
    @PreAuthorize(DeadlinesApi.DECIDERS)
    String waive(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            Model model) {
        ProceedingId proceeding = proceedingOf(id);
        try {
            deadlines.waive(user, id, params.getOrDefault("reason", ""));
            return "redirect:/proceedings/" + proceeding + "?deadline=waive#deadline-" + id;
        } catch (InvalidRequestException | ConflictException e) {
            return refused(user, proceeding, id, "waive", params, e, model);
        }
    }

    private ProceedingId proceedingOf(UUID deadline) {
        return routes.proceedingOf(deadline).orElseThrow(() -> new NotFoundException("No such deadline"));
    }

    /** The proceeding's page again, with the form as typed and why it was refused. */
    private String refused(
            TirekUser user,
            ProceedingId proceeding,
            UUID deadline,
            String action,
            Map<String, String> params,
            RuntimeException e,
            Model model) {
        Map<String, String> form = new LinkedHashMap<>(params);
        form.put("id", deadline.toString());
        form.put("action", action);
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof InvalidRequestException invalid) {
            invalid.fieldErrors().keySet().forEach(f -> errors.put(f, "deadlines.error." + f));
        }
        if (errors.isEmpty()) errors.put("form", "deadlines.error.closed");
        model.addAttribute("deadlineForm", form);
        model.addAttribute("deadlineErrors", errors);
        return page.fill(user, proceeding, model);
    }
}
