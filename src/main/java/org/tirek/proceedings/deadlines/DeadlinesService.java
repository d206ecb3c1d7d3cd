package org.tirek.proceedings.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.cases.CaseId;
import org.tirek.cases.Cases;
import org.tirek.identity.Actors;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;
import org.tirek.proceedings.Deadline;
import org.tirek.proceedings.DeadlineQuery;
import org.tirek.proceedings.DeadlineStatus;
import org.tirek.proceedings.Deadlines;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.Proceedings;

/**
 * The deadlines service. Writes are the team's; reading with reasons is the team's and recorded;
 * the structural lists are for the team and for coordinators and administrators across cases.
 */
@Service
@Transactional
class DeadlinesService implements Deadlines {

    static final AuditAction VIEW = AuditAction.read("deadlines.view");
    static final AuditAction OVERRIDE = AuditAction.write("deadlines.override");
    static final AuditAction ACKNOWLEDGE = AuditAction.write("deadlines.acknowledge");
    static final AuditAction WAIVE = AuditAction.write("deadlines.waive");
    static final int MAX_REASON = 2000;
    private static final Set<Role> OVERSEERS = EnumSet.of(Role.COORDINATOR, Role.ADMIN);
    /** Who may set another date or waive: a legal judgement, not a caseworker's. */
    private static final Set<Role> DECIDERS = EnumSet.of(Role.LAWYER, Role.COORDINATOR);

    private final DeadlineRows rows;
    private final DeadlineWrites writes;
    private final DeadlineViews views;
    private final Proceedings proceedings;
    private final Cases cases;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    DeadlinesService(
            DeadlineRows rows,
            DeadlineWrites writes,
            DeadlineViews views,
            Proceedings proceedings,
            Cases cases,
            CaseAccess access,
            AuditTrail audit,
            Clock clock) {
        this.rows = rows;
        this.writes = writes;
        this.views = views;
        this.proceedings = proceedings;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Deadline> ofProceeding(TirekUser who, ProceedingId id) {
        CaseId caseId = proceedings.summary(who, id).caseId();
        List<Deadline> list = views.list(rows.ofProceeding(id), true);
        audit.record(AuditEntry.of(Actors.of(who), VIEW)
                .about("proceeding", id.value())
                .inCase(caseId.value()));
        return list;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> ofCase(TirekUser who, CaseId caseId) {
        if (!cases.exists(caseId)) throw new NotFoundException("No such case");
        if (!OVERSEERS.contains(who.role())) access.check(who, caseId.value());
        return views.list(rows.ofCase(caseId), false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> board(TirekUser who, DeadlineQuery query) {
        List<DeadlineStatus> statuses = query.statuses().isEmpty()
                ? List.of(DeadlineStatus.UPCOMING, DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE)
                : List.copyOf(query.statuses());
        Set<CaseId> visible = OVERSEERS.contains(who.role()) ? null : cases.onTeamOf(who);
        if (visible != null && visible.isEmpty()) return List.of();
        return views.list(rows.matching(statuses, query, visible, clock.instant()), false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> openOf(CaseId caseId) {
        return views.list(rows.openOfCase(caseId), false);
    }

    @Override
    public Deadline override(TirekUser who, UUID id, String dueText, String reason) {
        decider(who);
        StoredDeadline d = open(who, id);
        String text = reason(reason);
        Instant due = DueText.parse(dueText, java.time.ZoneId.of(d.zone()));
        Instant now = clock.instant();
        DeadlineStatus status = DeadlineStatus.of(due, d.warn(), now);
        writes.override(
                id, due, views.seal(d, DeadlineViews.OVERRIDE_REASON, text), who.id(), who.getUsername(), status, now);
        record(who, OVERRIDE, d);
        return reread(id);
    }

    @Override
    public Deadline acknowledge(TirekUser who, UUID id) {
        StoredDeadline d = open(who, id);
        writes.acknowledge(id, who.id(), who.getUsername(), clock.instant());
        record(who, ACKNOWLEDGE, d);
        return reread(id);
    }

    @Override
    public Deadline waive(TirekUser who, UUID id, String reason) {
        decider(who);
        StoredDeadline d = open(who, id);
        String text = reason(reason);
        writes.waive(id, views.seal(d, DeadlineViews.WAIVE_REASON, text), who.id(), who.getUsername(), clock.instant());
        record(who, WAIVE, d);
        return reread(id);
    }

    private static void decider(TirekUser who) {
        if (!DECIDERS.contains(who.role())) {
            throw new AccessDeniedException("Only lawyers and coordinators set another date or waive a deadline");
        }
    }

    /** The deadline, if {@code who} is on its case's team and it is still open. */
    private StoredDeadline open(TirekUser who, UUID id) {
        StoredDeadline d = rows.find(id).orElseThrow(() -> new NotFoundException("No such deadline"));
        access.check(who, d.caseId().value());
        if (!d.status().open()) {
            throw new ConflictException("This deadline is closed (" + d.status() + "); it cannot be changed any more.");
        }
        return d;
    }

    private Deadline reread(UUID id) {
        return views.view(rows.find(id).orElseThrow(), false);
    }

    private static String reason(String reason) {
        String text = reason.strip();
        if (text.isEmpty()
                || text.length() > MAX_REASON
                || text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidRequestException(
                    "Give the reason, in 1 to " + MAX_REASON + " characters",
                    Map.of("reason", "1 to " + MAX_REASON + " characters"));
        }
        return text;
    }

    private void record(TirekUser who, AuditAction action, StoredDeadline d) {
        audit.record(AuditEntry.of(Actors.of(who), action)
                .about("deadline", d.id())
                .inCase(d.caseId().value()));
    }
}
