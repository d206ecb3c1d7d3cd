package org.tirek.proceedings.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.cases.CaseId;
import org.tirek.cases.Cases;
import org.tirek.cases.TeamMember;
import org.tirek.identity.Actors;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;
import org.tirek.proceedings.Charge;
import org.tirek.proceedings.ChargeCategory;
import org.tirek.proceedings.Jurisdictions;
import org.tirek.proceedings.LinkKind;
import org.tirek.proceedings.Measure;
import org.tirek.proceedings.NewEvent;
import org.tirek.proceedings.NewProceeding;
import org.tirek.proceedings.ProceedingDetails;
import org.tirek.proceedings.ProceedingEvent;
import org.tirek.proceedings.ProceedingEventRecorded;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingLink;
import org.tirek.proceedings.ProceedingSummary;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.Proceedings;
import org.tirek.proceedings.deadlines.ProceedingDeadlines;
import org.tirek.proceedings.machine.IllegalEventException;
import org.tirek.proceedings.machine.Machine;
import org.tirek.proceedings.machine.MachineState;
import org.tirek.proceedings.machine.Machines;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;
import org.tirek.vault.SealedText;

/**
 * The proceedings service. Recording an event replays the proceeding's events in the order they
 * happened with the new one in place, so a late entry of an earlier event is checked against the
 * state it happened in and against everything that followed it.
 */
@Service
@Transactional
class ProceedingsService implements Proceedings {

    static final AuditAction OPEN = AuditAction.write("proceedings.open");
    static final AuditAction VIEW = AuditAction.read("proceedings.view");
    static final AuditAction EVENT = AuditAction.write("proceedings.event");
    static final AuditAction CHARGE = AuditAction.write("proceedings.charge");
    static final AuditAction LINK = AuditAction.write("proceedings.link");

