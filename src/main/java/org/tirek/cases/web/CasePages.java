package org.tirek.cases.web;

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
import org.springframework.web.util.UriComponentsBuilder;
import org.tirek.cases.CaseChanges;
import org.tirek.cases.CaseDetails;
import org.tirek.cases.CaseId;
import org.tirek.cases.CasePage;
import org.tirek.cases.CaseQuery;
import org.tirek.cases.CaseStatus;
import org.tirek.cases.CaseSummary;
import org.tirek.cases.CaseType;
import org.tirek.cases.Cases;
import org.tirek.cases.NewCase;
import org.tirek.cases.Note;
import org.tirek.cases.NoteRevision;
import org.tirek.cases.Priority;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.Region;
import org.tirek.vault.NeedsKeys;

/**
 * The case pages. A refused form comes back as the same page with what was typed and a message next
 * to the field (message keys {@code cases.error.<field>}); nothing is saved then.
 */
@Controller
class CasePages {

    private final Cases cases;

    CasePages(Cases cases) {
        this.cases = cases;
    }

    @GetMapping("/cases")
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String list(@AuthenticationPrincipal TirekUser user, @RequestParam Map<String, String> params, Model model) {
        ListForm form = ListForm.of(params);
        model.addAttribute("form", form);
        model.addAttribute("overseer", user.role() == Role.COORDINATOR || user.role() == Role.ADMIN);
        model.addAttribute("mayOpen", user.role() != Role.ADMIN);
        if (form.errors().isEmpty()) {
            CasePage page = cases.list(user, form.query());
            model.addAttribute("page", page);
            if (page.page() > 0) model.addAttribute("previousUrl", form.url(page.page() - 1));
            if (page.page() + 1 < page.pages()) model.addAttribute("nextUrl", form.url(page.page() + 1));
        }
        addChoices(model);
        return "cases/list";
    }

    @GetMapping("/cases/new")
    @PreAuthorize(CasesApi.CASE_STAFF)
    String newCase(Model model) {
        model.addAttribute("form", Map.of("type", "SURVIVOR_SUPPORT", "priority", "NORMAL"));
        addChoices(model);
        return "cases/new";
    }

