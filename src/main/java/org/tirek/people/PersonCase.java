package org.tirek.people;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A case a person is a party of, in one role.
 *
 * @param label the case's reference and codename, when {@link CaseLabels} knows it
 */
public record PersonCase(
        UUID caseId,
        PartyRole role,
        Instant addedAt,
        @Nullable CaseLabel label) {}
