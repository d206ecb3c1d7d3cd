package org.tirek.proceedings;

import java.util.List;
import java.util.UUID;
import org.tirek.cases.CaseId;
import org.tirek.identity.TirekUser;

/**
 * The deadlines of proceedings: computed from the rule packs in the transaction that records an
 * event (and recomputed when one is corrected), moved to DUE_SOON and OVERDUE as time passes,
 * overridden, acknowledged and waived by lawyers.
 *
 * <p>Who sees what: the reasons of overrides and waivers are sensitive and only {@link
 * #ofProceeding} returns them, to the case's team, as a recorded read. The lists across cases are
 * structural: coordinators and administrators see every case's deadlines, everyone else only
 * those of the cases whose team they are on. Every method returns deadlines soonest first, texts
 * in the language of the current request.
 *
 * <p>For other features built on deadlines (alerts, a calendar): listen for {@link
 * DeadlinesRecomputed} and {@link DeadlineStatusChanged}, read with {@link #openOf(CaseId)} in
 * module rules, and with {@link #board(TirekUser, DeadlineQuery)} and {@link
 * DeadlineQuery#dueBetween} for a user's calendar.
 */
public interface Deadlines {

    /**
     * The proceeding's deadlines with the reasons of overrides and waivers (team members; a recorded
     * read).
     *
     * @throws org.tirek.platform.NotFoundException when there is no such proceeding
     * @throws org.springframework.security.access.AccessDeniedException unless on the case's team
     */
    List<Deadline> ofProceeding(TirekUser who, ProceedingId id);

    /**
     * The case's deadlines without reasons (team members, coordinators and administrators).
     *
     * @throws org.tirek.platform.NotFoundException when there is no such case
     */
    List<Deadline> ofCase(TirekUser who, CaseId caseId);

    /**
     * The deadlines matching {@code query} across the cases {@code who} may see, without reasons, at
     * most {@link DeadlineQuery#LIMIT}.
     */
    List<Deadline> board(TirekUser who, DeadlineQuery query);

    /**
     * The open deadlines of a case, for rules of this application that act on them (alerts):
     * structural, without reasons, and without an access check, so never show them to a user who
     * has not been checked.
     */
    List<Deadline> openOf(CaseId caseId);

    /**
     * Sets another due time; the computed one is kept beside it.
     *
     * @param due {@code 2026-03-10} (the end of that day in the zone the deadline is counted in),
     *     {@code 2026-03-10T14:00} (a local time there) or a time with an offset
     * @throws org.tirek.platform.InvalidRequestException naming {@code due} or {@code reason} when
     *     either is missing or malformed; nothing is changed
     * @throws org.tirek.platform.ConflictException when the deadline is closed
     */
    Deadline override(TirekUser who, UUID id, String due, String reason);

    /**
     * Records that {@code who} has seen the deadline; from the lead lawyer it stops the escalation.
     *
     * @throws org.tirek.platform.ConflictException when the deadline is closed
     */
    Deadline acknowledge(TirekUser who, UUID id);

    /**
     * Closes the deadline as no longer to be met.
     *
     * @throws org.tirek.platform.InvalidRequestException when the reason is blank or too long
     * @throws org.tirek.platform.ConflictException when the deadline is closed already
     */
    Deadline waive(TirekUser who, UUID id, String reason);
}
