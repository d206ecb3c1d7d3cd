package org.tirek.proceedings.alerts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.cases.CaseId;

/**
 * A safeguard alert of a case.
 *
 * @param rule the rule of DOMAIN.md §7, e.g. {@code A1}
 * @param subject what the alert is about within the case (a proceeding, a pair, a decision); with
 *     the rule it identifies the alert while it is active
 * @param explanationKey message key of the explanation (bundle {@code i18n/alerts})
 * @param explanationArgs its arguments: structural tokens such as {@code state:MINISTER_PENDING},
 *     {@code type:ASYLUM}, {@code date:2025-04-14} or plain numbers, rendered by {@link AlertTexts}
 * @param acknowledgementNote the note given on acknowledgement, only when read with notes (an
 *     audited read); otherwise {@code null} even when there is one ({@code noted} says so)
 */
public record Alert(
        UUID id,
        CaseId caseId,
        String rule,
        String subject,
        Severity severity,
        String explanationKey,
        List<String> explanationArgs,
        List<AlertLink> links,
        AlertStatus status,
        Instant openedAt,
        Instant changedAt,
        @Nullable String acknowledgedBy,
        @Nullable Instant acknowledgedAt,
        boolean noted,
        @Nullable String acknowledgementNote,
        @Nullable Instant resolvedAt) {

    public Alert {
        explanationArgs = List.copyOf(explanationArgs);
        links = List.copyOf(links);
    }

    Alert withNote(@Nullable String note) {
        return new Alert(
                id,
                caseId,
                rule,
                subject,
                severity,
                explanationKey,
                explanationArgs,
                links,
                status,
                openedAt,
                changedAt,
                acknowledgedBy,
                acknowledgedAt,
                noted,
                note,
                resolvedAt);
    }
}
