package org.tirek.proceedings;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.cases.CaseId;
import org.tirek.identity.TirekUser;

/**
 * The proceedings of cases. Only the case's team reads and writes them; sensitive parts (reference
 * numbers, notes and sources of events, charge descriptions) are sealed, and reads of them recorded.
 */
public interface Proceedings {

    /**
     * @throws org.tirek.platform.InvalidRequestException for a bad jurisdiction, title or lawyer, or a
     *     requesting state that is not an ISO 3166 country
     */
    ProceedingSummary open(TirekUser who, CaseId caseId, NewProceeding proceeding);

    /** The case's proceedings with their states (structural; not a sensitive read). */
    List<ProceedingSummary> ofCase(TirekUser who, CaseId caseId);

    /** A proceeding's structural data and state (not a sensitive read). */
    ProceedingSummary summary(TirekUser who, ProceedingId id);

    ProceedingDetails details(TirekUser who, ProceedingId id);

    /**
     * Records an event after checking it against the machine, replayed in the order the events
     * happened.
     *
     * <p>The checks run in this order: the type is known, the event is not dated in the future (beyond
     * {@link NewEvent#CLOCK_SKEW}) and its note is at most {@link NewEvent#MAX_NOTE} characters, its
     * attributes, the state, and last the surrender safeguard.
     *
     * @throws org.tirek.proceedings.machine.IllegalEventException when the machine does not allow it
     * @throws org.tirek.platform.InvalidRequestException naming the field: an unknown type, an event
     *     dated in the future, a note too long, an attribute missing or malformed, or surrender blocked
     *     and no override given
     */
    ProceedingEvent record(TirekUser who, ProceedingId id, NewEvent event);

    Charge addCharge(
            TirekUser who,
            ProceedingId id,
            String article,
            ChargeCategory category,
            @Nullable Integer maxPenaltyMonths,
            boolean lifeOrDeath,
            @Nullable String description);

    /** Links two proceedings of the same case. */
    UUID link(TirekUser who, ProceedingId from, ProceedingId to, LinkKind kind);
}
