package org.tirek.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.intake.IntakeRetention;

/**
 * Deletes reports past their time to live, hourly on one instance at a time (ShedLock). A deleted
 * report's rows go with the keys that opened them: its answers and messages were encrypted with
 * HPKE (the encapsulated key is part of the deleted ciphertext), its files under keys stored only
 * in the deleted rows. Reports in a case are never deleted here: the case decides.
 */
@Service
class Retention implements IntakeRetention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final Reports reports;
    private final FormTokens tokens;
    private final IntakeAudit audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration untriaged;
    private final Duration spam;

    Retention(
            Reports reports,
            FormTokens tokens,
            IntakeAudit audit,
            TransactionTemplate tx,
            Clock clock,
            @Value("${tirek.intake.retention.untriaged:P90D}") Duration untriaged,
            @Value("${tirek.intake.retention.spam:P7D}") Duration spam) {
        this.reports = reports;
        this.tokens = tokens;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.untriaged = untriaged;
        this.spam = spam;
    }

    @Scheduled(
            fixedDelayString = "${tirek.intake.retention.interval:PT1H}",
            initialDelayString = "${tirek.intake.retention.interval:PT1H}")
    @SchedulerLock(name = "intake-retention", lockAtMostFor = "PT30M")
    void scheduled() {
        purge();
    }

    @Override
    public int purge() {
        Instant now = clock.instant();
        List<UUID> deleted = tx.execute(status -> {
            List<UUID> ids = reports.deleteExpired(now.minus(untriaged), now.minus(spam));
            ids.forEach(id -> audit.system(IntakeAudit.PURGE, id));
            tokens.forgetExpired();
            return ids;
        });
        int count = deleted == null ? 0 : deleted.size();
        if (count > 0) log.info("Intake retention deleted {} reports", count);
        return count;
    }
}
