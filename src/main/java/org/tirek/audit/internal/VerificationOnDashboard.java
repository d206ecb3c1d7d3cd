package org.tirek.audit.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tirek.audit.AuditVerification;
import org.tirek.audit.VerificationReport;
import org.tirek.platform.DashboardNotice;

/** The newest verification's result, at the top of the dashboard of administrators and auditors. */
@Component
class VerificationOnDashboard implements DashboardNotice {

    private static final Set<String> READERS = Set.of("ADMIN", "AUDITOR");
    private static final String LINK = "/audit/verification";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final AuditVerification verification;

    VerificationOnDashboard(AuditVerification verification) {
        this.verification = verification;
    }

    @Override
    public List<Notice> notices(Set<String> roles) {
        if (roles.stream().noneMatch(READERS::contains)) return List.of();
        return List.of(verification
                .latest()
                .map(VerificationOnDashboard::notice)
                .orElse(new Notice(Level.INFO, "audit.dashboard.never", List.of(), LINK)));
    }

    private static Notice notice(VerificationReport report) {
        if (report.ok()) {
            return new Notice(
                    Level.SUCCESS,
                    "audit.dashboard.ok",
                    List.of(report.events(), report.checkpoints(), WHEN.format(report.checkedAt())),
                    LINK);
        }
        Long at = report.brokenPosition();
        return at == null
                ? new Notice(Level.DANGER, "audit.dashboard.brokenUnknown", List.of(), LINK)
                : new Notice(Level.DANGER, "audit.dashboard.broken", List.of(at), LINK);
    }
}
