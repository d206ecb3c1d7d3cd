package org.tirek.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseTask;
import org.tirek.cases.CaseTasks;
import org.tirek.cases.TaskStatus;
import org.tirek.identity.TirekUser;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;

@RestController
@Tag(name = "Tasks", description = "Tasks of cases and each user's open tasks")
class TasksApi {

    private final CaseTasks tasks;

    TasksApi(CaseTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/api/v1/cases/{caseId}/tasks")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    @Operation(summary = "The case's tasks: open ones by due date, then closed ones (team members)")
    List<CaseTask> ofCase(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId) {
        return tasks.ofCase(user, CaseId.of(caseId));
    }

    @PostMapping("/api/v1/cases/{caseId}/tasks")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a task: {\"title\":\"…\", \"assignee\":\"username\", \"dueOn\":\"2026-12-01\"}",
            description = "The title is sensitive (sealed); the assignee must be on the team.")
    CaseTask create(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, @RequestBody TaskRequest body) {
        return tasks.create(
                user, CaseId.of(caseId), Inputs.text(body.title()), body.assignee(), date(body.dueOn(), "dueOn"));
    }

    @PutMapping("/api/v1/cases/{caseId}/tasks/{taskId}")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    @Operation(
            summary = "Change or close a task: {\"version\":n, \"title\"?, \"assignee\"? (\"\" unassigns),"
                    + " \"dueOn\"? (\"\" clears), \"status\"?: DONE|CANCELLED}",
            description = "A stale version answers 409 and changes nothing.")
    CaseTask change(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @PathVariable UUID taskId,
            @RequestBody TaskRequest body) {
        if (body.version() == null)
            throw new InvalidRequestException("version is required", Map.of("version", "required"));
        return tasks.change(
                user,
                CaseId.of(caseId),
                taskId,
                body.version(),
                body.title(),
                body.assignee(),
                date(body.dueOn(), "dueOn"),
                "".equals(body.dueOn()),
                Inputs.optional(TaskStatus.class, body.status(), "status"));
    }

    @GetMapping("/api/v1/tasks/mine")
    @NeedsKeys
    @PreAuthorize(CasesApi.CASE_VIEWERS)
    @Operation(summary = "The caller's open tasks across the cases they are on, by due date")
    List<CaseTask> mine(@AuthenticationPrincipal TirekUser user) {
        return tasks.mine(user);
    }

    static @Nullable LocalDate date(@Nullable String value, String field) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    "A date is written year-month-day, e.g. 2026-12-01", Map.of(field, "YYYY-MM-DD"));
        }
    }

    record TaskRequest(
            @Nullable Integer version,
            @Nullable String title,
            @Nullable String assignee,
            @Nullable String dueOn,
            @Nullable String status) {}
}
