package org.tirek.proceedings.alerts;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.cases.CaseId;
import org.tirek.identity.TirekUser;
import org.tirek.proceedings.ProceedingId;

/**
 * The safeguard alerts of cases. Only the case's team reads them and acknowledges them (need-to-know
 * through {@link org.tirek.identity.CaseAccess}); alerts are raised and resolved by the rules, never
 * by hand.
 */
public interface SafeguardAlerts {

    /** The case's active alerts, most severe first, then the newest (structural; not an audited read). */
    List<Alert> activeOfCase(TirekUser who, CaseId caseId);

    /** The active alerts that link to the proceeding (structural; not an audited read). */
    List<Alert> activeOfProceeding(TirekUser who, ProceedingId id);

    /**
     * Every alert of the case, resolved ones included, with acknowledgement notes opened: an audited
     * read.
     */
    List<Alert> readOfCase(TirekUser who, CaseId caseId);

    /**
     * Acknowledges an open alert: the team has seen it and acts on it. Acknowledging an acknowledged
     * alert is refused, as is acknowledging a resolved one.
     *
     * @param note optional free text, sealed under the case's key
     * @throws org.tirek.platform.NotFoundException when there is no such alert
     * @throws org.tirek.platform.ConflictException when the alert is no longer open
     */
    Alert acknowledge(TirekUser who, UUID alertId, @Nullable String note);

    /** The active alerts of every case {@code who} is on the team of, new since yesterday first. */
    List<DigestEntry> digest(TirekUser who);

    /** The safeguard facts recorded for the case. */
    Set<SafeguardFact> facts(TirekUser who, CaseId caseId);

    /** Records or withdraws a safeguard fact, and re-evaluates the case's alerts. */
    void setFact(TirekUser who, CaseId caseId, SafeguardFact fact, boolean present);

    /**
     * One line of the digest.
     *
     * @param caseReference e.g. {@code TRK-2026-0001}
     * @param isNew opened since the start of yesterday
     */
    record DigestEntry(Alert alert, String caseReference, boolean isNew) {}
}
