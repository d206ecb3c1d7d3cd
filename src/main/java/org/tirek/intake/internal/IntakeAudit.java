package org.tirek.intake.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.audit.Outcome;
import org.tirek.identity.Actors;
import org.tirek.identity.TirekUser;

/**
 * What intake records in the audit trail. Reporters act as the anonymous actor and nothing about
 * their connection is recorded (the trail has no place for it); staff act as themselves.
 */
@Component
class IntakeAudit {

    static final AuditAction SUBMIT = AuditAction.write("intake.submit");
    static final AuditAction FOLLOW_UP = AuditAction.read("intake.follow_up");
    static final AuditAction RECEIPT_REFUSED = AuditAction.security("intake.receipt_refused");
    static final AuditAction REPORTER_MESSAGE = AuditAction.write("intake.reporter_message");
    static final AuditAction REPORTER_FILES = AuditAction.write("intake.reporter_files");
    static final AuditAction DELETION_REQUEST = AuditAction.write("intake.deletion_request");
    static final AuditAction READ = AuditAction.read("intake.read");
    static final AuditAction FILE_DOWNLOAD = AuditAction.read("intake.file_download");
    static final AuditAction SPAM = AuditAction.write("intake.spam");
    static final AuditAction ASSIGN = AuditAction.write("intake.assign");
    static final AuditAction REPLY = AuditAction.write("intake.reply");
    static final AuditAction CONVERT = AuditAction.write("intake.convert");
    static final AuditAction ATTACH = AuditAction.write("intake.attach");
    static final AuditAction FILE_INTO_CASE = AuditAction.write("intake.file_into_case");
    static final AuditAction QUESTIONNAIRE = AuditAction.write("intake.questionnaire");
    static final AuditAction ROTATE_KEY = AuditAction.security("intake.rotate_key");
    static final AuditAction PURGE = AuditAction.write("intake.purge");
    static final AuditAction ERASED = AuditAction.write("intake.erased");

    private final AuditTrail trail;

    IntakeAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void reporter(AuditAction action, UUID reportId) {
        trail.record(AuditEntry.of(Actor.anonymous(), action).about("intake_report", reportId));
    }

    void receiptRefused() {
        trail.recordAlone(AuditEntry.of(Actor.anonymous(), RECEIPT_REFUSED).withOutcome(Outcome.DENIED));
    }

    void staff(TirekUser who, AuditAction action, UUID reportId, @Nullable UUID caseId) {
        trail.record(AuditEntry.of(Actors.of(who), action)
                .about("intake_report", reportId)
                .inCase(caseId));
    }

    void staff(TirekUser who, AuditAction action) {
        trail.record(AuditEntry.of(Actors.of(who), action));
    }

    void erased(UUID approverId, String approverName, UUID reportId, UUID caseId) {
        trail.record(AuditEntry.of(Actor.user(approverId, approverName), ERASED)
                .about("intake_report", reportId)
                .inCase(caseId));
    }

    void system(AuditAction action, UUID reportId) {
        trail.record(AuditEntry.of(Actor.system("intake-retention"), action).about("intake_report", reportId));
    }
}
