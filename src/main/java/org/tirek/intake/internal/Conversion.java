package org.tirek.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseQuery;
import org.tirek.cases.CaseSummary;
import org.tirek.cases.CaseType;
import org.tirek.cases.Cases;
import org.tirek.cases.ConsentMethod;
import org.tirek.cases.ConsentPurpose;
import org.tirek.cases.Consents;
import org.tirek.cases.NewCase;
import org.tirek.cases.NewConsent;
import org.tirek.evidence.Evidence;
import org.tirek.evidence.EvidenceFile;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.TirekUser;
import org.tirek.incidents.Answer;
import org.tirek.incidents.IncidentInput;
import org.tirek.incidents.Incidents;
import org.tirek.incidents.TimeOfDay;
import org.tirek.intake.IntakeAnswers;
import org.tirek.intake.ReportConverted;
import org.tirek.intake.ReporterConsent;
import org.tirek.platform.ConflictException;
import org.tirek.platform.NotFoundException;

/**
 * Takes a report into a case, new or existing, in one transaction (all of it or nothing): the case
 * is opened through {@link Cases} with the report's region; the report's answers, in words, and its
 * conversation become notes of the case ({@link ReportNotes}); what happened, when, where, the kind of
 * place and who reported become an incident through {@link Incidents} (when the reporter said what
 * happened); each file is received by {@link Evidence}, which checks it against the SHA-256 computed
 * on arrival and starts its chain of custody at its arrival. Each purpose the reporter consented to
 * on the form becomes a consent of the case ({@link Consents}) with the method {@link
 * ConsentMethod#REPORT_FORM}, for the team to confirm with the person; a referral, which needs an
 * organisation, stays in the notes, as do the contact answers. Then {@link ReportConverted} is
 * published.
 */
@Service
public class Conversion {

    private final Reports reports;
    private final ReportReader reader;
    private final ReportNotes notes;
    private final IntakeAudit audit;
    private final Cases cases;
    private final Incidents incidents;
    private final Evidence evidence;
    private final Consents consents;
    private final CaseAccess access;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ZoneId zone;

