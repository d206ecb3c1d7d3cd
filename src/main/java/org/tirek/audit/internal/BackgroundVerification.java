package org.tirek.audit.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditVerification;
import org.tirek.audit.VerificationReport;

/**
 * Verifies the whole trail in the background: once shortly after start and then every
 * {@code tirek.audit.verify-every}, on one instance at a time. The result shows on the dashboard of
 * administrators and auditors.
 */
@Component
class BackgroundVerification {

    private static final Logger log = LoggerFactory.getLogger(BackgroundVerification.class);

    private final AuditVerification verification;
    private final boolean onStart;

    BackgroundVerification(
            AuditVerification verification, @Value("${tirek.audit.verify-on-start:true}") boolean onStart) {
        this.verification = verification;
        this.onStart = onStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        if (!onStart) return;
        Thread.ofVirtual().name("audit-verification").start(this::run);
    }

    @Scheduled(
            fixedDelayString = "${tirek.audit.verify-every:6h}",
            initialDelayString = "${tirek.audit.verify-every:6h}")
    @SchedulerLock(name = "audit-verification", lockAtMostFor = "PT1H")
    void scheduled() {
        run();
    }

    private void run() {
        try {
            VerificationReport report = verification.verify(Actor.system("scheduler"), null);
            if (report.ok()) {
                log.info(
                        "Audit trail verified: {} entries, {} checkpoints, head {}",
                        report.events(),
                        report.checkpoints(),
                        report.headHash());
            }
        } catch (RuntimeException e) {
            log.error("Audit trail verification could not run: {}", e.getClass().getName(), e);
        }
    }
}
