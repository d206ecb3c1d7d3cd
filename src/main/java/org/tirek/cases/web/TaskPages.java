package org.tirek.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
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
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseTask;
import org.tirek.cases.CaseTasks;
import org.tirek.cases.Cases;
import org.tirek.cases.TaskStatus;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;

/** A case's tasks tab and each user's "my tasks" page. */
@Controller
class TaskPages {

    private final Cases cases;
    private final CaseTasks tasks;

    TaskPages(Cases cases, CaseTasks tasks) {
        this.cases = cases;
        this.tasks = tasks;
    }

    @GetMapping("/tasks")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String mine(@AuthenticationPrincipal TirekUser user, Model model) {
        List<CaseTask> mine = tasks.mine(user);
        model.addAttribute("tasks", mine);
        model.addAttribute("overdue", mine.stream().filter(CaseTask::overdue).count());
        return "cases/my-tasks";
    }

    @GetMapping("/cases/{caseId}/tasks")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String ofCase(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, Model model) {
        return page(user, CaseId.of(caseId), model);
    }

    @PostMapping("/cases/{caseId}/tasks")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String create(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam Map<String, String> params,
            Model model) {
        CaseId id = CaseId.of(caseId);
        try {
            tasks.create(
                    user,
                    id,
                    params.getOrDefault("title", ""),
                    params.get("assignee"),
                    TasksApi.date(params.get("dueOn"), "dueOn"));
            return "redirect:/cases/" + caseId + "/tasks?added";
        } catch (InvalidRequestException e) {
            model.addAttribute("form", params);
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().keySet().forEach(f -> errors.put(f, "tasks.error." + f));
            model.addAttribute("errors", errors);
            return page(user, id, model);
        }
    }

    @PostMapping("/cases/{caseId}/tasks/{taskId}")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    String change(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @PathVariable UUID taskId,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String assignee,
            Model model) {
        CaseId id = CaseId.of(caseId);
        try {
            tasks.change(
                    user,
                    id,
                    taskId,
                    version,
                    null,
                    assignee,
                    null,
                    false,
                    Inputs.optional(TaskStatus.class, status, "status"));
            return "redirect:/cases/" + caseId + "/tasks?changed";
        } catch (InvalidRequestException | ConflictException e) {
            model.addAttribute("changeError", true);
            return page(user, id, model);
        }
    }

    private String page(TirekUser user, CaseId id, Model model) {
        model.addAttribute("caseHeader", cases.header(user, id));
        model.addAttribute("tab", "tasks");
        model.addAttribute("tasks", tasks.ofCase(user, id));
        model.addAttribute("team", cases.team(user, id));
        model.addAttribute("currentPath", "/cases/" + id + "/tasks");
        if (!model.containsAttribute("form")) model.addAttribute("form", Map.of());
        return "cases/tasks";
    }
}
