package org.tirek.people;

import org.jspecify.annotations.Nullable;
import org.tirek.platform.Region;

/**
 * An organisation as stored.
 *
 * @param archived no longer offered for new referrals or forums; kept for what refers to it
 * @param version changes must name it (optimistic locking)
 */
public record OrganisationSummary(
        OrganisationId id,
        String name,
        OrganisationKind kind,
        @Nullable String country,
        @Nullable Region region,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String website,
        @Nullable String address,
        boolean archived,
        int version) {}