    private final ProceedingRows proceedings;
    private final ProceedingEventRows events;
    private final Blocks blocks;
    private final ProceedingDeadlines deadlines;
    private final CaseAccess access;
    private final Cases cases;
    private final FieldEncryption fields;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProceedingsService(
            ProceedingRows proceedings,
            ProceedingEventRows events,
            Blocks blocks,
            ProceedingDeadlines deadlines,
            CaseAccess access,
            Cases cases,
            FieldEncryption fields,
            AuditTrail audit,
            ApplicationEventPublisher publisher,
            JdbcClient jdbc,
            Clock clock) {
        this.proceedings = proceedings;
        this.events = events;
        this.blocks = blocks;
        this.deadlines = deadlines;
        this.access = access;
        this.cases = cases;
        this.fields = fields;
        this.audit = audit;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public ProceedingSummary open(TirekUser who, CaseId caseId, NewProceeding request) {
        access.check(who, caseId.value());
        String title = request.title().strip();
        if (title.isEmpty() || title.length() > 120 || title.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException(
                    "Give the proceeding a short label of 1 to 120 characters", Map.of("title", "1 to 120 characters"));
        }
        String jurisdiction = Jurisdictions.parse(request.jurisdiction(), "jurisdiction");
        String requesting =
                request.requestingState() == null || request.requestingState().isBlank()
                        ? null
                        : Jurisdictions.country(request.requestingState(), "requestingState");
        List<TeamMember> team = cases.team(who, caseId);
        TeamMember lead = lawyer(team, request.leadLawyer(), "leadLawyer");
        TeamMember backup = lawyer(team, request.backupLawyer(), "backupLawyer");
        Machine machine = Machines.of(request.type());
        MachineState initial = machine.initial();
        ProceedingSummary summary = new ProceedingSummary(
                ProceedingId.of(UUID.randomUUID()),
                caseId,
                request.type(),
                jurisdiction,
                title,
                request.forumId(),
                request.clientRole(),
                requesting,
                request.openedOn(),
                initial.regions(),
                machine.terminal(initial),
                lead == null ? null : lead.username(),
                backup == null ? null : backup.username(),
                0);
        String reference = request.reference() == null || request.reference().isBlank()
                ? null
                : request.reference().strip();
        proceedings.insert(
                summary,
                lead == null ? null : lead.userId(),
                backup == null ? null : backup.userId(),
                reference == null
                        ? null
                        : seal(caseId, "proceeding", "reference", summary.id().value(), reference),
                who.id(),
                clock.instant());
        audit.record(entry(who, OPEN, summary));
        return summary;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProceedingSummary> ofCase(TirekUser who, CaseId caseId) {
        access.check(who, caseId.value());
        return proceedings.ofCase(caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public ProceedingSummary summary(TirekUser who, ProceedingId id) {
        return find(who, id);
    }

    @Override
    public ProceedingDetails details(TirekUser who, ProceedingId id) {
        ProceedingSummary p = find(who, id);
        CaseId caseId = p.caseId();
        byte[] referenceSealed = proceedings.referenceSealed(id);
        String reference =
                referenceSealed == null ? null : open(caseId, "proceeding", "reference", id.value(), referenceSealed);
        List<ProceedingEvent> list = openEvents(p);
        Machine machine = Machines.of(p.type());
        MachineState state = replay(machine, list);
        ProceedingDetails details = new ProceedingDetails(
                p,
                reference,
                list,
                List.copyOf(machine.allowed(state)),
                measures(list),
                charges(p),
                links(id),
                blocks.of(p, proceedings.ofCase(caseId)),
                deadlines.withReasons(id));
        audit.record(entry(who, VIEW, p));
        return details;
    }

    @Override
    public ProceedingEvent record(TirekUser who, ProceedingId id, NewEvent event) {
        ProceedingSummary p = find(who, id);
        Machine machine = Machines.of(p.type());
        if (!machine.events().contains(event.type())) {
            // neither the typed value (it may be anything) nor the proceeding's type or state is named
            throw new InvalidRequestException(
                    "Unknown event type: use one of the events the proceeding allows (its allowedEvents)",
                    Map.of("type", NewEvent.UNKNOWN_TYPE));
        }
        checkWhenAndNote(event);
        List<ProceedingEvent> earlier = openEvents(p);
        EventRules.check(event, earlier);
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant();
        int seq = events.nextSeq(id);
        ProceedingEvent candidate = new ProceedingEvent(
                eventId,
                seq,
                event.type(),
                event.occurredAt(),
                event.attributes(),
                event.note(),
                event.voids(),
                false,
                now,
                who.getUsername());
        // the state first, then the safeguard: an event that cannot happen now is refused as such
        MachineState next = replayWith(machine, p, earlier, candidate);
        guardSurrender(p, event);
        String note = event.note() == null || event.note().isBlank()
                ? null
                : event.note().strip();
        events.insert(new ProceedingEventRows.Row(
                eventId,
                id,
                seq,
                event.type(),
                event.occurredAt(),
                event.attributes(),
                note == null ? null : seal(p.caseId(), "proceeding_event", "note", eventId, note),
                event.voids(),
                now,
                who.id(),
                who.getUsername()));
        if (!proceedings.updateState(id, p.version(), next, machine.terminal(next))) {
            throw new ConflictException("The proceeding changed meanwhile; reload it and record the event again.");
        }
        audit.record(entry(who, EVENT, p).about("proceeding_event", eventId));
        publisher.publishEvent(new ProceedingEventRecorded(id, p.caseId(), eventId, event.type()));
        return candidate;
    }

    @Override
    public Charge addCharge(
            TirekUser who,
            ProceedingId id,
            String article,
            ChargeCategory category,
            @Nullable Integer maxPenaltyMonths,
            boolean lifeOrDeath,
            @Nullable String description) {
        ProceedingSummary p = find(who, id);
        String art = article.strip();
        if (art.isEmpty() || art.length() > 80) {
            throw new InvalidRequestException(
                    "Name the article, e.g. Art. 190(4)", Map.of("article", "1 to 80 characters"));
        }
        if (maxPenaltyMonths != null && (maxPenaltyMonths < 0 || maxPenaltyMonths > 1200)) {
            throw new InvalidRequestException(
                    "The maximum penalty is 0 to 1200 months", Map.of("maxPenaltyMonths", "0 to 1200"));
        }
        UUID chargeId = UUID.randomUUID();
        String text = description == null || description.isBlank() ? null : description.strip();
        jdbc.sql("""
                        insert into proceeding_charge (id, proceeding_id, article, category, max_penalty_months,
                                                       life_or_death, description_sealed, created_by, created_at)
                        values (:id, :p, :article, :category, :max, :life, :description, :by, :at)
                        """)
                .param("id", chargeId)
                .param("p", id.value())
                .param("article", art)
                .param("category", category.name())
                .param("max", maxPenaltyMonths)
                .param("life", lifeOrDeath)
                .param(
                        "description",
                        text == null ? null : seal(p.caseId(), "proceeding_charge", "description", chargeId, text))
                .param("by", who.id())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(entry(who, CHARGE, p).about("proceeding_charge", chargeId));
        publisher.publishEvent(new ProceedingEventRecorded(id, p.caseId(), chargeId, "CHARGE_ADDED"));
        return new Charge(chargeId, art, category, maxPenaltyMonths, lifeOrDeath, text);
    }

    @Override
    public UUID link(TirekUser who, ProceedingId from, ProceedingId to, LinkKind kind) {
        ProceedingSummary source = find(who, from);
        ProceedingSummary target = find(who, to);
        if (!source.caseId().equals(target.caseId())) {
            throw new InvalidRequestException(
                    "Only proceedings of the same case are linked", Map.of("to", "another case"));
        }
        if (from.equals(to))
            throw new InvalidRequestException("A proceeding is not linked to itself", Map.of("to", "itself"));
        UUID linkId = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into proceeding_link (id, from_id, to_id, kind, created_by, created_at)
                        values (:id, :from, :to, :kind, :by, :at) on conflict do nothing
                        """)
                .param("id", linkId)
                .param("from", from.value())
                .param("to", to.value())
                .param("kind", kind.name())
                .param("by", who.id())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0)
            throw new InvalidRequestException("These proceedings are already linked so", Map.of("kind", "exists"));
        audit.record(entry(who, LINK, source).about("proceeding_link", linkId));
        publisher.publishEvent(new ProceedingEventRecorded(from, source.caseId(), linkId, "LINKED"));
        return linkId;
    }

    /**
     * Refuses an event dated in the future (beyond {@link NewEvent#CLOCK_SKEW}: a hearing to come is a
     * HEARING_SCHEDULED dated when it was scheduled, with its {@code hearingAt} ahead) and a note
     * longer than {@link NewEvent#MAX_NOTE}.
     */
    private void checkWhenAndNote(NewEvent event) {
        if (event.occurredAt().instant().isAfter(clock.instant().plus(NewEvent.CLOCK_SKEW))) {
            throw new InvalidRequestException(
                    "occurredAt is in the future: record an event once it has happened (a hearing to come is"
                            + " recorded as HEARING_SCHEDULED, with its hearingAt)",
                    Map.of("occurredAt", NewEvent.IN_THE_FUTURE));
        }
        if (event.note() != null && event.note().strip().length() > NewEvent.MAX_NOTE) {
            throw new InvalidRequestException(
                    "The note is at most " + NewEvent.MAX_NOTE + " characters", Map.of("note", NewEvent.NOTE_TOO_LONG));
        }
    }

    /**
     * Refuses a surrender event while any block applies, unless it carries {@code override=true} and
     * a note saying why (the handover or the date may have happened regardless: the record must say so).
     */
    private void guardSurrender(ProceedingSummary p, NewEvent event) {
        if (!Blocks.SURRENDER_EVENTS.contains(event.type())) return;
        List<String> blocked = blocks.of(p, proceedings.ofCase(p.caseId()));
        boolean override = "true".equals(event.attributes().get("override"));
        if (!blocked.isEmpty()
                && (!override || event.note() == null || event.note().isBlank())) {
            throw new InvalidRequestException(
                    "Surrender is blocked (" + String.join(", ", blocked) + "): record it only with override=true"
                            + " and a note saying why",
                    Map.of("override", "blocked: " + String.join(", ", blocked)));
        }
    }

    // --- replay

    /** The state after the proceeding's events, voided ones left out. */
    static MachineState replay(Machine machine, List<ProceedingEvent> list) {
        Set<UUID> voided = voided(list);
        MachineState state = machine.initial();
        for (ProceedingEvent e : list) {
            if (!voided.contains(e.id())) state = machine.apply(state, e.type());
        }
        return state;
    }

    private static MachineState replayWith(
            Machine machine, ProceedingSummary p, List<ProceedingEvent> earlier, ProceedingEvent candidate) {
        List<ProceedingEvent> all = new ArrayList<>(earlier);
        all.add(candidate);
        all.sort(Comparator.comparing((ProceedingEvent e) -> e.occurredAt().instant())
                .thenComparingInt(ProceedingEvent::seq));
        Set<UUID> voided = voided(all);
        MachineState state = machine.initial();
        for (ProceedingEvent e : all) {
            if (voided.contains(e.id())) continue;
            if (!machine.allows(state, e.type())) {
                if (e.id().equals(candidate.id()))
                    throw new IllegalEventException(p.type().name(), e.type(), state.describe());
                throw new InvalidRequestException(
                        "With " + candidate.type() + " recorded at that time, the later event " + e.type() + " of "
                                + e.occurredAt().date() + " could not have happened (the proceeding would be "
                                + state.describe() + ")",
                        Map.of("occurredAt", "conflicts with a later event"));
            }
            state = machine.apply(state, e.type());
        }
        return state;
    }

    private static Set<UUID> voided(List<ProceedingEvent> list) {
        Set<UUID> voided = new HashSet<>();
        for (ProceedingEvent e : list) if (e.voids() != null) voided.add(e.voids());
        return voided;
    }

    // --- reading

    private ProceedingSummary find(TirekUser who, ProceedingId id) {
        ProceedingSummary p = proceedings.find(id).orElseThrow(() -> new NotFoundException("No such proceeding"));
        access.check(who, p.caseId().value());
        return p;
    }

    private List<ProceedingEvent> openEvents(ProceedingSummary p) {
        List<ProceedingEventRows.Row> rows = events.of(p.id());
        Set<UUID> voided = new HashSet<>();
        rows.forEach(r -> {
            if (r.voids() != null) voided.add(r.voids());
        });
        return rows.stream()
                .map(r -> new ProceedingEvent(
                        r.id(),
                        r.seq(),
                        r.type(),
                        r.occurredAt(),
                        r.attributes(),
                        r.noteSealed() == null
                                ? null
                                : open(p.caseId(), "proceeding_event", "note", r.id(), r.noteSealed()),
                        r.voids(),
                        voided.contains(r.id()),
                        r.recordedAt(),
                        r.recordedByName()))
                .toList();
    }

    static List<Measure> measures(List<ProceedingEvent> list) {
        List<Measure> measures = new ArrayList<>();
        for (ProceedingEvent e : list) {
            if (e.voided() || !e.type().equals("MEASURE_IMPOSED")) continue;
            ProceedingEvent lifted = list.stream()
                    .filter(l -> !l.voided()
                            && l.type().equals("MEASURE_LIFTED")
                            && e.id().toString().equals(l.attributes().get("measure")))
                    .findFirst()
                    .orElse(null);
            measures.add(new Measure(
                    e.id(),
                    e.attributes().getOrDefault("measureType", "OTHER"),
                    e.occurredAt(),
                    e.attributes().get("reviewOn"),
                    e.attributes().get("forum"),
                    lifted == null ? null : lifted.occurredAt()));
        }
        return measures;
    }

    private List<Charge> charges(ProceedingSummary p) {
        return jdbc.sql("select * from proceeding_charge where proceeding_id = :p order by created_at")
                .param("p", p.id().value())
                .query((rs, n) -> {
                    UUID chargeId = rs.getObject("id", UUID.class);
                    byte[] description = rs.getBytes("description_sealed");
                    Integer max = (Integer) rs.getObject("max_penalty_months");
                    return new Charge(
                            chargeId,
                            rs.getString("article"),
                            ChargeCategory.valueOf(rs.getString("category")),
                            max,
                            rs.getBoolean("life_or_death"),
                            description == null
                                    ? null
                                    : open(p.caseId(), "proceeding_charge", "description", chargeId, description));
                })
                .list();
    }

    private List<ProceedingLink> links(ProceedingId id) {
        return jdbc.sql("""
                        select l.id, l.kind, l.from_id = :id as outgoing, o.id as other, o.type, o.title
                          from proceeding_link l
                          join proceeding o on o.id = case when l.from_id = :id then l.to_id else l.from_id end
                         where l.from_id = :id or l.to_id = :id
                         order by l.created_at
                        """)
                .param("id", id.value())
                .query((rs, n) -> new ProceedingLink(
                        rs.getObject("id", UUID.class),
                        LinkKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("outgoing"),
                        ProceedingId.of(rs.getObject("other", UUID.class)),
                        ProceedingType.valueOf(rs.getString("type")),
                        rs.getString("title")))
                .list();
    }

    private static @Nullable TeamMember lawyer(List<TeamMember> team, @Nullable String username, String field) {
        if (username == null || username.isBlank()) return null;
        return team.stream()
                .filter(m -> m.username().equals(username.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(
                        "Choose someone on the case's team", Map.of(field, "not on the team")));
    }

    // --- vault and audit

    private byte[] seal(CaseId caseId, String table, String column, UUID row, String text) {
        return fields.seal(KeyScope.ofCase(caseId.value()), FieldRef.of(table, column, row), text)
                .stored();
    }

    private String open(CaseId caseId, String table, String column, UUID row, byte[] sealed) {
        return fields.open(
                KeyScope.ofCase(caseId.value()), FieldRef.of(table, column, row), SealedText.fromStored(sealed));
    }

    private static AuditEntry entry(TirekUser who, AuditAction action, ProceedingSummary p) {
        return AuditEntry.of(Actors.of(who), action)
                .about("proceeding", p.id().value())
                .inCase(p.caseId().value());
    }
}
