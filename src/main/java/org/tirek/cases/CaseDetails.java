package org.tirek.cases;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case as its page shows it. {@code summary}, {@code notes} and {@code history} are present only
 * for team members ({@code member} true); others (coordinators, administrators) see the structure
 * and the team, and may join.
 */
public record CaseDetails(
        CaseSummary summary,
        boolean member,
        @Nullable String summaryText,
        List<TeamMember> team,
        List<Note> notes,
        List<StatusChange> history) {}
