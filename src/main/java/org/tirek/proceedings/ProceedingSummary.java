package org.tirek.proceedings;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.cases.CaseId;

/** A proceeding's structural data and its derived state (each region of its machine). */
public record ProceedingSummary(
        ProceedingId id,
        CaseId caseId,
        ProceedingType type,
        String jurisdiction,
        String title,
        @Nullable UUID forumId,
        ClientRole clientRole,
        @Nullable String requestingState,
        LocalDate openedOn,
        Map<String, String> state,
        boolean terminal,
        @Nullable String leadLawyer,
        @Nullable String backupLawyer,
        int version) {

    /** The main state. */
    public String mainState() {
        return state.values().iterator().next();
    }
}
