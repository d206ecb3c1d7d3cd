package org.tirek.incidents.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.cases.CaseId;
import org.tirek.identity.Actors;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.TirekUser;
import org.tirek.incidents.Incident;
import org.tirek.incidents.IncidentId;
import org.tirek.incidents.IncidentInput;
import org.tirek.incidents.Incidents;
import org.tirek.incidents.ReportingDelay;
import org.tirek.incidents.SyntheticIncidents;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;
import org.tirek.vault.DecryptionFailedException;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;
import org.tirek.vault.SealedText;

/**
 * The incidents service. Access first (team members of the incident's case), then the rules, then
 * the write and its audit entry in one transaction: a refused request saves nothing. The narrative
 * is sealed bound to the row's version, so an earlier narrative cannot be put back as the current one.
 */
@Service
@Transactional
class IncidentsService implements Incidents, SyntheticIncidents {

    private final RecordedIncidents incidents;
    private final CaseAccess access;
    private final FieldEncryption fields;
    private final AuditTrail audit;
    private final Clock clock;

    IncidentsService(
            RecordedIncidents incidents, CaseAccess access, FieldEncryption fields, AuditTrail audit, Clock clock) {
        this.incidents = incidents;
        this.access = access;
        this.fields = fields;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Incident record(TirekUser who, CaseId caseId, IncidentInput input) {
        access.check(who, caseId.value());
        IncidentInput checked = checked(caseId, input);
        IncidentId id = IncidentId.generate();
        RecordedIncidents.Writer writer = new RecordedIncidents.Writer(who.id(), who.getUsername(), clock.instant());
        incidents.insert(id, caseId, checked, delay(checked), seal(caseId, id, 0, checked.narrative()), writer);
        audit.record(entry(who, IncidentActions.RECORD, caseId, id));
        return found(id).incident();
    }

    @Override
    public void recordAll(List<SyntheticIncident> batch) {
        if (batch.size() > MAX_BATCH) {
            throw new InvalidRequestException("A batch holds at most " + MAX_BATCH + " incidents");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (SyntheticIncident s : batch) {
            Map<String, String> problems = new java.util.LinkedHashMap<>(IncidentRules.problems(s.input(), today));
            if (s.input().narrative() != null) problems.put("narrative", "none in generated incidents");
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(
                        "The generated incidents were not saved; see 'errors' for the fields to correct", problems);
            }
            incidents.insert(
                    IncidentId.generate(),
                    s.caseId(),
                    s.input(),
                    delay(s.input()),
                    null,
                    new RecordedIncidents.Writer(s.recordedById(), s.recordedByName(), s.at()));
        }
        if (!batch.isEmpty()) {
            audit.record(AuditEntry.of(Actor.system("demo-generator"), IncidentActions.GENERATE)
                    .about("synthetic_incidents", String.valueOf(batch.size())));
        }
    }

    @Override
    public List<Incident> ofCase(TirekUser who, CaseId caseId) {
        access.check(who, caseId.value());
        List<Incident> list =
                incidents.ofCase(caseId).stream().map(IncidentRow::incident).toList();
        audit.record(AuditEntry.of(Actors.of(who), IncidentActions.LIST)
                .about("case", caseId.value())
                .inCase(caseId.value()));
        return list;
    }

    @Override
    public Incident get(TirekUser who, IncidentId id) {
        IncidentRow row = found(id);
        Incident incident = row.incident();
        access.check(who, incident.caseId().value());
        Incident opened = withNarrative(row);
        audit.record(entry(who, IncidentActions.VIEW, incident.caseId(), id));
        return opened;
    }

    @Override
    public Incident change(TirekUser who, IncidentId id, int version, IncidentInput input) {
        Incident current = found(id).incident();
        CaseId caseId = current.caseId();
        access.check(who, caseId.value());
        IncidentInput checked = checked(caseId, input);
        if (current.version() != version) throw stale();
        byte[] narrative = seal(caseId, id, version + 1, checked.narrative());
        if (!incidents.update(id, version, checked, delay(checked), narrative, clock.instant())) throw stale();
        audit.record(entry(who, IncidentActions.CHANGE, caseId, id));
        return found(id).incident();
    }

    // --- rules

    /** The input with its narrative trimmed, once the rules pass and the case's key still exists. */
    private IncidentInput checked(CaseId caseId, IncidentInput input) {
        String narrative = input.narrative() == null ? null : input.narrative().strip();
        IncidentInput trimmed = new IncidentInput(
                input.type(),
                input.reportedOn(),
                input.occurredOn(),
                input.timeOfDay(),
                input.region(),
                input.area(),
                input.contexts(),
                input.perpetrators(),
                input.priorIncidents(),
                input.reportedBySurvivor(),
                narrative);
        Map<String, String> problems =
                IncidentRules.problems(trimmed, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(
                    "The incident was not saved; see 'errors' for the fields to correct", problems);
        }
        KeyScope scope = KeyScope.ofCase(caseId.value());
        if (fields.shredded(scope)) throw DecryptionFailedException.keyDestroyed(scope);
        return trimmed;
    }

    private static ReportingDelay delay(IncidentInput input) {
        return ReportingDelay.between(input.occurredOn(), input.reportedOn());
    }

    private IncidentRow found(IncidentId id) {
        return incidents.find(id).orElseThrow(() -> new NotFoundException("No such incident"));
    }

    private static ConflictException stale() {
        return new ConflictException(
                "The incident was changed by someone else meanwhile, so nothing was saved. Reload it and try again.");
    }

    // --- vault and audit

    /** The narrative's field: bound to the table, the row and the row's version. */
    private static FieldRef narrativeField(IncidentId id, int version) {
        return FieldRef.of("incident", "narrative@v" + version, id.value());
    }

    private byte @Nullable [] seal(CaseId caseId, IncidentId id, int version, @Nullable String narrative) {
        if (narrative == null) return null;
        return fields.seal(KeyScope.ofCase(caseId.value()), narrativeField(id, version), narrative)
                .stored();
    }

    private Incident withNarrative(IncidentRow row) {
        Incident i = row.incident();
        byte[] sealed = row.narrativeSealed();
        if (sealed == null) return i;
        String narrative = fields.open(
                KeyScope.ofCase(i.caseId().value()),
                narrativeField(i.id(), i.version()),
                SealedText.fromStored(sealed));
        return new Incident(
                i.id(),
                i.caseId(),
                i.type(),
                i.reportedOn(),
                i.occurredOn(),
                i.timeOfDay(),
                i.region(),
                i.area(),
                i.contexts(),
                i.perpetrators(),
                i.priorIncidents(),
                i.reportedBySurvivor(),
                i.reportingDelay(),
                true,
                narrative,
                i.recordedBy(),
                i.recordedAt(),
                i.changedAt(),
                i.version());
    }

    private static AuditEntry entry(TirekUser who, AuditAction action, CaseId caseId, IncidentId id) {
        return AuditEntry.of(Actors.of(who), action)
                .about("incident", id.value())
                .inCase(caseId.value());
    }
}
