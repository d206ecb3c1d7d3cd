package org.tirek.proceedings;

import java.util.UUID;

/** A link seen from one proceeding: {@code outgoing} when this proceeding is its source. */
public record ProceedingLink(
        UUID id, LinkKind kind, boolean outgoing, ProceedingId other, ProceedingType otherType, String otherTitle) {}
