package org.tirek.incidents;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tirek.platform.Region;

/**
 * What recording or changing an incident takes. Everything but the type and the report date may be
 * left unknown: survivors may decline any question. Only {@code narrative} is sensitive; it is
 * optional and off by default.
 *
 * @param occurredOn when it happened, as precisely as known; {@code null} when not known at all
 * @param region the coarse area (country or first-level subdivision), never an address
 * @param area the kind of place within the region, never a named place
 * @param narrative what happened, in the survivor's or the caseworker's words (sealed), or {@code null}
 */
public record IncidentInput(
        CoreType type,
        LocalDate reportedOn,
        @Nullable PartialDate occurredOn,
        TimeOfDay timeOfDay,
        @Nullable Region region,
        @Nullable AreaCategory area,
        Set<CaseContext> contexts,
        List<Perpetrator> perpetrators,
        Answer priorIncidents,
        boolean reportedBySurvivor,
        @Nullable String narrative) {

    /** The most perpetrators (or groups of them) one incident records. */
    public static final int MAX_PERPETRATORS = 20;

    /** The longest narrative, in characters. */
    public static final int MAX_NARRATIVE = 20_000;

    public IncidentInput {
        contexts = contexts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(contexts));
        perpetrators = List.copyOf(perpetrators);
        if (narrative != null && narrative.isBlank()) narrative = null;
    }
}
