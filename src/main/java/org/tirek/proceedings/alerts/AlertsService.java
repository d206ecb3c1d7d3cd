package org.tirek.proceedings.alerts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.cases.CaseId;
import org.tirek.cases.Cases;
import org.tirek.identity.Actors;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;
import org.tirek.proceedings.ProceedingId;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;
import org.tirek.vault.SealedText;

/** The safeguard alerts of cases, for their teams. */
@Service
@Transactional
class AlertsService implements SafeguardAlerts {

    static final AuditAction READ = AuditAction.read("alerts.read");
    static final AuditAction ACKNOWLEDGE = AuditAction.write("alerts.acknowledge");
    static final AuditAction FACT = AuditAction.write("alerts.fact");
    static final int NOTE_MAX = 2000;

    private final AlertRows rows;
    private final CaseSnapshots snapshots;
    private final AlertEvaluator evaluator;
    private final CaseAccess access;
    private final Cases cases;
    private final FieldEncryption fields;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    AlertsService(
            AlertRows rows,
            CaseSnapshots snapshots,
            AlertEvaluator evaluator,
            CaseAccess access,
            Cases cases,
            FieldEncryption fields,
            AuditTrail audit,
            JdbcClient jdbc,
            Clock clock) {
        this.rows = rows;
        this.snapshots = snapshots;
        this.evaluator = evaluator;
        this.access = access;
        this.cases = cases;
        this.fields = fields;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Alert> activeOfCase(TirekUser who, CaseId caseId) {
        access.check(who, caseId.value());
        return rows.activeOf(caseId).stream().map(AlertRows.Stored::alert).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Alert> activeOfProceeding(TirekUser who, ProceedingId id) {
        UUID caseId = jdbc.sql("select case_id from proceeding where id = :id")
                .param("id", id.value())
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("No such proceeding"));
        access.check(who, caseId);
        return rows.activeOf(CaseId.of(caseId)).stream()
                .map(AlertRows.Stored::alert)
                .filter(a -> a.links().stream().anyMatch(l -> l.proceeding().equals(id)))
                .toList();
    }

    @Override
    public List<Alert> readOfCase(TirekUser who, CaseId caseId) {
        access.check(who, caseId.value());
        List<Alert> alerts = rows.allOf(caseId).stream()
                .map(s -> s.noteSealed() == null
                        ? s.alert()
                        : s.alert().withNote(open(caseId, s.alert().id(), s.noteSealed())))
                .toList();
        audit.record(AuditEntry.of(Actors.of(who), READ)
                .about("case", caseId.value())
                .inCase(caseId.value()));
        return alerts;
    }

    @Override
    public Alert acknowledge(TirekUser who, UUID alertId, @Nullable String note) {
        Alert alert = rows.find(alertId)
                .orElseThrow(() -> new NotFoundException("No such alert"))
                .alert();
        CaseId caseId = alert.caseId();
        access.check(who, caseId.value());
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_MAX) {
            throw new InvalidRequestException(
                    "A note on an acknowledgement is at most " + NOTE_MAX + " characters",
                    Map.of("note", "at most " + NOTE_MAX + " characters"));
        }
        if (alert.status() != AlertStatus.OPEN) {
            throw new ConflictException("This alert is " + alert.status().name().toLowerCase(java.util.Locale.ROOT)
                    + " already; reload the page");
        }
        byte[] sealed = text == null
                ? null
                : fields.seal(KeyScope.ofCase(caseId.value()), ref(alertId), text)
                        .stored();
        if (!rows.acknowledge(alertId, who.id(), who.getUsername(), sealed, clock.instant())) {
            throw new ConflictException("This alert changed meanwhile; reload the page");
        }
        audit.record(AuditEntry.of(Actors.of(who), ACKNOWLEDGE)
                .about("safeguard_alert", alertId)
                .inCase(caseId.value()));
        Alert acknowledged = rows.find(alertId).orElseThrow().alert();
        return acknowledged.withNote(text);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DigestEntry> digest(TirekUser who) {
        Instant since = LocalDate.now(clock.withZone(ZoneOffset.UTC))
                .minusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        Map<CaseId, Boolean> mayWork = new HashMap<>();
        Map<CaseId, String> references = new HashMap<>();
        List<DigestEntry> entries = new ArrayList<>();
        for (AlertRows.Stored s : rows.active()) {
            CaseId caseId = s.alert().caseId();
            if (!mayWork.computeIfAbsent(caseId, c -> access.mayWorkOn(who, c.value()))) continue;
            String reference = references.computeIfAbsent(
                    caseId, c -> cases.header(who, c).summary().reference());
            entries.add(
                    new DigestEntry(s.alert(), reference, !s.alert().openedAt().isBefore(since)));
        }
        entries.sort(Comparator.comparing((DigestEntry e) -> !e.isNew())
                .thenComparing(e -> e.alert().severity())
                .thenComparing(e -> e.alert().openedAt(), Comparator.reverseOrder()));
        return entries;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<SafeguardFact> facts(TirekUser who, CaseId caseId) {
        access.check(who, caseId.value());
        return snapshots.facts(caseId);
    }

    @Override
    public void setFact(TirekUser who, CaseId caseId, SafeguardFact fact, boolean present) {
        access.check(who, caseId.value());
        Instant now = clock.instant();
        int changed = present
                ? jdbc.sql("""
                                insert into case_safeguard_fact (case_id, fact, recorded_by, recorded_at)
                                values (:c, :fact, :by, :at) on conflict do nothing
                                """)
                        .param("c", caseId.value())
                        .param("fact", fact.name())
                        .param("by", who.id())
                        .param("at", Timestamp.from(now))
                        .update()
                : jdbc.sql("delete from case_safeguard_fact where case_id = :c and fact = :fact")
                        .param("c", caseId.value())
                        .param("fact", fact.name())
                        .update();
        if (changed == 0) return;
        audit.record(AuditEntry.of(Actors.of(who), FACT)
                .about("case_safeguard_fact", caseId.value())
                .inCase(caseId.value()));
        evaluator.evaluate(caseId, now);
    }

    private String open(CaseId caseId, UUID alertId, byte[] sealed) {
        return fields.open(KeyScope.ofCase(caseId.value()), ref(alertId), SealedText.fromStored(sealed));
    }

    private static FieldRef ref(UUID alertId) {
        return FieldRef.of("safeguard_alert", "ack_note", alertId);
    }
}
