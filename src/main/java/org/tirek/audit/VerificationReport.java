package org.tirek.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a verification of the whole chain found.
 *
 * @param ok whether the chain, every checkpoint signature and every witness checkpoint held
 * @param events chained entries checked
 * @param headPosition the last position checked (0 for an empty chain)
 * @param headHash hex SHA-256 at the head, or {@code null} for an empty chain
 * @param checkpoints signed checkpoints verified (from the database and the witness file)
 * @param waiting entries recorded but not chained yet (normal for a second or so)
 * @param brokenPosition the first chain position that failed, when one did
 * @param brokenEventId the id of the entry there, when it still exists
 * @param problem what failed, in one sentence, or {@code null} when ok
 * @param keyFingerprint SHA-256 (hex) of the public key the signatures were checked with, or empty
 */
public record VerificationReport(
        boolean ok,
        long events,
        long headPosition,
        @Nullable String headHash,
        int checkpoints,
        long waiting,
        @Nullable Long brokenPosition,
        @Nullable Long brokenEventId,
        @Nullable String problem,
        String keyFingerprint,
        Instant checkedAt) {}
