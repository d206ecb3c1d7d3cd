package org.tirek.incidents;

import java.util.List;
import org.tirek.cases.CaseId;
import org.tirek.identity.TirekUser;

/**
 * Recording and reading the incidents of a case. Only the case's team may use them
 * ({@link org.tirek.identity.CaseAccess}): others get {@link org.springframework.security.access.AccessDeniedException},
 * and an unknown case or incident {@link org.tirek.platform.NotFoundException}. Every call is one
 * entry in the audit trail: reads before they return, changes in the transaction that makes them.
 * Methods that touch the narrative need an unsealed vault.
 */
public interface Incidents {

    /**
     * Records an incident of the case; returns it without its narrative ({@code hasNarrative} tells).
     *
     * @throws org.tirek.platform.InvalidRequestException naming every refused field (a report date in the
     *     future, an incident date after the report date, too many perpetrators, a narrative too long); nothing is saved
     * @throws org.tirek.vault.DecryptionFailedException when the case was erased
     */
    Incident record(TirekUser who, CaseId caseId, IncidentInput input);

    /** The case's incidents, most recently reported first, without narratives. */
    List<Incident> ofCase(TirekUser who, CaseId caseId);

    /** One incident with its narrative. */
    Incident get(TirekUser who, IncidentId id);

    /**
     * Replaces an incident's fields with {@code input} (a narrative left out is removed); returns it
     * without its narrative.
     *
     * @param version the version the change was based on
     * @throws org.tirek.platform.ConflictException when someone changed the incident meanwhile; nothing is saved
     * @throws org.tirek.platform.InvalidRequestException as for {@link #record}
     */
    Incident change(TirekUser who, IncidentId id, int version, IncidentInput input);
}
