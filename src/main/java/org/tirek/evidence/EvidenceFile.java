package org.tirek.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * One evidence file as staff see it. {@code name} is the original file name (sensitive: stored
 * encrypted); {@code sha256} is the lower-case hex digest of the original bytes.
 */
public record EvidenceFile(
        UUID id,
        UUID caseId,
        String name,
        String mediaType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt,
        SharingCopy sharingCopy) {

    /** Whether a metadata-stripped copy exists to share, and why not when it does not. */
    public enum SharingCopy {
        STRIPPED,
        NOT_SUPPORTED,
        TOO_LARGE,
        FAILED
    }
}
