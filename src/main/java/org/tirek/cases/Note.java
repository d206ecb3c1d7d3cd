package org.tirek.cases;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A note on a case: sensitive text, its author, and its version (earlier texts are kept). */
public record Note(
        UUID id,
        String text,
        String author,
        Instant createdAt,
        @Nullable Instant editedAt,
        int version) {}
