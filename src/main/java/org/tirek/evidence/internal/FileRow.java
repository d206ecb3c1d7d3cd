package org.tirek.evidence.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.evidence.EvidenceFile;

/**
 * A row of {@code evidence_file}; the name is still sealed. A file of an erased case has no SHA-256,
 * and no media type or size unless the erasure kept structural data.
 */
record FileRow(
        UUID id,
        UUID caseId,
        byte[] nameSealed,
        @Nullable String mediaType,
        @Nullable Long size,
        byte @Nullable [] sha256,
        EvidenceFile.SharingCopy sharingCopy,
        @Nullable Long sharingSize,
        UUID uploadedBy,
        String uploaderName,
        Instant uploadedAt,
        @Nullable Instant deletedAt,
        @Nullable Instant erasedAt) {

    boolean erased() {
        return erasedAt != null;
    }

    /** The SHA-256 of a file that was not erased. */
    byte[] fingerprint() {
        if (sha256 == null) throw new IllegalStateException("An erased file has no fingerprint");
        return sha256;
    }

    /** The media type of a file that was not erased. */
    String type() {
        if (mediaType == null) throw new IllegalStateException("An erased file has no media type");
        return mediaType;
    }

    /** The size of a file that was not erased. */
    long bytes() {
        if (size == null) throw new IllegalStateException("An erased file has no size");
        return size;
    }

    @Override
    public String toString() {
        return "FileRow[" + id + "]";
    }
}
