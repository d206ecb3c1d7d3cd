package org.tirek.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.identity.TirekUser;

/**
 * Tasks of cases: who does what by when. Only team members read and write a case's tasks; the
 * assignee must be on the team. Other modules create tasks through {@link #createFor} (e.g. when
 * consent is revoked, or a risk assessment needs action).
 */
public interface CaseTasks {

    /**
     * @throws org.tirek.platform.InvalidRequestException for a blank title or an assignee off the team
     */
    CaseTask create(TirekUser who, CaseId caseId, String title, @Nullable String assignee, @Nullable LocalDate dueOn);

    /** The case's tasks: open ones first by due date, then the closed ones, newest first. */
    List<CaseTask> ofCase(TirekUser who, CaseId caseId);

    /** The open tasks assigned to {@code who} across the cases they are on, by due date. */
    List<CaseTask> mine(TirekUser who);

    /**
     * Changes a task (title, assignee, due date) or closes it.
     *
     * @throws org.tirek.platform.ConflictException when {@code version} is stale
     */
    CaseTask change(
            TirekUser who,
            CaseId caseId,
            UUID taskId,
            int version,
            @Nullable String title,
            @Nullable String assignee,
            @Nullable LocalDate dueOn,
            boolean clearDue,
            @Nullable TaskStatus status);

    /**
     * Creates a task on behalf of a module rule (no signed-in user needed), unassigned unless given.
     *
     * @param origin the module and rule, e.g. {@code consent.revoked}
     */
    CaseTask createFor(CaseId caseId, String title, @Nullable LocalDate dueOn, String origin);

    /**
     * Like {@link #createFor(CaseId, String, LocalDate, String)}, assigned to {@code assignee} when
     * that username is on the case's team (unassigned otherwise, e.g. after they left the team).
     */
    CaseTask createFor(
            CaseId caseId, String title, @Nullable LocalDate dueOn, String origin, @Nullable String assignee);
}
