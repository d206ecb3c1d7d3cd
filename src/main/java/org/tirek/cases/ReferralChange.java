package org.tirek.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a referral; {@code null} leaves a field as it is.
 *
 * @param version the version the change was based on (a stale one is refused, nothing lost)
 * @param status the next status in the workflow
 * @param on the day the new status was reached (today when {@code null}); not in the future, not
 *     before the current status's day
 * @param outcome the new outcome text (sensitive); blank removes it
 * @param followUpOn the new follow-up day
 * @param clearFollowUp removes the follow-up day
 */
public record ReferralChange(
        int version,
        @Nullable ReferralStatus status,
        @Nullable LocalDate on,
        @Nullable String outcome,
        @Nullable LocalDate followUpOn,
        boolean clearFollowUp) {}
