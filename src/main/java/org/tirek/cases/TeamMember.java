package org.tirek.cases;

import java.time.Instant;
import java.util.UUID;

/** Someone on a case's team: they may read and write its sensitive data. */
public record TeamMember(UUID userId, String username, Instant addedAt) {}
