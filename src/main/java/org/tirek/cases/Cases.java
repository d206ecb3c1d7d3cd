package org.tirek.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tirek.identity.TirekUser;

/**
 * Opening, reading and working on cases. Every method checks {@code who}'s role and, for sensitive
 * data, team membership; sensitive reads are recorded in the audit trail before they return and
 * changes in the transaction that makes them.
 */
public interface Cases {

    /**
     * Opens a case with {@code who} as its first team member.
     *
     * @throws org.tirek.platform.InvalidRequestException when the codename is blank or too long
     * @throws org.springframework.security.access.AccessDeniedException unless coordinator, lawyer or caseworker
     */
    CaseSummary open(TirekUser who, NewCase request);

    /** The case's page: structure for coordinators and administrators, everything for its team. */
    CaseDetails details(TirekUser who, CaseId id);

    /** The header of the case's pages (no sensitive data, not recorded as a read). */
    CaseHeader header(TirekUser who, CaseId id);

    /** A page of the case list (structural data only). */
    CasePage list(TirekUser who, CaseQuery query);

    /**
     * Changes fields of a case (team members).
     *
     * @throws org.tirek.platform.ConflictException when {@code changes.version()} is stale (409)
     * @throws org.tirek.platform.InvalidRequestException when a value is refused (422)
     */
    CaseSummary change(TirekUser who, CaseId id, CaseChanges changes);

    /**
     * Moves the case in its workflow (team members; a coordinator joins the team first).
     *
     * @throws CaseStatus.IllegalTransitionException when the workflow does not allow the move
     * @throws org.tirek.platform.InvalidRequestException when a reason is needed and missing
     */
    CaseSummary moveTo(TirekUser who, CaseId id, CaseStatus status, String reason);

    /** The case's team (anyone who may see the case's structure; not a sensitive read). */
    List<TeamMember> team(TirekUser who, CaseId id);

    /** Adds an account to the team (coordinators, administrators). */
    void addMember(TirekUser who, CaseId id, String username);

    /**
     * Removes an account from the team (coordinators, administrators); the last member stays. Their
     * open tasks in the case lose their assignee, so that they show for the rest of the team to take.
     */
    void removeMember(TirekUser who, CaseId id, UUID userId);

    /** A coordinator or administrator joins the team; recorded, visible in the case's access log. */
    void join(TirekUser who, CaseId id);

    Note addNote(TirekUser who, CaseId id, String text);

    /**
     * Replaces a note's text; the earlier text is kept as a revision.
     *
     * @throws org.tirek.platform.InvalidRequestException when {@code version} is stale
     */
    Note editNote(TirekUser who, CaseId id, UUID noteId, String text, int version);

    List<Note> notes(TirekUser who, CaseId id);

    /** Every text the note has had, oldest first, the current one last. */
    List<NoteRevision> noteHistory(TirekUser who, CaseId id, UUID noteId);

    /** Everything that happened in the case, newest first, from every module (team members). */
    List<TimelineEntry> timeline(TirekUser who, CaseId id);

    /** Whether the case exists (for other modules' checks; no sensitive data). */
    boolean exists(CaseId id);

    /**
     * The cases whose team {@code who} is on, for lists across cases that other modules keep (their
     * need-to-know filter). Holds no sensitive data.
     */
    Set<CaseId> onTeamOf(TirekUser who);

    /**
     * The references (like {@code TRK-2026-0001}) of these cases, for lists across cases; ids of no
     * case are left out. Structural: the caller decides who may see the list.
     */
    Map<CaseId, String> references(Collection<CaseId> ids);
}
