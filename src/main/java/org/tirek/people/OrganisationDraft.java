package org.tirek.people;

import org.jspecify.annotations.Nullable;
import org.tirek.platform.Region;

/**
 * An organisation's fields as entered. Institutions are not sensitive: all of this is stored in clear.
 *
 * @param country an ISO 3166-1 alpha-2 code
 */
public record OrganisationDraft(
        String name,
        OrganisationKind kind,
        @Nullable String country,
        @Nullable Region region,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String website,
        @Nullable String address) {}
