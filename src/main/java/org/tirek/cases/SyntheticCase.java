package org.tirek.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tirek.identity.Username;

/**
 * A generated case for demonstrations and benchmarks. It is stored like any other case, sensitive
 * fields sealed under its own key, but marked synthetic: lists show it so and can leave it out.
 *
 * @param team accounts on the case's team; the first is recorded as having opened it
 * @param notes note texts (sealed), written by the first team member
 */
public record SyntheticCase(
        NewCase request,
        CaseStatus status,
        Instant openedAt,
        List<Username> team,
        List<String> notes,
        List<Task> tasks) {

    public SyntheticCase {
        if (team.isEmpty()) throw new IllegalArgumentException("A synthetic case needs a team");
        team = List.copyOf(team);
        notes = List.copyOf(notes);
        tasks = List.copyOf(tasks);
    }

    /** A task on the case; the assignee must be on the team. */
    public record Task(
            String title,
            @Nullable Username assignee,
            @Nullable LocalDate dueOn,
            TaskStatus status) {}
}
