package org.tirek.proceedings;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recorded event; {@code voided} when a later correction voided it. */
public record ProceedingEvent(
        UUID id,
        int seq,
        String type,
        OccurredAt occurredAt,
        Map<String, String> attributes,
        @Nullable String note,
        @Nullable UUID voids,
        boolean voided,
        Instant recordedAt,
        String recordedBy) {}
