package org.tirek.intake.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.Username;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;

/**
 * Staff triage of reports (coordinators, lawyers, caseworkers; the web layer checks roles): the
 * inbox (structure only, works sealed), reading a report and downloading its files (each one
 * audited read), spam, assignment and replies. Taking a report into a case is {@link Conversion}.
 */
@Service
public class Triage {

    /** The longest reply, in characters. */
    static final int MAX_REPLY = 20_000;

    private final Reports reports;
    private final ReportReader reader;
    private final Envelopes envelopes;
    private final IntakeAudit audit;
    private final UserAccounts users;
    private final CaseAccess access;
    private final TransactionTemplate tx;
    private final Clock clock;

    Triage(
            Reports reports,
            ReportReader reader,
            Envelopes envelopes,
            IntakeAudit audit,
            UserAccounts users,
            CaseAccess access,
            TransactionTemplate tx,
            Clock clock) {
        this.reports = reports;
        this.reader = reader;
        this.envelopes = envelopes;
        this.audit = audit;
        this.users = users;
        this.access = access;
        this.tx = tx;
        this.clock = clock;
    }

    /** Untriaged reports oldest first; with {@code spam} the ones marked as spam instead. */
    public List<InboxItem> inbox(boolean spam) {
        return reports.inState(List.of(spam ? Reports.State.SPAM : Reports.State.NEW), 500).stream()
                .map(InboxItem::of)
                .toList();
    }

    /**
     * Reads a report: one audited read. Once a report is part of a case, only those who may work on
     * the case read it, reply to it and download its files (need-to-know, as for the case's notes).
     *
     * @throws NotFoundException when there is no such report (it may have been deleted)
     * @throws org.springframework.security.access.AccessDeniedException when the report is part of a
     *     case whose team the caller is not on
     * @throws org.tirek.vault.VaultSealedException while sealed
     */
    public ReportView read(TirekUser who, UUID id, Locale locale) {
        Reports.ReportRow row = visible(who, id);
        ReportView view = reader.view(row, locale);
        audit.staff(who, IntakeAudit.READ, id, row.caseId());
        return view;
    }

    /** A file's plaintext, with its description. */
    public record Download(String name, String mediaType, long size, InputStream content) {}

    /** A file of a report, after recording the download as a read. */
    public Download download(TirekUser who, UUID reportId, UUID fileId) {
        Reports.ReportRow row = visible(who, reportId);
        Reports.FileRow file = reports.file(fileId)
                .filter(f -> f.reportId().equals(reportId))
                .orElseThrow(() -> new NotFoundException("No such file in this report"));
        ReportView.FileView view = reader.file(file);
        InputStream content = reader.content(file);
        audit.staff(who, IntakeAudit.FILE_DOWNLOAD, reportId, row.caseId());
        return new Download(view.name(), view.mediaType(), view.size(), content);
    }

    /**
     * Marks an untriaged report as spam, or takes the mark back.
     *
     * @throws ConflictException when the report is already part of a case
     */
    public void spam(TirekUser who, UUID id, boolean spam) {
        tx.executeWithoutResult(status -> {
            row(id);
            if (!reports.mark(id, spam ? Reports.State.SPAM : Reports.State.NEW, clock.instant()))
                throw new ConflictException("This report is already part of a case.");
            audit.staff(who, IntakeAudit.SPAM, id, null);
        });
    }

    /**
     * Assigns the report to a staff member who works on cases.
     *
     * @throws InvalidRequestException when no coordinator, lawyer or caseworker has that username
     */
    public void assign(TirekUser who, UUID id, String username) {
        var account = username(username)
                .flatMap(users::find)
                .filter(a -> a.role() == Role.COORDINATOR || a.role() == Role.LAWYER || a.role() == Role.CASEWORKER)
                .orElseThrow(() -> new InvalidRequestException(
                        "No coordinator, lawyer or caseworker has this username",
                        Map.of("username", "not a case worker")));
        tx.executeWithoutResult(status -> {
            row(id);
            reports.assign(id, account.id(), account.username().value());
            audit.staff(who, IntakeAudit.ASSIGN, id, null);
        });
    }

    /**
     * Sends a reply the reporter reads on the follow-up page; encrypted to the intake key like
     * everything else of the report.
     *
     * @throws InvalidRequestException when the text is empty or too long
     */
    public void reply(TirekUser who, UUID id, String text) {
        String body = text.strip();
        if (body.isEmpty()) throw new InvalidRequestException("The reply is empty", Map.of("text", "required"));
        if (body.length() > MAX_REPLY)
            throw new InvalidRequestException(
                    "The reply is too long", Map.of("text", "at most " + MAX_REPLY + " characters"));
        UUID messageId = UUID.randomUUID();
        byte[] sealed = envelopes.seal("intake_message", "body", messageId, body);
        tx.executeWithoutResult(status -> {
            Reports.ReportRow row = visible(who, id);
            reports.insertMessage(messageId, id, clock.instant(), who.id(), who.getUsername(), sealed);
            audit.staff(who, IntakeAudit.REPLY, id, row.caseId());
        });
    }

    private static java.util.Optional<Username> username(String typed) {
        try {
            return java.util.Optional.of(Username.of(typed.strip()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The report, after checking that the caller may work on its case when it is part of one. */
    private Reports.ReportRow visible(TirekUser who, UUID id) {
        Reports.ReportRow row = row(id);
        UUID caseId = row.caseId();
        if (caseId != null) access.check(who, caseId);
        return row;
    }

    private Reports.ReportRow row(UUID id) {
        return reports.report(id).orElseThrow(() -> new NotFoundException("No such report"));
    }
}