    Conversion(
            Reports reports,
            ReportReader reader,
            ReportNotes notes,
            IntakeAudit audit,
            Cases cases,
            Incidents incidents,
            Evidence evidence,
            Consents consents,
            CaseAccess access,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            Clock clock,
            @Value("${tirek.time-zone:UTC}") ZoneId zone) {
        this.reports = reports;
        this.reader = reader;
        this.notes = notes;
        this.audit = audit;
        this.cases = cases;
        this.incidents = incidents;
        this.evidence = evidence;
        this.consents = consents;
        this.access = access;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Opens a new case from the report, the caller its first team member; returns the case.
     *
     * @throws ConflictException when the report is already part of a case
     * @throws org.tirek.platform.InvalidRequestException when the codename is blank or too long
     */
    public CaseId convert(TirekUser who, UUID id, CaseType type, String codename, Locale locale) {
        return carry(who, id, null, type, codename, locale);
    }

    /**
     * Attaches the report to an existing case the caller works on.
     *
     * @throws ConflictException when the report is already part of a case
     * @throws org.springframework.security.access.AccessDeniedException when the caller is not on the case's team
     */
    public CaseId attach(TirekUser who, UUID id, UUID caseId, Locale locale) {
        access.check(who, caseId);
        return carry(who, id, caseId, CaseType.SURVIVOR_SUPPORT, "", locale);
    }

    /** The cases the caller is on, most recently changed first: where a report can be attached. */
    public List<CaseSummary> casesOf(TirekUser who) {
        return cases.list(
                        who,
                        new CaseQuery(
                                null,
                                null,
                                null,
                                null,
                                who.id(),
                                false,
                                false,
                                CaseQuery.Sort.RECENTLY_CHANGED,
                                0,
                                CaseQuery.MAX_SIZE,
                                null))
                .cases();
    }

    /**
     * Takes into the report's case a file the reporter sent after the report became part of it.
     *
     * @throws ConflictException when the report is in no case, or the file is already evidence
     */
    public UUID fileIntoCase(TirekUser who, UUID reportId, UUID fileId) {
        UUID evidenceId = tx.execute(status -> {
            Reports.ReportRow row = row(reportId);
            UUID caseId = row.caseId();
            if (caseId == null) throw new ConflictException("This report is not part of a case yet.");
            Reports.FileRow file = reports.file(fileId)
                    .filter(f -> f.reportId().equals(reportId))
                    .orElseThrow(() -> new NotFoundException("No such file in this report"));
            if (file.evidenceId() != null) throw new ConflictException("This file is already evidence of the case.");
            UUID stored = intoEvidence(who, caseId, row, file);
            audit.staff(who, IntakeAudit.FILE_INTO_CASE, reportId, caseId);
            return stored;
        });
        return Objects.requireNonNull(evidenceId);
    }

    private CaseId carry(
            TirekUser who, UUID id, @Nullable UUID existing, CaseType type, String codename, Locale locale) {
        CaseId result = tx.execute(status -> {
            Reports.ReportRow row = row(id);
            if (row.caseId() != null) throw new ConflictException("This report is already part of a case.");
            ReportView view = reader.view(row, locale);
            IntakeAnswers answers = view.structured();
            CaseId caseId = existing != null
                    ? CaseId.of(existing)
                    : cases.open(who, new NewCase(type, codename, null, null, answers.region()))
                            .id();
            for (String note : notes.of(view, locale)) cases.addNote(who, caseId, note);
            if (answers.type() != null) incidents.record(who, caseId, incident(row, answers));
            consentsFromForm(who, caseId, row, answers.consent());
            for (Reports.FileRow file : reports.files(id)) intoEvidence(who, caseId.value(), row, file);
            boolean newCase = existing == null;
            Reports.State state = newCase ? Reports.State.CONVERTED : Reports.State.ATTACHED;
            if (!reports.linkCase(id, caseId.value(), state, clock.instant()))
                throw new ConflictException("This report was taken into a case meanwhile.");
            audit.staff(who, newCase ? IntakeAudit.CONVERT : IntakeAudit.ATTACH, id, caseId.value());
            events.publishEvent(new ReportConverted(caseId.value(), id, answers, newCase));
            return caseId;
        });
        return Objects.requireNonNull(result);
    }

    /**
     * The purposes ticked on the form as consents of the case, given on the day the report arrived,
     * in force until revoked. REFERRAL names no organisation on the form, so it cannot be a consent
     * (which must name one); the note of the answers keeps it.
     */
    private void consentsFromForm(TirekUser who, CaseId caseId, Reports.ReportRow row, ReporterConsent consent) {
        java.time.LocalDate on = row.receivedAt().atZone(zone).toLocalDate();
        for (ReporterConsent.Purpose purpose : consent.given()) {
            ConsentPurpose mapped = switch (purpose) {
                case SERVICES -> ConsentPurpose.SERVICES;
                case LEGAL_ACTION -> ConsentPurpose.LEGAL_ACTION;
                case STATISTICS -> ConsentPurpose.STATISTICS;
                case ADVOCACY -> ConsentPurpose.PUBLICATION;
                case REFERRAL -> null;
            };
            if (mapped == null) continue;
            consents.record(
                    who,
                    caseId,
                    new NewConsent(
                            mapped,
                            null,
                            null,
                            ConsentMethod.REPORT_FORM,
                            on,
                            null,
                            null,
                            null,
                            "Ticked by the reporter on the anonymous report form of " + on
                                    + "; to be explained to and confirmed with the person."));
        }
    }

    /**
     * The incident the report describes. Its report date is the day the report arrived; what the form
     * does not ask is unknown (time of day, prior incidents) or empty (contexts, perpetrators), for the
     * team to complete. The story is not copied into the narrative: it is in the case's notes once.
     */
    private IncidentInput incident(Reports.ReportRow row, IntakeAnswers answers) {
        return new IncidentInput(
                Objects.requireNonNull(answers.type()),
                LocalDate.ofInstant(row.receivedAt(), zone),
                answers.when(),
                TimeOfDay.UNKNOWN,
                answers.region(),
                answers.area(),
                Set.of(),
                List.of(),
                Answer.UNKNOWN,
                answers.reportedBy() == IntakeAnswers.ReportedBy.SURVIVOR,
                null);
    }

    private UUID intoEvidence(TirekUser who, UUID caseId, Reports.ReportRow row, Reports.FileRow file) {
        ReportView.FileView view = reader.file(file);
        try (InputStream content = reader.content(file)) {
            EvidenceFile stored = evidence.receive(
                    who,
                    caseId,
                    view.name(),
                    content,
                    new Evidence.Arrival(file.receivedAt(), view.sha256(), "anonymous report " + row.id()));
            reports.fileInEvidence(file.id(), stored.id());
            return stored.id();
        } catch (IOException e) {
            throw new UncheckedIOException("A file of the report could not be read", e);
        }
    }

    private Reports.ReportRow row(UUID id) {
        return reports.report(id).orElseThrow(() -> new NotFoundException("No such report"));
    }
}
