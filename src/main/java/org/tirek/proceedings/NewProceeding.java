package org.tirek.proceedings;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Opening a proceeding.
 *
 * @param jurisdiction an ISO 3166-1 country ({@code ME}, {@code KZ}) or {@code ECHR}, {@code INTERPOL},
 *     {@code EU}, {@code UN}: it chooses the rule pack for deadlines and the time zone
 * @param title a short, non-identifying label, e.g. "Extradition request by Kazakhstan"
 * @param reference the forum's case number (sensitive: sealed)
 * @param openedOn when it started or was filed (what "asylum filed before extradition" compares)
 * @param leadLawyer and {@code backupLawyer}: usernames on the case's team, or {@code null}
 */
public record NewProceeding(
        ProceedingType type,
        String jurisdiction,
        String title,
        @Nullable UUID forumId,
        @Nullable String reference,
        ClientRole clientRole,
        @Nullable String requestingState,
        LocalDate openedOn,
        @Nullable String leadLawyer,
        @Nullable String backupLawyer) {}
