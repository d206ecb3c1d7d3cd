package org.tirek.people;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tirek.identity.TirekUser;

/**
 * Courts, prosecutors, ministries, police, NGOs, oversight and international bodies, embassies,
 * shelters and services: the institutions that cases refer survivors to and before which proceedings
 * run. Case staff keep the list; other modules look organisations up here. Nothing here is sensitive.
 */
public interface Organisations {

    /**
     * Adds an organisation.
     *
     * @throws org.tirek.platform.InvalidRequestException naming the field, when a value is not allowed
     * @throws org.springframework.security.access.AccessDeniedException unless case staff
     */
    OrganisationSummary create(TirekUser who, OrganisationDraft draft);

    /**
     * Replaces an organisation's fields.
     *
     * @throws org.tirek.platform.ConflictException when {@code version} is stale; nothing changed
     * @throws org.tirek.platform.NotFoundException when there is no such organisation
     */
    OrganisationSummary change(TirekUser who, OrganisationId id, int version, OrganisationDraft draft);

    /** Takes an organisation off the lists; it stays readable by its id for whatever refers to it. */
    void archive(TirekUser who, OrganisationId id);

    /** The organisation, archived or not. */
    Optional<OrganisationSummary> find(OrganisationId id);

    /** Organisations not archived, by name; of one kind when {@code kind} is given. */
    List<OrganisationSummary> list(@Nullable OrganisationKind kind);

    /** Organisations of one kind not archived, by name (e.g. the courts, for a proceeding's forum). */
    default List<OrganisationSummary> byKind(OrganisationKind kind) {
        return list(kind);
    }
}
