package org.tirek.cases.internal;

import java.util.HashMap;
import java.util.Map;
import org.tirek.people.OrganisationId;
import org.tirek.people.OrganisationSummary;
import org.tirek.people.Organisations;

/** Names of organisations for one answer, each looked up once (organisations are not sensitive). */
final class OrganisationNames {

    private final Organisations organisations;
    private final Map<OrganisationId, String> names = new HashMap<>();

    OrganisationNames(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The organisation's name, archived or not; its identifier when it is unknown. */
    String of(OrganisationId id) {
        return names.computeIfAbsent(
                id,
                key -> organisations.find(key).map(OrganisationSummary::name).orElse(key.toString()));
    }
}