    @PostMapping("/cases")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_STAFF)
    String open(@AuthenticationPrincipal TirekUser user, @RequestParam Map<String, String> params, Model model) {
        try {
            CaseSummary created = cases.open(
                    user,
                    new NewCase(
                            Inputs.required(CaseType.class, params.get("type"), "type"),
                            Inputs.text(params.get("codename")),
                            params.get("summary"),
                            Inputs.optional(Priority.class, params.get("priority"), "priority"),
                            Inputs.region(params.get("region"), "region")));
            return "redirect:/cases/" + created.id() + "?opened";
        } catch (InvalidRequestException e) {
            model.addAttribute("form", params);
            model.addAttribute("errors", errors(e));
            addChoices(model);
            return "cases/new";
        }
    }

    @GetMapping("/cases/{caseId}")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String overview(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, Model model) {
        return overviewPage(user, CaseId.of(caseId), model);
    }

    @PostMapping("/cases/{caseId}/edit")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String edit(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam Map<String, String> params,
            Model model) {
        CaseId id = CaseId.of(caseId);
        try {
            int version = Integer.parseInt(params.getOrDefault("version", "-1"));
            String region = params.getOrDefault("region", "");
            cases.change(
                    user,
                    id,
                    new CaseChanges(
                            version,
                            params.get("codename"),
                            params.getOrDefault("summary", ""),
                            Inputs.optional(Priority.class, params.get("priority"), "priority"),
                            Inputs.region(region, "region"),
                            region.isBlank()));
            return "redirect:/cases/" + caseId + "?saved";
        } catch (InvalidRequestException | NumberFormatException e) {
            model.addAttribute("editForm", params);
            model.addAttribute("errors", e instanceof InvalidRequestException i ? errors(i) : Map.of());
            model.addAttribute("editOpen", true);
            return overviewPage(user, id, model);
        } catch (ConflictException e) {
            model.addAttribute("editForm", params);
            model.addAttribute("conflict", true);
            model.addAttribute("editOpen", true);
            return overviewPage(user, id, model);
        }
    }

    @PostMapping("/cases/{caseId}/status")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String status(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String reason,
            Model model) {
        CaseId id = CaseId.of(caseId);
        try {
            cases.moveTo(user, id, Inputs.required(CaseStatus.class, status, "status"), reason);
            return "redirect:/cases/" + caseId + "?moved";
        } catch (InvalidRequestException e) {
            model.addAttribute("statusForm", Map.of("status", status, "reason", reason));
            model.addAttribute("errors", errors(e));
            return overviewPage(user, id, model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", true);
            return overviewPage(user, id, model);
        }
    }

    @PostMapping("/cases/{caseId}/team")
    @NeedsKeys
    @PreAuthorize(CasesApi.OVERSEERS)
    String addMember(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam(defaultValue = "") String username,
            Model model) {
        CaseId id = CaseId.of(caseId);
        try {
            cases.addMember(user, id, username);
            return "redirect:/cases/" + caseId + "?teamChanged";
        } catch (InvalidRequestException e) {
            model.addAttribute("teamForm", Map.of("username", username));
            model.addAttribute("errors", errors(e));
            return overviewPage(user, id, model);
        }
    }

    @PostMapping("/cases/{caseId}/team/{userId}/remove")
    @NeedsKeys
    @PreAuthorize(CasesApi.OVERSEERS)
    String removeMember(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @PathVariable UUID userId,
            Model model) {
        CaseId id = CaseId.of(caseId);
        try {
            cases.removeMember(user, id, userId);
            return "redirect:/cases/" + caseId + "?teamChanged";
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", errors(e));
            return overviewPage(user, id, model);
        }
    }

    @PostMapping("/cases/{caseId}/join")
    @NeedsKeys
    @PreAuthorize(CasesApi.OVERSEERS)
    String join(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId) {
        CaseId id = CaseId.of(caseId);
        if (!cases.header(user, id).member()) cases.join(user, id);
        return "redirect:/cases/" + caseId + "?joined";
    }

    @PostMapping("/cases/{caseId}/notes")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String addNote(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam(defaultValue = "") String text,
            Model model) {
        CaseId id = CaseId.of(caseId);
        try {
            Note note = cases.addNote(user, id, text);
            return "redirect:/cases/" + caseId + "?noted#note-" + note.id();
        } catch (InvalidRequestException e) {
            model.addAttribute("noteForm", Map.of("text", text));
            model.addAttribute("errors", Map.of("note-text", "cases.error.note"));
            return overviewPage(user, id, model);
        }
    }

    @GetMapping("/cases/{caseId}/notes/{noteId}")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String note(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @PathVariable UUID noteId,
            Model model) {
        return notePage(user, CaseId.of(caseId), noteId, model);
    }

    @PostMapping("/cases/{caseId}/notes/{noteId}")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String editNote(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @PathVariable UUID noteId,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "-1") int version,
            Model model) {
        CaseId id = CaseId.of(caseId);
        try {
            cases.editNote(user, id, noteId, text, version);
            return "redirect:/cases/" + caseId + "/notes/" + noteId + "?saved";
        } catch (InvalidRequestException e) {
            model.addAttribute("noteForm", Map.of("text", text));
            model.addAttribute("errors", Map.of("note-text", "cases.error.note"));
            return notePage(user, id, noteId, model);
        } catch (ConflictException e) {
            model.addAttribute("noteForm", Map.of("text", text));
            model.addAttribute("conflict", true);
            return notePage(user, id, noteId, model);
        }
    }

    @GetMapping("/cases/{caseId}/timeline")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String timeline(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, Model model) {
        CaseId id = CaseId.of(caseId);
        model.addAttribute("caseHeader", cases.header(user, id));
        model.addAttribute("tab", "timeline");
        model.addAttribute("entries", cases.timeline(user, id));
        return "cases/timeline";
    }

    private String overviewPage(TirekUser user, CaseId id, Model model) {
        CaseDetails details = cases.details(user, id);
        model.addAttribute("caseHeader", cases.header(user, id));
        model.addAttribute("tab", "overview");
        model.addAttribute("details", details);
        model.addAttribute("overseer", user.role() == Role.COORDINATOR || user.role() == Role.ADMIN);
        model.addAttribute("nextStatuses", details.summary().status().next());
        model.addAttribute("currentPath", "/cases/" + id); // the language links GET this, also after a refused POST
        if (!model.containsAttribute("editForm")) {
            CaseSummary s = details.summary();
            Map<String, String> edit = new LinkedHashMap<>();
            edit.put("codename", s.codename());
            edit.put("summary", details.summaryText() == null ? "" : details.summaryText());
            edit.put("priority", s.priority().name());
            edit.put("region", s.region() == null ? "" : s.region().code());
            edit.put("version", Integer.toString(s.version()));
            model.addAttribute("editForm", edit);
        }
        addChoices(model);
        return "cases/case";
    }

    private String notePage(TirekUser user, CaseId id, UUID noteId, Model model) {
        List<NoteRevision> history = cases.noteHistory(user, id, noteId);
        model.addAttribute("caseHeader", cases.header(user, id));
        model.addAttribute("tab", "overview");
        model.addAttribute("history", history);
        model.addAttribute("current", history.getLast());
        model.addAttribute("noteId", noteId);
        model.addAttribute("currentPath", "/cases/" + id + "/notes/" + noteId);
        if (!model.containsAttribute("noteForm"))
            model.addAttribute("noteForm", Map.of("text", history.getLast().text()));
        return "cases/note";
    }

    private static void addChoices(Model model) {
        model.addAttribute("types", CaseType.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("regions", Region.KNOWN);
        model.addAttribute("sorts", CaseQuery.Sort.values());
    }

    /** Field errors of a refusal as message keys by field. */
    private static Map<String, String> errors(InvalidRequestException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.fieldErrors().keySet().forEach(field -> errors.put(field, "cases.error." + field));
        if (e instanceof CaseStatus.IllegalTransitionException) errors.put("status", "cases.error.transition");
        if (errors.isEmpty()) errors.put("form", "cases.error.form");
        return errors;
    }

    /** The list's filter form as typed, its errors, and the query it means. */
    record ListForm(Map<String, String> values, Map<String, String> errors) {

        static final String[] FIELDS = {
            "codename", "type", "status", "region", "priority", "mine", "synthetic", "sort", "page"
        };

        static ListForm of(Map<String, String> params) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String field : FIELDS)
                values.put(field, params.getOrDefault(field, "").strip());
            Map<String, String> errors = new LinkedHashMap<>();
            for (var check : Map.<String, Runnable>of(
                            "type", () -> Inputs.optional(CaseType.class, values.get("type"), "type"),
                            "status", () -> Inputs.optional(CaseStatus.class, values.get("status"), "status"),
                            "region", () -> Inputs.region(values.get("region"), "region"),
                            "priority", () -> Inputs.optional(Priority.class, values.get("priority"), "priority"),
                            "sort", () -> Inputs.optional(CaseQuery.Sort.class, values.get("sort"), "sort"))
                    .entrySet()) {
                try {
                    check.getValue().run();
                } catch (InvalidRequestException e) {
                    errors.put(check.getKey(), "cases.error." + check.getKey());
                }
            }
            String page = values.getOrDefault("page", "");
            if (!page.isEmpty() && !page.matches("\\d{1,6}")) errors.put("page", "cases.error.page");
            return new ListForm(values, errors);
        }

        CaseQuery query() {
            CaseQuery.Sort sort = Inputs.optional(CaseQuery.Sort.class, values.get("sort"), "sort");
            String page = values.get("page");
            return new CaseQuery(
                    Inputs.optional(CaseType.class, values.get("type"), "type"),
                    Inputs.optional(CaseStatus.class, values.get("status"), "status"),
                    Inputs.region(values.get("region"), "region"),
                    Inputs.optional(Priority.class, values.get("priority"), "priority"),
                    null,
                    "true".equals(values.get("mine")),
                    !"false".equals(values.get("synthetic")),
                    sort == null ? CaseQuery.Sort.NEWEST : sort,
                    page == null || page.isEmpty() ? 0 : Integer.parseInt(page),
                    50,
                    values.get("codename"));
        }

        /** This list's address with the typed filters and another page. */
        String url(int page) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/cases");
            values.forEach((k, v) -> {
                if (!v.isEmpty() && !k.equals("page")) uri.queryParam(k, v);
            });
            if (page > 0) uri.queryParam("page", page);
            return uri.encode().build().toUriString();
        }

        public @Nullable String get(String field) {
            return values.get(field);
        }
    }
}
